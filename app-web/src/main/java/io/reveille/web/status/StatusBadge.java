package io.reveille.web.status;

import io.reveille.statuspage.Indicator;

/**
 * A small SVG badge with the page's overall indicator, for READMEs and other sites: "status | All
 * Systems Operational", coloured by the indicator. Every text is XML-escaped.
 */
final class StatusBadge {
  private StatusBadge() {}

  static Rendition render(String label, Indicator indicator) {
    String value = indicator.description();
    int labelWidth = width(label);
    int valueWidth = width(value);
    int total = labelWidth + valueWidth;
    String title = escape(label + ": " + value);
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
            + total
            + "\" height=\"20\" role=\"img\" aria-label=\""
            + title
            + "\"><title>"
            + title
            + "</title><rect width=\""
            + labelWidth
            + "\" height=\"20\" fill=\"#3c4352\"/><rect x=\""
            + labelWidth
            + "\" width=\""
            + valueWidth
            + "\" height=\"20\" fill=\""
            + colour(indicator)
            + "\"/><g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
            + "<text x=\"6\" y=\"14\">"
            + escape(label)
            + "</text><text x=\""
            + (labelWidth + 6)
            + "\" y=\"14\">"
            + escape(value)
            + "</text></g></svg>";
    return Rendition.of(svg, "image/svg+xml;charset=UTF-8");
  }

  /** Verdana 11 px averages about 7 px a character; 12 px of padding. */
  private static int width(String text) {
    return 12 + (int) Math.ceil(text.length() * 6.8);
  }

  /** Dark enough for white text to read (contrast ≥ 4.5:1). */
  private static String colour(Indicator indicator) {
    return switch (indicator) {
      case NONE -> "#1d7a46";
      case MAINTENANCE -> "#2855d8";
      case MINOR -> "#8a5a00";
      case MAJOR -> "#b34700";
      case CRITICAL -> "#b4232c";
    };
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
