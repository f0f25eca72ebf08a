package io.reveille.delivery;

/** How a message reaches someone. */
public enum Channel {
  CHAT("chat"),
  SMS("text message"),
  VOICE("phone call"),
  EMAIL("e-mail");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
