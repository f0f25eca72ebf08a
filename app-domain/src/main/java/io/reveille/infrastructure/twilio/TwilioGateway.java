package io.reveille.infrastructure.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.InvalidRequestException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.type.PhoneNumber;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import io.reveille.delivery.SendOutcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Twilio account as the settings say right now: one SDK client per distinct account SID, auth
 * token and API URL, built on first use and replaced when an administrator changes them. Turns
 * every SDK failure into a {@link SendOutcome}, so neither adapter ever throws for Twilio.
 */
@ApplicationScoped
public class TwilioGateway {
  static final URI TWILIO_API = URI.create("https://api.twilio.com");
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(TwilioGateway.class);

  @Inject ProviderSettings settings;

  private final Duration responseTimeout;
  private final Object connecting = new Object();
  private volatile Connection connection;

  public TwilioGateway() {
    this.responseTimeout = RESPONSE_TIMEOUT;
  }

  TwilioGateway(ProviderSettings settings, Duration responseTimeout) {
    this.settings = settings;
    this.responseTimeout = responseTimeout;
  }

  /** One request to Twilio, made with the current account and number; returns Twilio's SID. */
  @FunctionalInterface
  interface TwilioRequest {
    String send(TwilioRestClient client, PhoneNumber from);
  }

  /**
   * @param what the message being sent, for reasons and logs ("text message")
   */
  SendOutcome send(String what, TwilioRequest request) {
    Optional<String> accountSid = setting(ProviderSetting.TWILIO_ACCOUNT_SID);
    if (accountSid.isEmpty()) {
      return new SendOutcome.NotConfigured("Twilio account SID");
    }
    Optional<String> authToken = setting(ProviderSetting.TWILIO_AUTH_TOKEN);
    if (authToken.isEmpty()) {
      return new SendOutcome.NotConfigured("Twilio auth token");
    }
    Optional<String> from = setting(ProviderSetting.TWILIO_FROM_NUMBER);
    if (from.isEmpty()) {
      return new SendOutcome.NotConfigured("Twilio from number");
    }
    URI apiUrl = apiUrl(setting(ProviderSetting.TWILIO_API_URL));
    if (apiUrl == null) {
      return new SendOutcome.Failed("the Twilio API URL setting is not an http(s) URL", false);
    }
    Account account = new Account(accountSid.get(), authToken.get(), apiUrl);
    try {
      return new SendOutcome.Sent(request.send(client(account), new PhoneNumber(from.get())));
    } catch (ApiException e) {
      return refused(what, e);
    } catch (ApiConnectionException e) {
      LOG.warnf("Twilio could not be reached for a %s: %s", what, e.getMessage());
      return new SendOutcome.Failed("could not reach Twilio: " + e.getMessage(), true);
    } catch (InvalidRequestException e) {
      return new SendOutcome.Failed(
          "Twilio SDK refused the " + what + ": " + e.getMessage(), false);
    } catch (TwilioException e) {
      LOG.warnf(e, "Twilio failed to take a %s", what);
      return new SendOutcome.Failed("Twilio failed: " + e.getMessage(), true);
    }
  }

  /**
   * Twilio answers with its own error code (21211: not a valid 'To' number) and an HTTP status in
   * the body. The SDK turns transport errors and unreadable answers (an HTML 502 page) into an
   * ApiException without a status; those are worth another try.
   */
  private static SendOutcome refused(String what, ApiException e) {
    Integer status = e.getStatusCode();
    if (status == null) {
      LOG.warnf("Twilio failed to take a %s: %s", what, e.getMessage());
      return new SendOutcome.Failed(
          "Twilio failed to take the " + what + ": " + e.getMessage(), true);
    }
    String reason =
        "Twilio refused the "
            + what
            + " (HTTP "
            + status
            + (e.getCode() == null ? "" : ", error " + e.getCode())
            + "): "
            + e.getMessage();
    LOG.warn(reason);
    return new SendOutcome.Failed(reason, status == 408 || status == 429 || status >= 500);
  }

  private TwilioRestClient client(Account account) {
    Connection current = connection;
    if (current != null && current.account().equals(account)) {
      return current.client();
    }
    synchronized (connecting) {
      current = connection;
      if (current != null && current.account().equals(account)) {
        return current.client();
      }
      URI apiBase = account.apiUrl().equals(TWILIO_API) ? null : account.apiUrl();
      TwilioHttpClient http = new TwilioHttpClient(apiBase, responseTimeout);
      TwilioRestClient client =
          new TwilioRestClient.Builder(account.accountSid(), account.authToken())
              .httpClient(http)
              .build();
      connection = new Connection(account, client, http);
      if (current != null) {
        current.http().close();
      }
      return client;
    }
  }

  @PreDestroy
  void close() {
    Connection current = connection;
    if (current != null) {
      current.http().close();
    }
  }

  private Optional<String> setting(ProviderSetting setting) {
    return settings.value(setting).map(String::strip).filter(value -> !value.isEmpty());
  }

  private static URI apiUrl(Optional<String> setting) {
    if (setting.isEmpty()) {
      return TWILIO_API;
    }
    try {
      URI url = new URI(setting.get());
      boolean http = "https".equals(url.getScheme()) || "http".equals(url.getScheme());
      return http && url.getHost() != null && url.getRawQuery() == null ? url : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** What a client is built from. The token is a secret; it is kept out of toString. */
  private record Account(String accountSid, String authToken, URI apiUrl) {
    @Override
    public String toString() {
      return "Account[" + accountSid + " at " + apiUrl + "]";
    }
  }

  private record Connection(Account account, TwilioRestClient client, TwilioHttpClient http) {}
}
