package io.reveille.composer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void fillsKnownPlaceholdersAndLeavesTheRestAsWritten() {
    String filled =
        TemplateText.fill(
            "{product}: {impacted_services} for {general_impact}; next at {next_update_time} {x}",
            Map.of(
                Placeholder.PRODUCT, "Acme Pay",
                Placeholder.IMPACTED_SERVICES, "Payments API",
                Placeholder.GENERAL_IMPACT, "some customers",
                Placeholder.NEXT_UPDATE_TIME, "03:30 UTC"));

    assertThat(filled)
        .isEqualTo("Acme Pay: Payments API for some customers; next at 03:30 UTC {x}");
  }

  @Test
  void valuesAreInsertedLiterallyNeverInterpreted() {
    String filled =
        TemplateText.fill(
            "Problems with {impacted_services}",
            Map.of(Placeholder.IMPACTED_SERVICES, "$1 <b>{product}</b> \\"));

    assertThat(filled).isEqualTo("Problems with $1 <b>{product}</b> \\");
  }

  @Test
  void namesUnknownPlaceholdersOnceEach() {
    assertThat(TemplateText.unknownPlaceholders("{product} {eta} {eta} {next_update_time} {Foo}"))
        .containsExactly("{eta}");
    assertThat(TemplateText.unknownPlaceholders(null)).isEmpty();
  }

  @Test
  void everyDefaultTemplateUsesOnlyKnownPlaceholders() {
    assertThat(DefaultTemplates.ALL)
        .hasSize(TemplateKind.values().length)
        .allSatisfy(
            t -> {
              assertThat(TemplateText.unknownPlaceholders(t.title())).isEmpty();
              assertThat(TemplateText.unknownPlaceholders(t.body())).isEmpty();
            });
  }
}
