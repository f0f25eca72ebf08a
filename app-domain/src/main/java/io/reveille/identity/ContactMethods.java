package io.reveille.identity;

import io.reveille.shared.InvalidInputException.FieldError;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a responder is reached when paged, and the time zone their shifts are shown in. Any of them
 * may be absent; a page on a channel the person has no address for is recorded as not sent.
 *
 * @param phone E.164, such as {@code +14155550100}: used for text messages and phone calls
 * @param chatHandle the person's handle in the team's chat tool, such as a Slack member id
 */
public record ContactMethods(String email, String phone, String chatHandle, ZoneId timeZone) {

  /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
  private static final Pattern CHAT_HANDLE = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

  public ContactMethods {
    email = blankToNull(email);
    phone = blankToNull(phone);
    chatHandle = blankToNull(chatHandle);
  }

  /** Everything wrong, each naming its field; empty when the contact methods can be saved. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
      errors.add(new FieldError("email", "Give an e-mail address such as bob@example.com."));
    }
    if (phone != null && !E164.matcher(phone).matches()) {
      errors.add(
          new FieldError(
              "phone",
              "Give the phone number in international (E.164) form: a plus, the country code and"
                  + " the number, without spaces, such as +14155550100."));
    }
    if (chatHandle != null && !CHAT_HANDLE.matcher(chatHandle).matches()) {
      errors.add(
          new FieldError(
              "chatHandle",
              "Give the chat handle without spaces or markup, such as a Slack member id"
                  + " (U024BE7LH) or a name."));
    }
    return errors;
  }

  /** Parses a time zone id such as {@code Europe/Berlin}; null when blank. */
  public static ZoneId zone(String id, List<FieldError> errors) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (java.time.DateTimeException e) {
      errors.add(
          new FieldError("timeZone", "Give a time zone such as Europe/Berlin or America/Chicago."));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
