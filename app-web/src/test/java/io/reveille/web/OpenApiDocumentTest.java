package io.reveille.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.reveille.delivery.ProviderSetting;
import io.reveille.identity.Role;
import io.reveille.incident.CustomerImpact;
import io.reveille.incident.IncidentRole;
import io.reveille.incident.IncidentStatus;
import io.reveille.incident.Visibility;
import io.reveille.maintenance.MaintenanceState;
import io.reveille.postmortem.ActionItemState;
import io.reveille.postmortem.PostmortemState;
import io.reveille.postmortem.ReviewDecision;
import io.reveille.search.SearchResults;
import io.reveille.search.Snippet;
import io.reveille.severity.Severity;
import io.reveille.timeline.TimelineEntryKind;
import io.reveille.web.WebClasses.Endpoint;
import io.reveille.web.api.EscalationResource;
import io.reveille.web.api.ImpactJson;
import io.reveille.web.api.IncidentJson;
import io.reveille.web.api.IncidentResource;
import io.reveille.web.api.Inputs;
import io.reveille.web.api.MaintenanceResource;
import io.reveille.web.api.OnCallResource;
import io.reveille.web.api.PeopleResource;
import io.reveille.web.api.PostmortemResource;
import io.reveille.web.api.Problem;
import io.reveille.web.api.ProviderResource;
import io.reveille.web.api.PublicSubscriberResource;
import io.reveille.web.api.SubscriberAdminResource;
import io.reveille.web.api.TemplateResource;
import io.reveille.web.api.UpdatePreviewJson;
import io.reveille.web.search.SearchJson;
import io.reveille.workflow.GuidedStep;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} is valid OpenAPI 3.1 and describes what the resources really serve: the same
 * operations, the same roles, bodies with the fields of the Java records, and the enum values the
 * API accepts.
 */
class OpenApiDocumentTest {
  private static final String PROBLEM_JSON = "application/problem+json";

