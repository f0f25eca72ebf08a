package io.reveille.infrastructure.mail;

import io.reveille.delivery.Mail;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import io.reveille.delivery.SendOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Plain-text e-mail in UTF-8. The outcome's reference is the Message-ID, which is what a mail
 * server's logs are searched by.
 */
@ApplicationScoped
public class ServerMail implements Mail {
  static final String DEFAULT_FROM = "reveille@localhost";
  private static final Logger LOG = Logger.getLogger(ServerMail.class);

  /** A line break in a subject would start a new header: {@code Bcc:} and the like. */
  private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

  @Resource(lookup = "java:jboss/mail/Default")
  Session session;

  @Inject ProviderSettings settings;

  public ServerMail() {}

  ServerMail(Session session, ProviderSettings settings) {
    this.session = session;
    this.settings = settings;
  }

  @Override
  public SendOutcome send(String to, String subject, String text) {
    InternetAddress from;
    try {
      from = new InternetAddress(fromSetting(), true);
    } catch (AddressException e) {
      return new SendOutcome.Failed("the mail From setting is not an e-mail address", false);
    }
    InternetAddress recipient;
    try {
      // Strict parsing takes one address; a list or a line break in it is refused.
      recipient = new InternetAddress(to == null ? "" : to.strip(), true);
    } catch (AddressException e) {
      return new SendOutcome.Failed("not an e-mail address: " + e.getMessage(), false);
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, recipient);
      message.setSubject(oneLine(subject), StandardCharsets.UTF_8.name());
      message.setText(text == null ? "" : text, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
      return new SendOutcome.Sent(message.getMessageID());
    } catch (SendFailedException e) {
      return refused(e);
    } catch (MessagingException e) {
      LOG.warnf("The mail server could not be reached: %s", e.getMessage());
      return new SendOutcome.Failed("could not reach the mail server: " + e.getMessage(), true);
    }
  }

  /**
   * The server named addresses it will never take (a 5xx to RCPT TO) as invalid, and those it could
   * not take now (a 4xx: mailbox busy, greylisting) as valid but unsent.
   */
  private static SendOutcome refused(SendFailedException e) {
    Address[] invalid = e.getInvalidAddresses();
    boolean permanent = invalid != null && invalid.length > 0;
    LOG.warnf("The mail server refused a message: %s", e.getMessage());
    return new SendOutcome.Failed(
        "the mail server refused the message: " + e.getMessage(), !permanent);
  }

  private String fromSetting() {
    return settings
        .value(ProviderSetting.MAIL_FROM)
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .orElse(DEFAULT_FROM);
  }

  static String oneLine(String subject) {
    return subject == null ? "" : BREAKS.matcher(subject).replaceAll(" ").strip();
  }
}
