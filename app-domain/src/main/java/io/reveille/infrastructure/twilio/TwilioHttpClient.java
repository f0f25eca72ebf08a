package io.reveille.infrastructure.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP client with two changes. Every request goes to {@code apiBase} when one is set,
 * which is how a stand-in for Twilio (WireMock in tests, a sandbox) is reached: the SDK itself
 * always builds {@code https://api.twilio.com/...}. And each send is a single attempt, because the
 * delivery outbox already retries with backoff and records every attempt, where the SDK and
 * Apache's client would silently post the same message again after a 5xx, holding the thread.
 *
 * <p>The SDK sets its own request config on every request, so its 30.5 s connect timeout stays; the
 * response timeout here bounds the wait once connected.
 */
final class TwilioHttpClient extends NetworkHttpClient {
  private final URI apiBase;

  /**
   * @param apiBase where to send requests instead of Twilio, or null for Twilio itself
   * @param responseTimeout how long to wait for Twilio to answer once connected
   */
  TwilioHttpClient(URI apiBase, Duration responseTimeout) {
    super(apacheClient(responseTimeout));
    this.apiBase = apiBase;
  }

  /**
   * As the SDK's own, but without Apache's automatic retries, which would repeat a POST after a 429
   * or 503 and hold the sending thread for a second.
   */
  private static HttpClientBuilder apacheClient(Duration responseTimeout) {
    return HttpClientBuilder.create()
        .useSystemProperties()
        .disableAutomaticRetries()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .useSystemProperties()
                .setDefaultSocketConfig(
                    SocketConfig.custom()
                        .setSoTimeout(Timeout.of(responseTimeout))
                        .setSoKeepAlive(true)
                        .build())
                .setMaxConnPerRoute(10)
                .setMaxConnTotal(10)
                .build());
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    return super.makeRequest(apiBase == null ? request : new RebasedRequest(request, apiBase));
  }

  /** A send still in flight on this client may fail; the outbox tries it again. */
  void close() {
    try {
      client.close();
    } catch (IOException e) {
      // Nothing to do about a connection that would not close; it was being let go anyway.
    }
  }

  /** A copy of an SDK request whose URL keeps its path and query but has another origin. */
  private static final class RebasedRequest extends Request {
    private final URL url;

    RebasedRequest(Request original, URI apiBase) {
      this(original, rebase(original.constructURL(), apiBase));
    }

    private RebasedRequest(Request original, URL url) {
      super(original.getMethod(), url.toString());
      this.url = url;
      original
          .getHeaderParams()
          .forEach((name, values) -> values.forEach(v -> addHeaderParam(name, v)));
      original
          .getPostParams()
          .forEach((name, values) -> values.forEach(v -> addPostParam(name, v)));
      setFormParameters(original.getFormParameters());
      setContentType(original.getContentType());
      setBody(original.getBody());
      setUserAgentExtensions(original.getUserAgentExtensions());
      if (original.getAuthStrategy() != null) {
        setAuth(original.getAuthStrategy());
      }
      if (original.getUsername() != null) {
        setAuth(original.getUsername(), original.getPassword());
      }
    }

    /** Already carries the original's query string. */
    @Override
    public URL constructURL() {
      return url;
    }

    private static URL rebase(URL original, URI apiBase) {
      String basePath = apiBase.getRawPath() == null ? "" : apiBase.getRawPath();
      if (basePath.endsWith("/")) {
        basePath = basePath.substring(0, basePath.length() - 1);
      }
      String query = original.getQuery() == null ? "" : "?" + original.getQuery();
      try {
        return URI.create(
                apiBase.getScheme()
                    + "://"
                    + apiBase.getRawAuthority()
                    + basePath
                    + original.getPath()
                    + query)
            .toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Cannot send a Twilio request to the API URL", e);
      }
    }
  }
}
