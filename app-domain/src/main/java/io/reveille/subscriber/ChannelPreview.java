package io.reveille.subscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reveille.component.Component;
import io.reveille.component.ComponentStatus;
import io.reveille.delivery.Notice;
import io.reveille.incident.UpdatePreview;
import io.reveille.incident.Visibility;
import io.reveille.shared.PublicUrl;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each subscriber channel would carry for an update still in the composer: the same {@link
 * SubscriberMessages} the fan-out uses, fed a bulletin built from the preview, so what the composer
 * shows is what goes out. A sample link stands in for each subscriber's own unsubscribe link.
 *
 * @param emailSubject the e-mail's subject line
 * @param emailText the e-mail's body
 * @param smsText the text message
 * @param smsSegments how many billable segments the carrier splits it into
 * @param webhookJson the webhook payload, indented for reading
 * @param chatTitle the Slack or Teams message's title
 * @param chatText the Slack or Teams message's text
 */
public record ChannelPreview(
    String emailSubject,
    String emailText,
    String smsText,
    int smsSegments,
    String webhookJson,
    String chatTitle,
    String chatText) {

  private static final ObjectMapper INDENTED =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The channels' messages for a public update; internal updates reach no channel.
   *
   * @param unsubscribe stands in for each subscriber's own link ({@link
   *     SubscriberLinks#sampleUnsubscribeUrl()}, the same length, so the segments count true)
   */
  public static ChannelPreview of(UpdatePreview preview, URI unsubscribe) {
    if (!preview.isPublic()) {
      throw new IllegalArgumentException("An internal update reaches no subscriber channel");
    }
    Bulletin bulletin = bulletinOf(preview);
    String sms = SubscriberMessages.smsText(bulletin, unsubscribe);
    Notice chat = SubscriberMessages.chatNotice(bulletin, unsubscribe);
    return new ChannelPreview(
        SubscriberMessages.emailSubject(bulletin),
        SubscriberMessages.emailText(bulletin, unsubscribe),
        sms,
        smsSegments(sms),
        indented(
            SubscriberMessages.webhookJson(
                bulletin, "PER-DELIVERY-ID", unsubscribe, preview.postedAt())),
        chat.title(),
        chat.headline());
  }

  /** The bulletin the fan-out would read once the update is posted (see {@link Bulletins}). */
  static Bulletin bulletinOf(UpdatePreview preview) {
    Map<Long, ComponentStatus> planned = new LinkedHashMap<>();
    Map<Long, Component> concerned = new LinkedHashMap<>();
    for (Component c : preview.incident().components()) {
      concerned.put(c.id(), c);
    }
    for (UpdatePreview.ComponentLine line : preview.componentChanges()) {
      concerned.putIfAbsent(line.component().id(), line.component());
      planned.put(line.component().id(), line.to());
    }
    List<Bulletin.Concerned> components =
        concerned.values().stream()
            .filter(c -> c.visibility() == Visibility.PUBLIC)
            .map(
                c -> {
                  ComponentStatus status = planned.getOrDefault(c.id(), c.status());
                  return new Bulletin.Concerned(c.id(), c.name(), status.code(), status.label());
                })
            .toList();
    Instant postedAt = preview.postedAt();
    return new Bulletin(
        0,
        Bulletin.Subject.INCIDENT,
        preview.incident().id(),
        0,
        preview.publicTitle(),
        preview.status().name().toLowerCase(Locale.ROOT),
        preview.status().label(),
        preview.message(),
        postedAt,
        preview.nextUpdateAt(),
        null,
        null,
        components,
        URI.create(PublicUrl.base() + "/status"));
  }

  /**
   * GSM-7 text goes 160 characters to a segment, 153 once split; anything outside it (an emoji, a
   * dash the alphabet lacks) makes the whole message UCS-2, 70 and 67. Worth showing: a long SEV1
   * update to 5,000 phones is billed per segment.
   */
  static int smsSegments(String text) {
    boolean gsm = text.codePoints().allMatch(c -> GSM7.indexOf(c) >= 0 || ESCAPED.indexOf(c) >= 0);
    int single = gsm ? 160 : 70;
    int split = gsm ? 153 : 67;
    // In GSM-7 the escaped characters take two septets; in UCS-2, beyond the BMP takes two units.
    int length =
        gsm
            ? text.length() + (int) text.chars().filter(c -> ESCAPED.indexOf(c) >= 0).count()
            : text.length();
    return length <= single ? 1 : (length + split - 1) / split;
  }

  private static final String GSM7 =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
          + "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String ESCAPED = "^{}\\[~]|€\f";

  private static String indented(String json) {
    try {
      return INDENTED.writeValueAsString(INDENTED.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The webhook payload is JSON the fan-out itself wrote", e);
    }
  }
}
