package io.reveille.infrastructure.twilio;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.reveille.delivery.SendOutcome;
import io.reveille.delivery.TextMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Text messages through Twilio's Messages API; the outcome's reference is the message SID. */
@ApplicationScoped
public class TwilioTextMessages implements TextMessages {
  /** Twilio refuses longer bodies (error 21617); a cut page still wakes someone up. */
  static final int BODY_MAX = 1600;

  @Inject TwilioGateway twilio;

  public TwilioTextMessages() {}

  TwilioTextMessages(TwilioGateway twilio) {
    this.twilio = twilio;
  }

  @Override
  public SendOutcome send(String to, String body) {
    String text = fit(body == null ? "" : body);
    return twilio.send(
        "text message",
        (client, from) -> Message.creator(new PhoneNumber(to), from, text).create(client).getSid());
  }

  private static String fit(String body) {
    if (body.length() <= BODY_MAX) {
      return body;
    }
    int end = BODY_MAX - 1;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end) + "…";
  }
}
