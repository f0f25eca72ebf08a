package io.reveille.infrastructure.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.reveille.delivery.PhoneCalls;
import io.reveille.delivery.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Objects;

/**
 * Phone calls through Twilio's Calls API with the TwiML inline, so no page has to be fetched from
 * Reveille when the call connects. The outcome's reference is the call SID.
 */
@ApplicationScoped
public class TwilioPhoneCalls implements PhoneCalls {
  static final String PRESS_ONE = "Press 1 to acknowledge.";
  static final String NO_KEY = "We did not receive a key. Goodbye.";

  /** Twilio's limit on inline TwiML; the instructions and markup take some of it. */
  private static final int TWIML_MAX = 4000;

  @Inject TwilioGateway twilio;

  public TwilioPhoneCalls() {}

  TwilioPhoneCalls(TwilioGateway twilio) {
    this.twilio = twilio;
  }

  @Override
  public SendOutcome call(String to, String speech, URI keypressCallback) {
    Objects.requireNonNull(keypressCallback, "keypressCallback");
    Twiml twiml = new Twiml(twiml(speech == null ? "" : speech.strip(), keypressCallback));
    return twilio.send(
        "phone call",
        (client, from) -> Call.creator(new PhoneNumber(to), from, twiml).create(client).getSid());
  }

  /**
   * Says the page twice inside the gather: the first words are often lost while the phone comes up
   * to an ear. The SDK's builder XML-escapes the speech, so typed text stays words.
   */
  static String twiml(String speech, URI keypressCallback) {
    String said = speech;
    while (true) {
      String xml = build(said, keypressCallback);
      if (xml.length() <= TWIML_MAX || said.isEmpty()) {
        return xml;
      }
      said = said.substring(0, Math.max(0, said.length() - (xml.length() - TWIML_MAX) - 1));
      if (!said.isEmpty() && Character.isHighSurrogate(said.charAt(said.length() - 1))) {
        said = said.substring(0, said.length() - 1);
      }
    }
  }

  private static String build(String speech, URI keypressCallback) {
    String prompt = speech.isEmpty() ? PRESS_ONE : speech + " " + PRESS_ONE;
    Gather gather =
        new Gather.Builder()
            .numDigits(1)
            .action(keypressCallback)
            .method(HttpMethod.POST)
            .say(new Say.Builder(prompt).loop(2).build())
            .build();
    return new VoiceResponse.Builder()
        .gather(gather)
        .say(new Say.Builder(NO_KEY).build())
        .build()
        .toXml();
  }
}
