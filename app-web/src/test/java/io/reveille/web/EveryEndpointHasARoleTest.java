package io.reveille.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.web.WebClasses.Endpoint;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every resource method says who may call it: the server refuses by role, and nobody can add an
 * endpoint that is open by accident. Public endpoints are the few the sign-in, assets, health and
 * API description need.
 */
class EveryEndpointHasARoleTest {

  /** The only endpoints anyone may call without signing in. */
  private static final List<Rule> PUBLIC =
      List.of(
          new Rule("sign-in form", "GET", path -> path.equals("/login")),
          new Rule("sign-in", "POST", path -> path.equals("/login")),
          new Rule("assets", "GET", path -> path.startsWith("/assets/")),
          new Rule("health probes", "GET", path -> path.startsWith("/health/")),
          new Rule("API description", "GET", path -> path.equals("/api/v1/openapi.yaml")),
          new Rule("Twilio callbacks (signed)", "POST", path -> path.startsWith("/hooks/twilio/")),
          new Rule("acknowledgement links (signed)", "GET", path -> path.startsWith("/ack/")),
          new Rule("acknowledgement links (signed)", "POST", path -> path.startsWith("/ack/")),
          new Rule(
              "calendar feed addresses (signed)", "GET", path -> path.startsWith("/calendar/")),
          new Rule(
              "subscribe form (rate-limited)", "GET", path -> path.equals("/status/subscribe")),
          new Rule(
              "subscribe form (rate-limited)", "POST", path -> path.equals("/status/subscribe")),
          new Rule(
              "subscription links (signed)",
              "GET",
              path -> path.startsWith("/status/subscription/")),
          new Rule(
              "subscription links (signed)",
              "POST",
              path -> path.startsWith("/status/subscription/")),
          new Rule(
              "subscribe API (rate-limited)",
              "POST",
              path -> path.equals("/api/v1/public/subscribers")),
          new Rule(
              "status page, feeds, widget, badge",
              "GET",
              path -> path.equals("/status") || path.startsWith("/status/")),
          new Rule("Statuspage-compatible JSON", "GET", path -> path.startsWith("/api/v2/")));

  private record Rule(String what, String httpMethod, Predicate<String> path) {
    boolean allows(Endpoint endpoint) {
      return httpMethod.equals(endpoint.httpMethod()) && path.test(endpoint.path());
    }
  }

  @Test
  void scanningFindsTheResourcesOfBothApiAndPages() {
    List<String> names =
        WebClasses.endpoints(WebClasses.all()).stream().map(Endpoint::name).toList();

    assertThat(names)
        .contains(
            "io.reveille.web.api.IncidentResource#declare",
            "io.reveille.web.api.PeopleResource#issueToken",
            "io.reveille.web.api.ReadinessResource#live",
            "io.reveille.web.pages.SignInPages#signIn",
            "io.reveille.web.pages.IncidentPages#room",
            "io.reveille.web.pages.AssetsResource#css");
  }

  @Test
  void everyResourceMethodCarriesExactlyOneOfRolesAllowedOrPermitAll() {
    assertThat(roleViolations(WebClasses.all()))
        .as("resource methods without exactly one of @RolesAllowed / @PermitAll")
        .isEmpty();
  }

  @Test
  void permitAllIsOnlyOnThePublicEndpoints() {
    assertThat(publicViolations(WebClasses.all()))
        .as("@PermitAll outside the public list (sign-in, assets, health, openapi.yaml)")
        .isEmpty();
  }

  @Test
  void thereAreNoSubResourceLocatorsThatWouldEscapeTheseChecks() {
    assertThat(locators(WebClasses.all())).isEmpty();
  }

  /**
   * The container asks for a sign-in before JAX-RS sees a request, so a @PermitAll endpoint is
   * public only if web.xml also exempts its path.
   */
  @Test
  void everyPermitAllEndpointIsAlsoExemptFromSignInInWebXml() throws Exception {
    List<String> publicPatterns = publicUrlPatterns();
    assertThat(publicPatterns).isNotEmpty();

    List<String> notExempt = new ArrayList<>();
    for (Endpoint endpoint : WebClasses.endpoints(WebClasses.all())) {
      if (endpoint.method().isAnnotationPresent(PermitAll.class)
          && publicPatterns.stream().noneMatch(p -> matches(p, endpoint.path()))) {
        notExempt.add(endpoint.name() + " (" + endpoint.key() + ")");
      }
    }
    assertThat(notExempt).as("@PermitAll endpoints that web.xml still protects").isEmpty();
  }

  // ----- the checks fail when they should -----