  /**
   * Component schemas and the Java records JSON-B reads or writes for them; {@code Map} for a JSON
   * object read as a map, whose keys are in {@link #MAPS}.
   */
  private static final Map<String, Class<?>> RECORDS =
      Map.ofEntries(
          entry("IncidentJson", IncidentJson.class),
          entry("InsightsJson", io.reveille.web.reports.InsightsJson.class),
          entry("ReportCardJson", io.reveille.web.reports.InsightsJson.ReportCardJson.class),
          entry(
              "UptimeTargetJson", io.reveille.web.reports.InsightsResource.UptimeTargetJson.class),
          entry(
              "UptimeTargetRequest",
              io.reveille.web.reports.InsightsResource.UptimeTargetRequest.class),
          entry("IncidentDetail", IncidentJson.Detail.class),
          entry("UpdateJson", IncidentJson.UpdateJson.class),
          entry("UpdatePreviewJson", UpdatePreviewJson.class),
          entry("ComponentChangeJson", IncidentJson.ComponentChangeJson.class),
          entry("RoleJson", IncidentJson.RoleJson.class),
          entry("TimelineJson", IncidentJson.TimelineJson.class),
          entry("WorkItemJson", IncidentJson.WorkItemJson.class),
          entry("ImpactJson", ImpactJson.class),
          entry("PageJson", IncidentResource.PageJson.class),
          entry("SeverityJson", IncidentResource.SeverityJson.class),
          entry("DeclareRequest", IncidentResource.DeclareRequest.class),
          entry("UpdateRequest", IncidentResource.UpdateRequest.class),
          entry("ComponentStatusRequest", IncidentResource.ComponentStatusRequest.class),
          entry("ReassessRequest", IncidentResource.ReassessRequest.class),
          entry("RoleRequest", IncidentResource.RoleRequest.class),
          entry("PostmortemJson", PostmortemResource.PostmortemJson.class),
          entry("PostmortemInput", PostmortemResource.PostmortemJson.class),
          entry("ActionItemJson", PostmortemResource.ActionItemJson.class),
          entry("ActionItemInput", PostmortemResource.ActionItemJson.class),
          entry("ReviewJson", PostmortemResource.ReviewJson.class),
          entry("ReviewRequest", PostmortemResource.ReviewRequest.class),
          entry("PostmortemTimelineJson", PostmortemResource.TimelineJson.class),
          entry("PublicPostmortemJson", PostmortemResource.PublicJson.class),
          entry("PostmortemCommentJson", PostmortemResource.CommentJson.class),
          entry("PostmortemCommentRequest", PostmortemResource.CommentRequest.class),
          entry("BlamelessWarningJson", PostmortemResource.WarningJson.class),
          entry("DurationsJson", PostmortemResource.DurationsJson.class),
          entry("ResponderJson", io.reveille.postmortem.PostmortemFacts.Responder.class),
          entry("TemplateSectionJson", io.reveille.postmortem.TemplateSection.class),
          entry(
              "PostmortemTemplateJson",
              io.reveille.web.api.PostmortemTemplateResource.TemplateJson.class),
          entry(
              "ActionItemStateRequest", io.reveille.web.api.ActionItemResource.StateRequest.class),
          entry("PersonJson", PeopleResource.PersonJson.class),
          entry("NewPersonRequest", PeopleResource.NewPersonRequest.class),
          entry("TokenRequest", PeopleResource.TokenRequest.class),
          entry("TokenJson", PeopleResource.TokenJson.class),
          entry("ContactJson", PeopleResource.ContactJson.class),
          entry("TeamJson", OnCallResource.TeamJson.class),
          entry("TeamRequest", OnCallResource.TeamRequest.class),
          entry("ChatRequest", OnCallResource.ChatRequest.class),
          entry("ScheduleJson", OnCallResource.ScheduleJson.class),
          entry("LayerJson", OnCallResource.LayerJson.class),
          entry("RestrictionJson", OnCallResource.RestrictionJson.class),
          entry("OverrideJson", OnCallResource.OverrideJson.class),
          entry("OverrideRequest", OnCallResource.OverrideRequest.class),
          entry("ShiftJson", OnCallResource.ShiftJson.class),
          entry("OnCallJson", OnCallResource.OnCallJson.class),
          entry("CalendarFeedsJson", OnCallResource.CalendarFeedsJson.class),
          entry("ScheduleFeedJson", OnCallResource.ScheduleFeedJson.class),
          entry("TargetJson", EscalationResource.TargetJson.class),
          entry("LevelJson", EscalationResource.LevelJson.class),
          entry("PolicyJson", EscalationResource.PolicyJson.class),
          entry("ComponentJson", EscalationResource.ComponentJson.class),
          entry("ComponentGroupJson", EscalationResource.ComponentGroupJson.class),
          entry("ComponentStatusJson", EscalationResource.ComponentStatusJson.class),
          entry("EscalationJson", EscalationResource.EscalationJson.class),
          entry("DeliveryJson", EscalationResource.DeliveryJson.class),
          entry("ProviderSettingJson", ProviderResource.ProviderSettingJson.class),
          entry("TemplateJson", TemplateResource.TemplateJson.class),
          entry("TemplateRequest", TemplateResource.TemplateRequest.class),
          entry("FilledTemplateJson", TemplateResource.FilledTemplateJson.class),
          entry("ProviderSettingsRequest", Map.class),
          entry("SubscribeRequest", PublicSubscriberResource.SubscribeRequest.class),
          entry("SubscriptionJson", PublicSubscriberResource.SubscriptionJson.class),
          entry("SubscriberJson", SubscriberAdminResource.SubscriberJson.class),
          entry("SubscriberListJson", SubscriberAdminResource.SubscriberListJson.class),
          entry("ImportRequest", SubscriberAdminResource.ImportRequest.class),
          entry("ImportReportJson", SubscriberAdminResource.ImportReportJson.class),
          entry("FanoutJson", SubscriberAdminResource.FanoutJson.class),
          entry("FailureJson", SubscriberAdminResource.FailureJson.class),
          entry("Problem", Problem.class),
          entry("FieldProblem", Problem.FieldProblem.class),
          entry("MaintenanceJson", MaintenanceResource.MaintenanceJson.class),
          entry("AffectedComponentJson", MaintenanceResource.AffectedComponentJson.class),
          entry("MaintenanceNoticeJson", MaintenanceResource.NoticeJson.class),
          entry("ScheduleMaintenanceRequest", MaintenanceResource.ScheduleRequest.class),
          entry("RescheduleMaintenanceRequest", MaintenanceResource.RescheduleRequest.class),
          entry("SearchResultsJson", SearchJson.Results.class),
          entry("SearchHitJson", SearchJson.HitJson.class),
          entry("SnippetPart", Snippet.Part.class),
          entry("SearchFacetJson", SearchJson.FacetJson.class),
          entry("FacetCount", SearchResults.Count.class),
          entry("SimilarJson", SearchJson.SimilarJson.class),
          entry("SimilarActionItemJson", SearchJson.ActionItemJson.class),
          entry("ReindexJson", SearchJson.ReindexJson.class));

