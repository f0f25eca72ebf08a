package io.reveille.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.reveille.delivery.ProviderSetting;
import io.reveille.delivery.ProviderSettings;
import io.reveille.delivery.SendOutcome;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail that arrives at a real SMTP server, as the recipient's mail client reads it. */
class ServerMailTest {
  private static final String ONCALL = "oncall@example.com";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final Map<ProviderSetting, String> settings = new EnumMap<>(ProviderSetting.class);
  private final ProviderSettings providerSettings =
      setting -> Optional.ofNullable(settings.get(setting));

  @Test
  void aPageArrivesAsPlainUtf8TextFromTheConfiguredAddress() throws Exception {
    settings.put(ProviderSetting.MAIL_FROM, "Reveille <pager@reveille.example>");
    String subject = "SEV1 INC-42: Paiement échoué 日本 ✓";
    String text = "Checkout is down in 日本.\nAcknowledge: https://reveille.example/ack/b1 ✓";

    SendOutcome outcome = mail().send(ONCALL, subject, text);

    MimeMessage received = onlyMessage();
    assertThat(outcome).isEqualTo(new SendOutcome.Sent(received.getMessageID()));
    assertThat(received.getFrom())
        .containsExactly(new InternetAddress("Reveille <pager@reveille.example>"));
    assertThat(received.getRecipients(Message.RecipientType.TO))
        .containsExactly(new InternetAddress(ONCALL));
    assertThat(received.getSubject()).isEqualTo(subject);
    assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(normalizedLineEnds((String) received.getContent())).isEqualTo(text);
  }

  @Test
  void withoutAFromSettingMailComesFromReveilleAtLocalhost() throws Exception {
    mail().send(ONCALL, "SEV3 INC-7", "Disk usage at 91%.");

    assertThat(onlyMessage().getFrom()).containsExactly(new InternetAddress("reveille@localhost"));
  }

  @Test
  void aLineBreakInTheSubjectCannotAddAHeader() throws Exception {
    mail().send(ONCALL, "SEV1 INC-42\r\nBcc: attacker@evil.example\r\n\r\nfake body", "Real body");

    MimeMessage received = onlyMessage();
    assertThat(received.getSubject()).isEqualTo("SEV1 INC-42 Bcc: attacker@evil.example fake body");
    assertThat(received.getHeader("Bcc")).isNull();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(normalizedLineEnds((String) received.getContent())).isEqualTo("Real body");
  }

  @Test
  void anAddressThatIsNotOneIsRefusedForGood() {
    for (String notOneAddress :
        new String[] {
          "not an address",
          "",
          "oncall@example.com, attacker@evil.example",
          "oncall@example.com\r\nBcc: attacker@evil.example"
        }) {
      SendOutcome outcome = mail().send(notOneAddress, "SEV1 INC-42", "Checkout is down");

      assertThat(outcome).as(notOneAddress).isInstanceOf(SendOutcome.Failed.class);
      assertThat(((SendOutcome.Failed) outcome).retryable()).as(notOneAddress).isFalse();
    }
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableMailServerIsRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SendOutcome outcome =
        new ServerMail(session(closedPort), providerSettings)
            .send(ONCALL, "SEV1 INC-42", "Checkout is down");

    assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
    assertThat(((SendOutcome.Failed) outcome).retryable()).isTrue();
  }

  private ServerMail mail() {
    return new ServerMail(session(smtp.getSmtp().getPort()), providerSettings);
  }

  private static Session session(int port) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "localhost");
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", "2000");
    return Session.getInstance(properties);
  }

  private static MimeMessage onlyMessage() {
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static String normalizedLineEnds(String text) {
    return text.replace("\r\n", "\n");
  }
}
