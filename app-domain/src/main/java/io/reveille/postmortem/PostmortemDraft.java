package io.reveille.postmortem;

import java.util.List;
import java.util.Map;

/**
 * Everything the editor sends in one save.
 *
 * @param content the built-in sections
 * @param customSections text of the sections an administrator added, by key (may be empty)
 * @param actionItems the action items as they should be (ids keep existing ones)
 * @param timeline the timeline as it should be; null leaves it as it is
 * @param publicText the customer-facing text; null leaves it as it is
 */
public record PostmortemDraft(
    PostmortemContent content,
    Map<String, String> customSections,
    List<ActionItemDraft> actionItems,
    List<TimelineEdit> timeline,
    PublicPostmortemText publicText) {}
