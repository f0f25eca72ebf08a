package io.reveille.shared;

/**
 * The process engine noticed that its own rows for this incident or window changed under the
 * transaction: a timer or another request got there first. The whole transaction rolls back, so
 * running the request again from the start is safe; {@link RetriedOnEngineConflict} does that
 * before anyone is told to reload.
 */
public class EngineConflictException extends ConcurrentChangeException {
  public EngineConflictException(String message) {
    super(message);
  }
}