  /** Component schemas of JSON objects read as a map, and the enum whose constants are the keys. */
  private static final Map<String, Class<? extends Enum<?>>> MAPS =
      Map.of("ProviderSettingsRequest", ProviderSetting.class);

  /** What the server reads of a PUT postmortem: the sections, the action items, the version. */
  private static final Set<String> POSTMORTEM_INPUT =
      Set.of(
          "summary",
          "impact",
          "contributingFactors",
          "trigger",
          "resolution",
          "detection",
          "wentWell",
          "wentWrong",
          "gotLucky",
          "actionItems",
          "version",
          "supportingInformation",
          "sections",
          "timeline",
          "publicPostmortem");

  private static String yaml;
  private static OpenAPI api;
  private static List<Endpoint> endpoints;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.yaml")) {
      assertThat(in)
          .as("openapi.yaml on the classpath, where OpenApiResource loads it")
          .isNotNull();
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SwaggerParseResult result = read(yaml);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    api = result.getOpenAPI();
    endpoints =
        WebClasses.endpoints(WebClasses.all()).stream()
            .filter(
                e ->
                    e.path().startsWith("/api/v1/")
                        || e.path().startsWith("/api/v2/")
                        || e.path().startsWith("/health/"))
            .toList();
  }

  private static SwaggerParseResult read(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  // ----- the document itself -----

  @Test
  void isAValidOpenApi31DocumentWithInfoAndServer() {
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getInfo().getTitle()).isEqualTo("Reveille API");
    assertThat(api.getInfo().getVersion()).isEqualTo("1");
    assertThat(api.getInfo().getDescription()).isNotBlank();
    assertThat(api.getServers())
        .singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/"));
  }

  @Test
  void theParserReportsProblemsSoTheValidityCheckMeansSomething() {
    String broken =
        yaml.replace(
            "$ref: \"#/components/schemas/PageJson\"", "$ref: \"#/components/schemas/Nope\"");
    assertThat(broken).isNotEqualTo(yaml);
    assertThat(read(broken).getMessages()).isNotEmpty();

    assertThat(read(yaml.replace("openapi: 3.1.0", "openapi: 3.1.0\nnonsense: true")).getMessages())
        .isNotEmpty();
  }

  // ----- operations -----

  @Test
  void reflectionFindsTheApiAndHealthEndpoints() {
    assertThat(endpoints)
        .extracting(Endpoint::key)
        .contains(
            "POST /api/v1/incidents",
            "GET /api/v1/incidents/{number}",
            "PUT /api/v1/incidents/{number}/roles/{role}",
            "POST /api/v1/incidents/{number}/postmortem/reviews",
            "GET /api/v1/openapi.yaml",
            "GET /health/ready");
  }

  @Test
  void describesExactlyTheOperationsTheResourcesServe() {
    assertThat(operationKeys(api))
        .containsExactlyInAnyOrderElementsOf(endpoints.stream().map(Endpoint::key).toList());
  }

  @Test
  void aMissingOrExtraOperationIsNoticed() {
    OpenAPI changed = read(yaml).getOpenAPI();
    changed.getPaths().remove("/health/live");
    changed.getPaths().get("/api/v1/tasks").setPost(new Operation());

    Set<String> documented = operationKeys(changed);
    Set<String> served = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
    assertThat(served).contains("GET /health/live").doesNotContain("POST /api/v1/tasks");
    assertThat(documented).doesNotContain("GET /health/live").contains("POST /api/v1/tasks");
  }

  @Test
  void everyOperationHasAUniqueIdASummaryAndADescription() {
    List<String> ids = new ArrayList<>();
    forEachOperation(
        api,
        (key, op) -> {
          assertThat(op.getOperationId()).as("operationId of %s", key).isNotBlank();
          assertThat(op.getSummary()).as("summary of %s", key).isNotBlank();
          assertThat(op.getDescription()).as("description of %s", key).isNotBlank();
          ids.add(op.getOperationId());
        });
    assertThat(ids).doesNotHaveDuplicates().hasSize(endpoints.size());
  }

  @Test
  void xRolesAreTheRolesAllowedOfEachMethod() {
    assertThat(roleMismatches(api)).isEmpty();
  }

  @Test
  void wrongXRolesAreNoticed() {
    OpenAPI changed = read(yaml).getOpenAPI();
    changed
        .getPaths()
        .get("/api/v1/people")
        .getPost()
        .addExtension("x-roles", List.of("admin", "support"));
    changed.getPaths().get("/api/v1/tasks").getGet().getExtensions().remove("x-roles");

    assertThat(roleMismatches(changed))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("POST /api/v1/people"))
        .anySatisfy(m -> assertThat(m).startsWith("GET /api/v1/tasks"));
  }

  @Test
  void descriptionsStateTheRolesAllowed() {
    for (Endpoint endpoint : endpoints) {
      String description = operation(api, endpoint.key()).getDescription();
      List<String> roles = rolesAllowed(endpoint.method());
      if (roles.isEmpty()) {
        assertThat(description).as(endpoint.key()).contains("Public");
      } else {
        assertThat(description)
            .as(endpoint.key())
            .contains("Roles: " + String.join(", ", roles) + ".");
      }
    }
  }

  // ----- security -----

  @Test
  void bearerTokensAndTheSessionCookieAreTheTwoWaysIn() {
    SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearerAuth");
    assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(bearer.getScheme()).isEqualTo("bearer");
    assertThat(bearer.getBearerFormat()).startsWith("rvl_");

    SecurityScheme cookie = api.getComponents().getSecuritySchemes().get("sessionCookie");
    assertThat(cookie.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(cookie.getIn()).isEqualTo(SecurityScheme.In.COOKIE);
    assertThat(cookie.getName()).isEqualTo("REVEILLE_SESSION");

    assertThat(api.getSecurity())
        .extracting(SecurityRequirement::keySet)
        .containsExactly(Set.of("bearerAuth"), Set.of("sessionCookie"));
  }

  @Test
  void onlyPermitAllOperationsOptOutOfSecurity() {
    for (Endpoint endpoint : endpoints) {
      List<SecurityRequirement> security = operation(api, endpoint.key()).getSecurity();
      if (endpoint.method().isAnnotationPresent(PermitAll.class)) {
        assertThat(security).as("security of public %s", endpoint.key()).isNotNull().isEmpty();
      } else {
        assertThat(security)
            .as("security of %s (inherits the global one)", endpoint.key())
            .isNull();
      }
    }
  }

  // ----- bodies -----

  @Test
  void schemasHaveExactlyTheComponentsOfTheirRecords() {
    RECORDS.forEach(
        (name, type) -> {
          Schema<?> schema = api.getComponents().getSchemas().get(name);
          assertThat(schema).as("schema %s", name).isNotNull();
          Set<String> components = fieldsOf(name, type);
          Set<String> expected = name.equals("PostmortemInput") ? POSTMORTEM_INPUT : components;
          assertThat(expected).as("fields the server reads for %s", name).isSubsetOf(components);
          assertThat(schema.getProperties().keySet())
              .as("properties of %s", name)
              .containsExactlyInAnyOrderElementsOf(expected);
          if (schema.getRequired() != null) {
            assertThat(schema.getProperties().keySet())
                .as("required fields of %s", name)
                .containsAll(schema.getRequired());
          }
        });
  }

  @Test
  void requestBodiesAreTheEntityParametersOfTheMethods() {
    for (Endpoint endpoint : endpoints) {
      Operation op = operation(api, endpoint.key());
      List<Class<?>> entities =
          Arrays.stream(endpoint.method().getParameters())
              .filter(p -> p.getAnnotations().length == 0)
              .<Class<?>>map(java.lang.reflect.Parameter::getType)
              .toList();
      if (entities.isEmpty()) {
        assertThat(op.getRequestBody()).as("request body of %s", endpoint.key()).isNull();
        continue;
      }
      assertThat(op.getRequestBody()).as("request body of %s", endpoint.key()).isNotNull();
      assertThat(op.getRequestBody().getRequired())
          .as("body of %s required", endpoint.key())
          .isTrue();
      Map<String, MediaType> content = op.getRequestBody().getContent();
      assertThat(content)
          .as("media types of %s", endpoint.key())
          .containsOnlyKeys("application/json");
      assertThat(RECORDS.get(refName(content.get("application/json").getSchema())))
          .as("request schema of %s", endpoint.key())
          .isEqualTo(entities.get(0));
    }
  }

  @Test
  void successResponsesAreTheReturnTypesOfTheMethods() {
    for (Endpoint endpoint : endpoints) {
      Map<String, ApiResponse> responses = operation(api, endpoint.key()).getResponses();
      List<String> success = responses.keySet().stream().filter(c -> c.startsWith("2")).toList();
      assertThat(success).as("success responses of %s", endpoint.key()).hasSize(1);
      Type returned = endpoint.method().getGenericReturnType();
      if (returned == Response.class
          || returned == byte[].class
          || returned.getTypeName().startsWith("java.util.Map")) {
        continue; // status and entity are chosen at run time; checked by reading the code
      }
      assertThat(success)
          .as("a method returning an entity answers 200: %s", endpoint.key())
          .containsExactly("200");
      Schema<?> schema =
          response(api, responses.get("200")).getContent().get("application/json").getSchema();
      if (returned instanceof ParameterizedType list && list.getRawType() == List.class) {
        assertThat(isArray(schema)).as("%s returns a list", endpoint.key()).isTrue();
        assertThat(RECORDS.get(refName(schema.getItems())))
            .as("item schema of %s", endpoint.key())
            .isEqualTo(list.getActualTypeArguments()[0]);
      } else {
        assertThat(RECORDS.get(refName(schema)))
            .as("response schema of %s", endpoint.key())
            .isEqualTo(returned);
      }
    }
  }

  @Test
  void declaringAnswers201WithTheLocationOfTheIncident() {
    ApiResponse created =
        response(api, operation(api, "POST /api/v1/incidents").getResponses().get("201"));
    assertThat(created.getHeaders()).containsKeys("Location", "ETag");
    assertThat(refName(created.getContent().get("application/json").getSchema()))
        .isEqualTo("IncidentJson");
    assertThat(
            refName(
                response(
                        api,
                        operation(api, "GET /api/v1/incidents/{number}").getResponses().get("200"))
                    .getContent()
                    .get("application/json")
                    .getSchema()))
        .isEqualTo("IncidentDetail");
  }

  // ----- errors -----

  @Test
  void everyErrorIsAProblemDetail() {
    forEachOperation(
        api,
        (key, op) -> {
          assertThat(op.getResponses().keySet()).as("responses of %s", key).isNotEmpty();
          if (operationIsPublic(op)) {
            return;
          }
          assertThat(op.getResponses())
              .as("%s may answer 401 and 403", key)
              .containsKeys("401", "403");
          op.getResponses()
              .forEach(
                  (code, reference) -> {
                    if (!code.startsWith("4")) {
                      return;
                    }
                    Map<String, MediaType> content = response(api, reference).getContent();
                    assertThat(content).as("%s %s", key, code).containsOnlyKeys(PROBLEM_JSON);
                    assertThat(refName(content.get(PROBLEM_JSON).getSchema()))
                        .as("%s %s", key, code)
                        .isEqualTo("Problem");
                  });
        });
  }

  @Test
  void everyIncidentAddressAnswers404AndValidatesItsNumber() {
    for (Endpoint endpoint : endpoints) {
      if (!endpoint.path().contains("{number}")) {
        continue;
      }
      Operation op = operation(api, endpoint.key());
      assertThat(op.getResponses()).as(endpoint.key()).containsKeys("400", "404");
      List<Parameter> parameters = new ArrayList<>();
      PathItem item = api.getPaths().get(endpoint.path());
      if (item.getParameters() != null) {
        parameters.addAll(item.getParameters());
      }
      if (op.getParameters() != null) {
        parameters.addAll(op.getParameters());
      }
      assertThat(parameters.stream().map(OpenApiDocumentTest::parameter).map(Parameter::getName))
          .as("parameters of %s", endpoint.key())
          .contains("number");
    }
  }

  @Test
  void theIncidentNumberParameterAcceptsBothSpellings() {
    Parameter number = api.getComponents().getParameters().get("IncidentNumber");
    assertThat(number.getIn()).isEqualTo("path");
    assertThat(number.getRequired()).isTrue();
    Pattern pattern = Pattern.compile(number.getSchema().getPattern());
    assertThat(List.of("INC-42", "inc-42", "42", "INC-1"))
        .allMatch(n -> pattern.matcher(n).matches());
    assertThat(List.of("INC-", "abc", "INC42x", "")).noneMatch(n -> pattern.matcher(n).matches());
  }

  // ----- enumerated values -----

  @Test
  void requestEnumsAreTheLowercaseValuesTheApiAccepts() {
    assertAccepted("IncidentStatusFilter", IncidentStatus.class, List.of(IncidentStatus.values()));
    assertAccepted(
        "UpdateStatus", IncidentStatus.class, IncidentStatus.INVESTIGATING.updatableTo());
    assertAccepted("SeverityFilter", Severity.class, List.of(Severity.values()));
    assertAccepted("VisibilityName", Visibility.class, List.of(Visibility.values()));
    assertAccepted("CustomerImpact", CustomerImpact.class, List.of(CustomerImpact.values()));
    assertAccepted("IncidentRoleName", IncidentRole.class, List.of(IncidentRole.values()));
    assertAccepted("ActionItemStateName", ActionItemState.class, List.of(ActionItemState.values()));
    assertAccepted("ReviewDecisionName", ReviewDecision.class, List.of(ReviewDecision.values()));
    assertAccepted(
        "MaintenancePeriod",
        MaintenanceResource.Period.class,
        List.of(MaintenanceResource.Period.values()));
    assertThat(enumOf(schema("RoleName")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Role.values()).map(Role::roleName).toList());
    assertThat(enumOf(schema("ImpactJson").getProperties().get("customerImpact")))
        .as("customerImpact is also how ImpactJson writes it")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CustomerImpact.values()).map(CustomerImpact::code).toList());
  }

  @Test
  void requestBodiesUseTheEnumsForTheirEnumeratedFields() {
    assertThat(refName(property("UpdateRequest", "status"))).isEqualTo("UpdateStatus");
    assertThat(refName(property("UpdateRequest", "visibility"))).isEqualTo("VisibilityName");
    assertThat(refName(property("ImpactJson", "customerImpact"))).isEqualTo("CustomerImpact");
    assertThat(refName(property("ReviewRequest", "decision"))).isEqualTo("ReviewDecisionName");
    assertThat(refName(property("ActionItemInput", "state"))).isEqualTo("ActionItemStateName");
    assertThat(refName(property("NewPersonRequest", "roles").getItems())).isEqualTo("RoleName");
  }

  @Test
  void responseEnumsAreTheValuesTheRecordsWrite() {
    assertWritten("IncidentJson", "status", IncidentStatus.values());
    assertWritten("IncidentJson", "severity", Severity.values());
    assertWritten("SeverityJson", "severity", Severity.values());
    assertWritten("UpdateJson", "visibility", Visibility.values());
    assertThat(enumOf(property("UpdateJson", "status")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(IncidentStatus.values())
                .filter(s -> s != IncidentStatus.CLOSED)
                .map(Enum::name)
                .toList());
    assertWritten("RoleJson", "role", IncidentRole.values());
    assertWritten("TimelineJson", "kind", TimelineEntryKind.values());
    assertWritten("TimelineJson", "visibility", Visibility.values());
    assertWritten("WorkItemJson", "step", GuidedStep.values());
    assertWritten("PostmortemJson", "state", PostmortemState.values());
    assertWritten("ActionItemJson", "state", ActionItemState.values());
    assertWritten("ReviewJson", "decision", ReviewDecision.values());
    assertThat(enumOf(schema("MaintenanceStateCode")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(MaintenanceState.values()).map(MaintenanceState::code).toList());
  }

  // ----- helpers -----

  /** The components of a record, or for a map the constants of the enum naming its keys. */
  private static Set<String> fieldsOf(String schemaName, Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getName)
          .collect(Collectors.toSet());
    }
    Class<? extends Enum<?>> keys = MAPS.get(schemaName);
    assertThat(keys).as("the enum naming the keys of %s", schemaName).isNotNull();
    return Arrays.stream(keys.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
  }

  /** The documented values are exactly {@code expected}, and each parses to its constant. */
  private static <E extends Enum<E>> void assertAccepted(
      String schemaName, Class<E> type, Collection<E> expected) {
    List<String> values = enumOf(schema(schemaName));
    assertThat(values)
        .as("enum of %s, spelled as the API lists accepted values", schemaName)
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    Function<String, E> parse = v -> Inputs.parse(type, v, "field");
    assertThat(values.stream().map(parse).toList())
        .as("enum of %s parsed by Inputs", schemaName)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void assertWritten(String schemaName, String property, Enum<?>[] constants) {
    assertThat(enumOf(property(schemaName, property)))
        .as("%s.%s", schemaName, property)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(constants).map(Enum::name).toList());
  }

  /** The enum of a schema, following a $ref to a component. */
  private static List<String> enumOf(Schema<?> schema) {
    Schema<?> resolved = schema.get$ref() == null ? schema : schema(refName(schema));
    assertThat(resolved.getEnum()).as("enum of %s", schema.get$ref()).isNotNull();
    return resolved.getEnum().stream().map(String::valueOf).toList();
  }

  private static Schema<?> schema(String name) {
    Schema<?> schema = api.getComponents().getSchemas().get(name);
    assertThat(schema).as("schema %s", name).isNotNull();
    return schema;
  }

  private static Schema<?> property(String schemaName, String property) {
    Schema<?> schema = schema(schemaName).getProperties().get(property);
    assertThat(schema).as("%s.%s", schemaName, property).isNotNull();
    return schema;
  }

  private static String refName(Schema<?> schema) {
    assertThat(schema).isNotNull();
    assertThat(schema.get$ref()).as("a $ref to a component schema").isNotNull();
    return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
  }

  private static boolean isArray(Schema<?> schema) {
    return "array".equals(schema.getType())
        || (schema.getTypes() != null && schema.getTypes().contains("array"));
  }

  private static ApiResponse response(OpenAPI document, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    ApiResponse resolved = document.getComponents().getResponses().get(name);
    assertThat(resolved).as("response %s", response.get$ref()).isNotNull();
    return resolved;
  }

  private static Parameter parameter(Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getParameters().get(name);
  }

  private static boolean operationIsPublic(Operation op) {
    return op.getSecurity() != null && op.getSecurity().isEmpty();
  }

  private static Set<String> operationKeys(OpenAPI document) {
    Set<String> keys = new TreeSet<>();
    forEachOperation(document, (key, op) -> keys.add(key));
    return keys;
  }

  private static void forEachOperation(
      OpenAPI document, java.util.function.BiConsumer<String, Operation> action) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> operations.put(method.name() + " " + path, op)));
    operations.forEach(action);
  }

  private static Operation operation(OpenAPI document, String key) {
    String[] parts = key.split(" ", 2);
    PathItem item = document.getPaths().get(parts[1]);
    assertThat(item).as("path %s", parts[1]).isNotNull();
    Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
    assertThat(op).as("operation %s", key).isNotNull();
    return op;
  }

  private static List<String> rolesAllowed(Method method) {
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? List.of() : List.of(roles.value());
  }

  /** "KEY: documented [..], allowed [..]" for each operation whose x-roles differ. */
  private static List<String> roleMismatches(OpenAPI document) {
    List<String> mismatches = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Operation op = operation(document, endpoint.key());
      Object documented = op.getExtensions() == null ? null : op.getExtensions().get("x-roles");
      List<String> allowed = rolesAllowed(endpoint.method());
      boolean same =
          documented instanceof List<?> list
              && list.size() == allowed.size()
              && list.stream()
                  .map(String::valueOf)
                  .collect(Collectors.toSet())
                  .equals(Set.copyOf(allowed));
      if (!same) {
        mismatches.add(endpoint.key() + ": documented " + documented + ", allowed " + allowed);
      }
    }
    return mismatches;
  }
}
