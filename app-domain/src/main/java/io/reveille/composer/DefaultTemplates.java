package io.reveille.composer;

import java.util.List;

/**
 * The wording a new installation starts with, after the templates status-page teams commonly use:
 * say what customers notice, never guess at causes, and always say when the next update comes.
 */
final class DefaultTemplates {
  private DefaultTemplates() {}

  static final List<TemplateDraft> ALL =
      List.of(
          new TemplateDraft(
              TemplateKind.INVESTIGATING,
              "Investigating",
              "Problems with {impacted_services}",
              "We are investigating problems with {impacted_services} affecting {general_impact}."
                  + " We will post an update by {next_update_time}.",
              0),
          new TemplateDraft(
              TemplateKind.IDENTIFIED,
              "Identified",
              "Problems with {impacted_services}",
              "We have identified the cause of the problems with {impacted_services} and are"
                  + " working on a fix. We will post an update by {next_update_time}.",
              1),
          new TemplateDraft(
              TemplateKind.MONITORING,
              "Monitoring",
              "Problems with {impacted_services}",
              "A fix is in place and {impacted_services} is recovering. We are monitoring the"
                  + " results and will post an update by {next_update_time}.",
              2),
          new TemplateDraft(
              TemplateKind.RESOLVED,
              "Resolved",
              "Problems with {impacted_services}",
              "This incident is resolved: {impacted_services} is working normally again. We are"
                  + " sorry for the disruption and will share what we learn from it.",
              3),
          new TemplateDraft(
              TemplateKind.FULL_OUTAGE,
              "Full outage",
              "{product} is unavailable",
              "{product} is unavailable for {general_impact}. Our team is working to restore it"
                  + " as quickly as possible. We will post an update by {next_update_time}.",
              4),
          new TemplateDraft(
              TemplateKind.PARTIAL_OUTAGE,
              "Partial outage",
              "{impacted_services} unavailable",
              "{impacted_services} is unavailable for {general_impact}; the rest of {product}"
                  + " works normally. We will post an update by {next_update_time}.",
              5),
          new TemplateDraft(
              TemplateKind.SCHEDULED_MAINTENANCE,
              "Scheduled maintenance",
              "Scheduled maintenance of {impacted_services}",
              "We will carry out maintenance on {impacted_services}. {product} may be briefly"
                  + " unavailable during the window; we will post here when it starts and ends.",
              6));
}
