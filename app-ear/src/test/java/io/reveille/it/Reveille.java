package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to a running Reveille the way its users do: a person through the sign-in form and a session
 * cookie, a machine with an API token. Replies keep status, headers and body for assertions. The
 * server is the one Arquillian started unless a base URL names another.
 */
final class Reveille {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final HttpClient http;
  private final String base;
  private final String token;

  private Reveille(HttpClient http, String base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  static Reveille anonymous() {
    return anonymous(ReveilleDeployment.BASE);
  }

  static Reveille anonymous(String base) {
    return new Reveille(client(), base, null);
  }

  /** Signs in through the form, as a person does. */
  static Reveille signIn(String username, String password) {
    return signIn(ReveilleDeployment.BASE, username, password);
  }

  static Reveille signIn(String base, String username, String password) {
    Reveille person = anonymous(base);
    Reply reply =
        person.form(
            "/login", Map.of("username", username, "password", password, "next", "/incidents"));
    assertThat(reply.status()).as("sign-in of %s", username).isEqualTo(303);
    return person;
  }

  /** An administrator creates a person with these roles; returns their username. */
  static String createPerson(Reveille admin, String prefix, String password, String... roles) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    Reply created =
        admin.post(
            "/api/v1/people",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", prefix + " of the tests")
                .add("email", username + "@example.com")
                .add("password", password)
                .add("roles", Json.createArrayBuilder(java.util.List.of(roles)))
                .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return username;
  }

  /**
   * Declares an incident through the API, as this person, and returns it as the API answered
   * (number, severity...). The impact is what the severity table reads: how many customers ({@code
   * none}, {@code some}, {@code most}, {@code all}; any but none are told on the status page) and
   * whether a critical function is down.
   */
  JsonObject declare(
      String title,
      String summary,
      String customers,
      boolean criticalFunctionDown,
      String... components) {
    Reply declared =
        post(
            "/api/v1/incidents",
            Json.createObjectBuilder()
                .add("title", title)
                .add("summary", summary)
                .add(
                    "impact",
                    Json.createObjectBuilder()
                        .add("customerImpact", customers)
                        .add("dataLoss", false)
                        .add("securityBreach", false)
                        .add("criticalFunctionDown", criticalFunctionDown)
                        .add("externallyVisible", !"none".equals(customers)))
                .add("components", Json.createArrayBuilder(java.util.List.of(components)))
                .build());
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    return declared.json();
  }

  /** The same person, now as a machine with a freshly issued API token. */
  Reveille withNewToken() {
    Reply issued = post("/api/v1/tokens", Json.createObjectBuilder().add("name", "it").build());
    assertThat(issued.status()).as(issued.text()).isEqualTo(201);
    return new Reveille(client(), base, issued.json().getString("token"));
  }

  /** The server this client talks to, such as {@code http://127.0.0.1:8080}. */
  String base() {
    return base;
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply post(String path, JsonStructure body) {
    return send(request(path).header("Content-Type", "application/json").POST(body(body)));
  }

  Reply post(String path, String rawBody) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
  }

  Reply put(String path, JsonStructure body) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
  }

  /** Posts a page form, with the CSRF token the page at {@code formPage} carries. */
  Reply submit(String formPage, String action, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfOn(formPage));
    return form(action, withToken);
  }

  /**
   * As {@link #submit(String, String, Map)}, for forms that send a name more than once (the ticked
   * boxes of a group): name, value, name, value…
   */
  Reply submit(String formPage, String action, String... namesAndValues) {
    String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
    withToken[namesAndValues.length] = "_csrf";
    withToken[namesAndValues.length + 1] = csrfOn(formPage);
    return form(action, withToken);
  }

  /** The CSRF token the forms on {@code formPage} carry. */
  String csrfOn(String formPage) {
    Reply page = get(formPage);
    Matcher csrf = CSRF.matcher(page.text());
    assertThat(csrf.find())
        .as("a CSRF token on %s (status %d): %s", formPage, page.status(), page.text())
        .isTrue();
    return csrf.group(1);
  }

  Reply form(String path, Map<String, String> fields) {
    return form(
        path,
        fields.entrySet().stream()
            .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
            .toArray(String[]::new));
  }

  /** Posts a form whose names may repeat: name, value, name, value… */
  Reply form(String path, String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(enc(namesAndValues[i]))
          .append('=')
          .append(enc(namesAndValues[i + 1]));
    }
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  /** A download (a PDF), as bytes. */
  HttpResponse<byte[]> download(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpRequest.BodyPublisher body(JsonStructure json) {
    return HttpRequest.BodyPublishers.ofString(json.toString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A response as a user of the API sees it. */
  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String text() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonObject json() {
      return Json.createReader(new StringReader(text())).readObject();
    }

    JsonArray jsonArray() {
      return Json.createReader(new StringReader(text())).readArray();
    }

    /** The problem's field names, from RFC 9457 {@code errors}. */
    java.util.List<String> problemFields() {
      JsonObject problem = json();
      if (!problem.containsKey("errors")) {
        return java.util.List.of();
      }
      return problem.getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .map(e -> e.getString("field"))
          .toList();
    }
  }
}
