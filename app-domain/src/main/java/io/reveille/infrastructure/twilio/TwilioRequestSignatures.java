package io.reveille.infrastructure.twilio;

import com.twilio.security.RequestValidator;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Whether a callback (a keypress, a delivery status) was really sent by Twilio: its {@code
 * X-Twilio-Signature} header signs the URL and the form with the account's auth token. Anyone else
 * could acknowledge a page by posting a keypress.
 */
@ApplicationScoped
public class TwilioRequestSignatures {
  @Inject ProviderSettings settings;

  public TwilioRequestSignatures() {}

  TwilioRequestSignatures(ProviderSettings settings) {
    this.settings = settings;
  }

  /**
   * @param fullUrl the URL Twilio requested, exactly as configured in the call (scheme, host, port,
   *     path and query); behind a proxy, the public one
   * @param formParams the POSTed form fields
   * @param signatureHeader the {@code X-Twilio-Signature} header, or null
   */
  public boolean isValid(String fullUrl, Map<String, String> formParams, String signatureHeader) {
    String authToken =
        settings.value(ProviderSetting.TWILIO_AUTH_TOKEN).map(String::strip).orElse("");
    if (authToken.isEmpty()
        || fullUrl == null
        || signatureHeader == null
        || signatureHeader.isBlank()) {
      return false;
    }
    try {
      return new RequestValidator(authToken)
          .validate(fullUrl, formParams == null ? Map.of() : formParams, signatureHeader);
    } catch (RuntimeException e) {
      // A URL the validator cannot parse was not signed by Twilio either.
      return false;
    }
  }
}
