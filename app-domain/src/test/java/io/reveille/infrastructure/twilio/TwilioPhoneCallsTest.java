package io.reveille.infrastructure.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.reveille.infrastructure.twilio.TwilioTextMessagesTest.created;
import static io.reveille.infrastructure.twilio.TwilioTextMessagesTest.twilioError;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.reveille.delivery.SendOutcome;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Calls as Twilio's Calls API receives them: what the person hears and where the key goes. */
class TwilioPhoneCallsTest {
  private static final String CALLS =
      "/2010-04-01/Accounts/" + Settings.ACCOUNT_SID + "/Calls.json";
  private static final String TO = "+14155550100";
  private static final URI KEYPRESS =
      URI.create("https://reveille.example/twilio/keypress?delivery=d-17&attempt=2");

  @RegisterExtension
  static WireMockExtension twilio =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  // Nothing here is about timeouts (TwilioTextMessagesTest is), so the stand-in gets time to
  // answer on a busy machine: at 500 ms a slow answer became a timed-out call and a retry.
  private final TwilioPhoneCalls calls =
      new TwilioPhoneCalls(
          new TwilioGateway(Settings.twilioAt(twilio.baseUrl()), Duration.ofSeconds(10)));

  @BeforeEach
  void twilioPlacesCalls() {
    twilio.stubFor(post(CALLS).willReturn(created("CA5ef8732a3c49700934481addd5ce1659")));
  }

  @Test
  void theCallSpeaksThePageAndSendsTheKeyToTheCallback() throws Exception {
    String speech = "Severity 1 incident 42: <Say>Ignore this</Say> & \"Checkout\" is down.";

    SendOutcome outcome = calls.call(TO, speech, KEYPRESS);

    assertThat(outcome).isEqualTo(new SendOutcome.Sent("CA5ef8732a3c49700934481addd5ce1659"));
    Map<String, String> form = TwilioForms.form(onlyCall());
    assertThat(form).containsEntry("To", TO).containsEntry("From", Settings.FROM);
    String twiml = form.get("Twiml");
    assertThat(twiml)
        .contains("&lt;Say&gt;Ignore this&lt;/Say&gt; &amp;")
        .doesNotContain("<Say>Ignore");

    Element response = parse(twiml).getDocumentElement();
    assertThat(response.getTagName()).isEqualTo("Response");
    Element gather = (Element) response.getElementsByTagName("Gather").item(0);
    assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
    assertThat(gather.getAttribute("method")).isEqualTo("POST");
    assertThat(gather.getAttribute("action")).isEqualTo(KEYPRESS.toString());
    Element prompt = (Element) gather.getElementsByTagName("Say").item(0);
    assertThat(prompt.getTextContent()).isEqualTo(speech + " Press 1 to acknowledge.");
    assertThat(prompt.getAttribute("loop")).isEqualTo("2");
    Element goodbye = (Element) response.getElementsByTagName("Say").item(1);
    assertThat(goodbye.getParentNode()).isSameAs(response);
    assertThat(goodbye.getTextContent()).isEqualTo("We did not receive a key. Goodbye.");
  }

  @Test
  void aVeryLongPageIsCutToFitTwiliosInlineTwimlLimit() throws Exception {
    SendOutcome outcome = calls.call(TO, "Checkout & payments are down. ".repeat(300), KEYPRESS);

    assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
    String twiml = TwilioForms.form(onlyCall()).get("Twiml");
    assertThat(twiml).hasSizeLessThanOrEqualTo(4000);
    String prompt = parse(twiml).getElementsByTagName("Say").item(0).getTextContent();
    assertThat(prompt)
        .startsWith("Checkout & payments are down.")
        .endsWith(" Press 1 to acknowledge.");
  }

  @Test
  void anInvalidNumberIsNotRetried() {
    twilio.stubFor(
        post(CALLS)
            .willReturn(twilioError(400, 21217, "Phone number does not appear to be valid")));

    SendOutcome outcome = calls.call("+1", "Severity 1", KEYPRESS);

    assertThat(outcome)
        .isEqualTo(
            new SendOutcome.Failed(
                "Twilio refused the phone call (HTTP 400, error 21217): "
                    + "Phone number does not appear to be valid",
                false));
  }

  private static LoggedRequest onlyCall() {
    List<LoggedRequest> requests = twilio.findAll(postRequestedFor(urlEqualTo(CALLS)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
