package io.reveille.shared;

/**
 * The address people and providers reach Reveille at, for links in messages and for Twilio's
 * callbacks (which are signed over the full URL, so it must be exactly what Twilio calls).
 */
public final class PublicUrl {
  private PublicUrl() {}

  public static String base() {
    String url = Settings.get("reveille.public-url").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
