package io.reveille.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.SendOutcome;
import io.reveille.subscriber.SubscriberMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Subscriber e-mail as it arrives at a real SMTP server and a mail client reads it. */
class SmtpSubscriberMailTest {
  private static final URI UNSUBSCRIBE =
      URI.create("https://status.example/status/subscription/unsubscribe/u42.0.abc");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpSubscriberMail mail;

  @BeforeEach
  void mailServer() {
    mail =
        new SmtpSubscriberMail(
            session(smtp.getSmtp().getPort()),
            setting ->
                setting == ProviderSetting.MAIL_FROM
                    ? Optional.of("Acme Status <status@acme.example>")
                    : Optional.empty());
  }

  @Test
  void lettersOfOneBatchArriveWithTheirTextHeadersAndUnsubscribeLink() throws Exception {
    String subject = "[Identified] Paiement échoué — 日本";
    // Longer than a mail line may be, with characters outside ASCII and the link at the end.
    String text =
        "Paiement échoué — Identified\n\n"
            + "Les paiements échouent ✓ ".repeat(60)
            + "\n\nUnsubscribe: "
            + UNSUBSCRIBE
            + "\n";

    SendOutcome first;
    SendOutcome second;
    try (SubscriberMail.Batch batch = mail.open()) {
      first = batch.send(letter("reader1@example.com", subject, text, "7-1"));
      second = batch.send(letter("reader2@example.com", subject, text, "7-2"));
    }

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage one = received[0];
    assertThat(first).isEqualTo(new SendOutcome.Sent(one.getMessageID()));
    assertThat(second).isEqualTo(new SendOutcome.Sent(received[1].getMessageID()));
    assertThat(one.getMessageID()).startsWith("<7-1.").endsWith("@acme.example>");
    assertThat(one.getFrom())
        .containsExactly(new InternetAddress("Acme Status <status@acme.example>"));
    assertThat(one.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress("reader1@example.com"));
    assertThat(received[1].getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress("reader2@example.com"));
    assertThat(one.getSubject()).isEqualTo(subject);
    assertThat(one.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(one.getEncoding()).isEqualTo("quoted-printable");
    assertThat(readerSees(one)).isEqualTo(text.stripTrailing());
    assertThat(one.getHeader("List-Unsubscribe")).containsExactly("<" + UNSUBSCRIBE + ">");
    assertThat(one.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    assertThat(one.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(one.getHeader(SmtpSubscriberMail.NOTIFICATION_HEADER)).containsExactly("7-1");
    assertThat(one.getHeader("Bcc")).isNull();
  }

  @Test
  void anAsciiLetterArrivesUnchanged() throws Exception {
    String text = "All systems operational.\nUnsubscribe: " + UNSUBSCRIBE + "\n";

    try (SubscriberMail.Batch batch = mail.open()) {
      batch.send(letter("reader@example.com", "[Resolved] Checkout", text, "8-1"));
    }

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("[Resolved] Checkout");
    assertThat(readerSees(received)).isEqualTo(text.stripTrailing());
  }

  /** The text as a mail client shows it; the line break ending a message is SMTP's own. */
  private static String readerSees(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n").stripTrailing();
  }

  private static SubscriberMail.Letter letter(
      String to, String subject, String text, String notificationId) {
    return new SubscriberMail.Letter(to, subject, text, UNSUBSCRIBE, notificationId);
  }

  private static Session session(int port) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "localhost");
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", "2000");
    return Session.getInstance(properties);
  }
}
