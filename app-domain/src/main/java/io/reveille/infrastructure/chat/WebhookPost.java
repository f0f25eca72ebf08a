package io.reveille.infrastructure.chat;

import io.reveille.delivery.SendOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One POST of a JSON body to an incoming webhook, and what its answer means for the outbox. The
 * webhook URL is a credential: it appears in no reason and no log line, only its host does.
 */
final class WebhookPost {
  private static final Logger LOG = Logger.getLogger(WebhookPost.class);

  /** Where each provider puts its id for the request, for a support ticket. */
  private static final List<String> REFERENCE_HEADERS =
      List.of("x-slack-req-id", "x-ms-workflow-run-id", "x-request-id");

  private static final int BODY_IN_REASON_MAX = 200;

  private final HttpClient http;
  private final Duration requestTimeout;

  WebhookPost(Duration connectTimeout, Duration requestTimeout) {
    // HTTP/1.1: on plain http the JDK would offer an h2c upgrade, which some receivers behind
    // older proxies refuse; a few pages an hour need nothing faster.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = requestTimeout;
  }

  /**
   * @param provider who is on the other end, for reasons and logs ("Slack")
   */
  SendOutcome post(String provider, URI url, String json, Map<String, String> headers) {
    CompletableFuture<SendOutcome> answer = postAsync(provider, url, json, headers);
    try {
      return answer.get();
    } catch (ExecutionException e) {
      return unreachable(provider, url, e.getCause());
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return new SendOutcome.Failed("interrupted while posting to " + provider, true);
    }
  }

  /**
   * As {@link #post}, without waiting: many subscribers' webhooks are in flight at once, each on
   * one of {@code senders}' threads. The future always completes normally, with the outcome, within
   * the request timeout.
   *
   * <p>Not the client's own {@code sendAsync}: on a machine with fewer than three cores it hands
   * every answer to a thread started for that answer alone (the JDK's fallback when the common pool
   * has a single thread), which cost more CPU than the post itself in a 100,000-subscriber fan-out.
   * A blocking {@code send} on a pool thread hands nothing on.
   */
  CompletableFuture<SendOutcome> postOn(
      ExecutorService senders, String provider, URI url, String json, Map<String, String> headers) {
    CompletableFuture<SendOutcome> answer = new CompletableFuture<>();
    Future<?> sending;
    try {
      sending = senders.submit(() -> answer.complete(postNow(provider, url, json, headers)));
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(
          new SendOutcome.Failed("not posted: the server is stopping", true));
    }
    // The request timeout stops at the response headers; this bounds a body that trickles in.
    // Interrupting the send ends its exchange, so the thread is free again.
    return answer
        .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (outcome, failure) -> {
              if (failure == null) {
                return outcome;
              }
              sending.cancel(true);
              return timedOut(provider, url);
            });
  }

  private SendOutcome postNow(String provider, URI url, String json, Map<String, String> headers) {
    try {
      return outcome(
          provider,
          url,
          http.send(request(url, json, headers), HttpResponse.BodyHandlers.ofString()));
    } catch (HttpTimeoutException e) {
      return timedOut(provider, url);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendOutcome.Failed("interrupted while posting to " + provider, true);
    } catch (IOException e) {
      // send() wraps what failed in an exception of its own; the original names the problem.
      return unreachable(
          provider,
          url,
          e.getClass() == IOException.class && e.getCause() != null ? e.getCause() : e);
    } catch (RuntimeException e) {
      return unreachable(provider, url, e);
    }
  }

  /** As {@link #post}, without waiting; the future always completes normally, with the outcome. */
  private CompletableFuture<SendOutcome> postAsync(
      String provider, URI url, String json, Map<String, String> headers) {
    // The request timeout stops at the response headers; this bounds a body that trickles in.
    return http.sendAsync(request(url, json, headers), HttpResponse.BodyHandlers.ofString())
        .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure == null) {
                return outcome(provider, url, response);
              }
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
                return timedOut(provider, url);
              }
              return unreachable(provider, url, cause);
            });
  }

  private HttpRequest request(URI url, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Reveille")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return request.build();
  }

  private SendOutcome outcome(String provider, URI url, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      LOG.debugf(
          "%s webhook at %s accepted the message (HTTP %d)", provider, url.getHost(), status);
      return new SendOutcome.Sent(reference(response));
    }
    String reason = provider + " answered HTTP " + status + answerText(response.body());
    boolean retryable = status == 408 || status == 429 || status >= 500;
    LOG.warnf("%s webhook at %s refused the message: HTTP %d", provider, url.getHost(), status);
    return new SendOutcome.Failed(reason, retryable);
  }

  private SendOutcome timedOut(String provider, URI url) {
    LOG.warnf("%s webhook at %s did not answer in time", provider, url.getHost());
    return new SendOutcome.Failed(
        provider + " did not answer within " + requestTimeout.toMillis() + " ms", true);
  }

  /** Names the exception's type only: some messages of the HTTP client quote the whole URL. */
  private static SendOutcome unreachable(String provider, URI url, Throwable cause) {
    String what = cause == null ? "unknown error" : cause.getClass().getSimpleName();
    LOG.warnf("%s webhook at %s could not be reached: %s", provider, url.getHost(), what);
    boolean retryable = cause instanceof IOException;
    return new SendOutcome.Failed("could not reach " + provider + ": " + what, retryable);
  }

  private static String reference(HttpResponse<?> response) {
    for (String name : REFERENCE_HEADERS) {
      var value = response.headers().firstValue(name);
      if (value.isPresent() && !value.get().isBlank()) {
        return value.get();
      }
    }
    return null;
  }

  private static String answerText(String body) {
    String text = ChatText.oneLine(body);
    return text.isEmpty() ? "" : ": " + ChatText.shorten(text, BODY_IN_REASON_MAX);
  }
}