  @Test
  void aMethodWithoutAnyRoleAnnotationIsNamed() {
    assertThat(roleViolations(List.of(Unguarded.class)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(Unguarded.class.getName() + "#open")
        .contains("neither");
  }

  @Test
  void aMethodWithBothAnnotationsIsNamed() {
    assertThat(roleViolations(List.of(Confused.class)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(Confused.class.getName() + "#both")
        .contains("both");
  }

  @Test
  void everyHttpMethodAnnotationIsChecked() {
    assertThat(roleViolations(List.of(AllVerbs.class)))
        .hasSize(5)
        .anySatisfy(v -> assertThat(v).contains(AllVerbs.class.getName() + "#get"))
        .anySatisfy(v -> assertThat(v).contains(AllVerbs.class.getName() + "#post"))
        .anySatisfy(v -> assertThat(v).contains(AllVerbs.class.getName() + "#put"))
        .anySatisfy(v -> assertThat(v).contains(AllVerbs.class.getName() + "#delete"))
        .anySatisfy(v -> assertThat(v).contains(AllVerbs.class.getName() + "#patch"));
  }

  @Test
  void wellAnnotatedMethodsPass() {
    assertThat(roleViolations(List.of(Guarded.class))).isEmpty();
    assertThat(publicViolations(List.of(Guarded.class))).isEmpty();
  }

  @Test
  void permitAllOutsideThePublicListIsNamed() {
    assertThat(publicViolations(List.of(LeakyPublic.class)))
        .containsExactly(
            LeakyPublic.class.getName() + "#incidents: GET /api/v1/leaky is not a public path",
            LeakyPublic.class.getName() + "#changeLogin: PUT /login is not a public path");
  }

  @Test
  void aSubResourceLocatorIsNamed() {
    assertThat(locators(List.of(WithLocator.class)))
        .containsExactly(WithLocator.class.getName() + "#sub");
  }

  @Test
  void webXmlPatternsMatchAsTheServletSpecSays() {
    assertThat(matches("/login", "/login")).isTrue();
    assertThat(matches("/login", "/login/x")).isFalse();
    assertThat(matches("/assets/*", "/assets/reveille.css")).isTrue();
    assertThat(matches("/assets/*", "/assetsx")).isFalse();
  }

  // ----- checks -----

  static List<String> roleViolations(List<Class<?>> classes) {
    List<String> violations = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method method : WebClasses.resourceMethods(type)) {
        boolean roles = method.isAnnotationPresent(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        String name = type.getName() + "#" + method.getName();
        if (!roles && !permitAll) {
          violations.add(name + " has neither @RolesAllowed nor @PermitAll");
        } else if (roles && permitAll) {
          violations.add(name + " has both @RolesAllowed and @PermitAll");
        }
      }
    }
    return violations;
  }

  static List<String> publicViolations(List<Class<?>> classes) {
    List<String> violations = new ArrayList<>();
    for (Endpoint endpoint : WebClasses.endpoints(classes)) {
      if (endpoint.method().isAnnotationPresent(PermitAll.class)
          && PUBLIC.stream().noneMatch(rule -> rule.allows(endpoint))) {
        violations.add(endpoint.name() + ": " + endpoint.key() + " is not a public path");
      }
    }
    return violations;
  }

  /** Methods with @Path but no HTTP method: JAX-RS would route into whatever they return. */
  static List<String> locators(List<Class<?>> classes) {
    List<String> locators = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Path.class) && WebClasses.httpMethod(method).isEmpty()) {
          locators.add(type.getName() + "#" + method.getName());
        }
      }
    }
    return locators;
  }

  /** url-patterns of web.xml security constraints without an auth-constraint. */
  private static List<String> publicUrlPatterns() throws Exception {
    java.nio.file.Path webXml = java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml");
    assertThat(webXml).exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document document;
    try (var in = Files.newInputStream(webXml)) {
      document = factory.newDocumentBuilder().parse(in);
    }
    List<String> patterns = new ArrayList<>();
    NodeList constraints = document.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      Element constraint = (Element) constraints.item(i);
      if (constraint.getElementsByTagNameNS("*", "auth-constraint").getLength() > 0) {
        continue;
      }
      NodeList urls = constraint.getElementsByTagNameNS("*", "url-pattern");
      for (int j = 0; j < urls.getLength(); j++) {
        patterns.add(urls.item(j).getTextContent().strip());
      }
    }
    return patterns;
  }

  private static boolean matches(String urlPattern, String path) {
    if (urlPattern.endsWith("/*")) {
      String prefix = urlPattern.substring(0, urlPattern.length() - 2);
      return path.equals(prefix) || path.startsWith(prefix + "/");
    }
    return urlPattern.equals(path);
  }

  // ----- fixtures: resources as someone might get them wrong -----

  @Path("/api/v1/unguarded")
  public static class Unguarded {
    @GET
    public String open() {
      return "";
    }

    /** Not a resource method: no HTTP method annotation. */
    public String helper() {
      return "";
    }
  }

  @Path("/api/v1/confused")
  public static class Confused {
    @GET
    @PermitAll
    @RolesAllowed("admin")
    public String both() {
      return "";
    }
  }

  @Path("/api/v1/verbs")
  public static class AllVerbs {
    @GET
    public void get() {}

    @POST
    public void post() {}

    @PUT
    public void put() {}

    @DELETE
    public void delete() {}

    @PATCH
    public void patch() {}
  }

  @Path("/")
  public static class Guarded {
    @GET
    @Path("login")
    @PermitAll
    public void form() {}

    @POST
    @Path("/login/")
    @PermitAll
    public void signIn() {}

    @GET
    @Path("health/ready")
    @PermitAll
    public void ready() {}

    @GET
    @Path("incidents")
    @RolesAllowed({"admin", "support"})
    public void incidents() {}
  }

  @Path("/")
  public static class LeakyPublic {
    @GET
    @Path("api/v1/leaky")
    @PermitAll
    public void incidents() {}

    @PUT
    @Path("login")
    @PermitAll
    public void changeLogin() {}
  }

  @Path("/api/v1/things")
  public static class WithLocator {
    @Path("{id}")
    public Object sub() {
      return new Object();
    }
  }
}
