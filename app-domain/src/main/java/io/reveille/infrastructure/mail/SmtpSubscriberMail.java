package io.reveille.infrastructure.mail;

import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import io.reveille.delivery.SendOutcome;
import io.reveille.subscriber.SubscriberMail;
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
import jakarta.mail.util.LineOutputStream;
import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Enumeration;
import org.jboss.logging.Logger;

/**
 * Subscriber e-mail over one SMTP connection per batch ({@link Transport} kept open), with the
 * one-click unsubscribe headers of RFC 8058 that mail providers show as an "Unsubscribe" button.
 */
@ApplicationScoped
public class SmtpSubscriberMail implements SubscriberMail {
  private static final Logger LOG = Logger.getLogger(SmtpSubscriberMail.class);
  public static final String NOTIFICATION_HEADER = "Reveille-Notification";

  @Resource(lookup = "java:jboss/mail/Default")
  Session session;

  @Inject ProviderSettings settings;

  public SmtpSubscriberMail() {}

  SmtpSubscriberMail(Session session, ProviderSettings settings) {
    this.session = session;
    this.settings = settings;
  }

  @Override
  public Batch open() {
    String from =
        settings
            .value(ProviderSetting.MAIL_FROM)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .orElse(ServerMail.DEFAULT_FROM);
    return new SmtpBatch(session, from);
  }

  /**
   * A subscriber's plain-text letter: its Message-ID chosen by Reveille, its body always
   * quoted-printable UTF-8, and written to the SMTP connection without looking up Jakarta Mail's
   * stream provider. Jakarta Mail 2.1 finds that provider through the ServiceLoader at every use,
   * twice per message, which searches every jar of the deployment: measured, over a third of the
   * CPU of sending a subscriber e-mail (jakartaee/mail-api#861). The session found it once; this
   * writes what {@code MimeMessage.writeTo} would, with the session's.
   */
  private static final class PlainTextLetter extends MimeMessage {
    private final String id;
    private final byte[] body;

    PlainTextLetter(Session session, String id, String text) throws MessagingException {
      super(session);
      this.id = id;
      this.body = text.getBytes(StandardCharsets.UTF_8);
      setText(text, StandardCharsets.UTF_8.name());
      // Named here, the encoding is not chosen by reading the whole text once more. Quoted-
      // printable keeps any text within SMTP's line limits, whatever the update says.
      setHeader("Content-Transfer-Encoding", "quoted-printable");
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList)
        throws IOException, MessagingException {
      if (!saved) {
        saveChanges();
      }
      StreamProvider streams = session.getStreamProvider();
      // As MimeMessage does: UTF-8 in headers only where the session allows it.
      LineOutputStream lines =
          streams.outputLineStream(
              os, Boolean.parseBoolean(session.getProperty("mail.mime.allowutf8")));
      Enumeration<String> headers = getNonMatchingHeaderLines(ignoreList);
      while (headers.hasMoreElements()) {
        lines.writeln(headers.nextElement());
      }
      lines.writeln();
      OutputStream encoded = streams.outputQP(os);
      encoded.write(body);
      encoded.flush();
    }
  }

  private static final class SmtpBatch implements Batch {
    private final Session session;
    private final String from;
    private Transport transport;

    SmtpBatch(Session session, String from) {
      this.session = session;
      this.from = from;
    }

    @Override
    public SendOutcome send(Letter letter) {
      InternetAddress sender;
      InternetAddress recipient;
      try {
        sender = new InternetAddress(from, true);
      } catch (AddressException e) {
        return new SendOutcome.Failed("the mail From setting is not an e-mail address", false);
      }
      try {
        recipient = new InternetAddress(letter.to() == null ? "" : letter.to().strip(), true);
      } catch (AddressException e) {
        return new SendOutcome.Failed("not an e-mail address: " + e.getMessage(), false);
      }
      try {
        MimeMessage message =
            new PlainTextLetter(session, messageId(letter, sender), letter.text());
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(ServerMail.oneLine(letter.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", "<" + letter.unsubscribe().toASCIIString() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // Bulk mail: vacation responders and the like stay quiet.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader(NOTIFICATION_HEADER, letter.notificationId());
        message.saveChanges();
        connected().sendMessage(message, message.getAllRecipients());
        return new SendOutcome.Sent(message.getMessageID());
      } catch (SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        boolean permanent = invalid != null && invalid.length > 0;
        return new SendOutcome.Failed(
            "the mail server refused the message: " + e.getMessage(), !permanent);
      } catch (MessagingException e) {
        LOG.warnf("The mail server could not be reached: %s", e.getMessage());
        close(); // the next letter opens a fresh connection
        return new SendOutcome.Failed("could not reach the mail server: " + e.getMessage(), true);
      }
    }

    /**
     * The notification id in the Message-ID, so a resent e-mail is recognisable in any mail log.
     * Also spares Jakarta Mail looking up the host name for every message it would otherwise number
     * itself (half the cost of building one, measured).
     */
    private static String messageId(Letter letter, InternetAddress sender) {
      String address = sender.getAddress();
      String domain = address.substring(address.indexOf('@') + 1);
      return "<" + letter.notificationId() + "." + System.nanoTime() + "@" + domain + ">";
    }

    private Transport connected() throws MessagingException {
      // Asking isConnected() would cost a NOOP round trip per letter; a failure closes instead.
      if (transport == null) {
        transport = session.getTransport("smtp");
        try {
          transport.connect();
        } catch (MessagingException e) {
          transport = null;
          throw e;
        }
      }
      return transport;
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // Closing a broken connection: nothing more to do.
        }
        transport = null;
      }
    }
  }
}
