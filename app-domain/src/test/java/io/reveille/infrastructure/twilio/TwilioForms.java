package io.reveille.infrastructure.twilio;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the form the SDK posted, as Twilio would. */
final class TwilioForms {
  private TwilioForms() {}

  static Map<String, String> form(LoggedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      form.put(decode(nameAndValue[0]), nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
