package io.reveille.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the incident procedure that wait for a person. Each is done by the ordinary action
 * in Reveille (assigning a commander, posting an update...), never by ticking a box.
 */
public enum GuidedStep {
  ASSIGN_COMMANDER("Task_AssignCommander", "Assign an incident commander", "roles"),
  POST_FIRST_UPDATE("Task_PostFirstUpdate", "Post the first public update", "update"),
  POST_DUE_UPDATE("Task_PostDueUpdate", "Post the promised public update", "update"),
  WRITE_POSTMORTEM("Task_WritePostmortem", "Write the postmortem", "postmortem"),
  REVIEW_POSTMORTEM("Task_ReviewPostmortem", "Review the postmortem", "review");

  private final String taskId;
  private final String title;
  private final String anchor;

  GuidedStep(String taskId, String title, String anchor) {
    this.taskId = taskId;
    this.title = title;
    this.anchor = anchor;
  }

  /** The id of the user task in the process model. */
  public String taskId() {
    return taskId;
  }

  public String title() {
    return title;
  }

  /** Where on the incident's pages the step is done. */
  public String anchor() {
    return anchor;
  }

  public static Optional<GuidedStep> byTaskId(String taskId) {
    return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst();
  }
}
