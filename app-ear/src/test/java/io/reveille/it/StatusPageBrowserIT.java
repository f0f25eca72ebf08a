package io.reveille.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What a customer sees on the status page at each stage of an incident, in a real headless Chromium
 * (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them). Without
 * them the tests are skipped, saying so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusPageBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static WebDriver browser;
  private static Path profile;

  @Deployment(testable = false)
  static EnterpriseArchive reveille() {
    return ReveilleDeployment.ear();
  }

  @BeforeAll
  static void openBrowser() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "No headless browser here: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) to run the status page browser tests.");
    profile = Files.createTempDirectory("reveille-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void aCustomerFollowsAnIncidentFromNothingToResolved() {
    browser.manage().window().setSize(new Dimension(1280, 900));
    StatusStory story = StatusStory.begin("Storefront");
    String publicTitle = "Checkout errors " + story.suffix;
    String teamTitle = "Redis failover looped " + story.suffix;

    // Declared: the customer sees the component, operational, and no incident.
    story.declare(teamTitle);
    open("/status");
    assertThat(browser.getTitle()).endsWith("status");
    assertThat(componentStatus(story.component)).isEqualTo("Operational");
    assertThat(body()).doesNotContain(teamTitle).doesNotContain(publicTitle);

    // First public update: the incident, what the team says, the component degraded.
    story.postPublic(
        "investigating",
        publicTitle,
        "Some checkouts fail. We are investigating.",
        "partial_outage");
    open("/status");
    assertThat(banner()).isNotEqualTo("All Systems Operational");
    WebElement incident = incidentNamed(publicTitle);
    assertThat(incident.getText())
        .contains("Investigating")
        .contains("Some checkouts fail. We are investigating.")
        .contains(story.component + ": operational → partial outage");
    assertThat(componentStatus(story.component)).isEqualTo("Partial outage");
    assertThat(body()).doesNotContain(teamTitle);
    WebElement bar = componentRow(story.component).findElement(By.cssSelector("ol.bar"));
    assertThat(bar.getAttribute("aria-label"))
        .startsWith(story.component + ": ")
        .contains("uptime over the last 90 days");
    assertThat(bar.findElements(By.tagName("li"))).hasSize(90);

    // The incident's own page, reached by its link.
    incident.findElement(By.linkText(publicTitle)).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(publicTitle);
    assertThat(body()).contains("Affected components: " + story.component);

    // Resolved: operational again, and the incident in the past.
    story.postPublic("resolved", null, "Checkout works again.", "operational");
    open("/status");
    assertThat(componentStatus(story.component)).isEqualTo("Operational");
    assertThat(browser.findElements(By.cssSelector("article.incident")))
        .noneMatch(a -> a.getText().contains(publicTitle));
    assertThat(browser.findElement(By.id("past-heading")).findElement(By.xpath("..")).getText())
        .contains(publicTitle);

    browser.findElement(By.linkText("Incident history")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Incident history");
    assertThat(body()).contains(publicTitle).contains("Checkout works again.");
  }

  @Test
  void onAPhoneThePageFitsTheScreenAndStaysReadable() {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/status");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Number overflow =
        (Number)
            js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow.intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
    assertThat(browser.findElements(By.cssSelector("main#content, header, footer"))).hasSize(3);
    assertThat(browser.findElement(By.linkText("Subscribe to updates")).getAttribute("href"))
        .endsWith("/status/subscribe");
    List<WebElement> visibleDays =
        browser.findElements(By.cssSelector("ol.bar li")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    List<WebElement> bars = browser.findElements(By.cssSelector("ol.bar"));
    if (!bars.isEmpty()) {
      assertThat(visibleDays).hasSize(30 * bars.size());
    }
  }

  /**
   * Opens the page and reloads it, as a customer waiting for news does: the browser may keep a page
   * for 15 s (its max-age) without asking, and a reload revalidates it with its ETag.
   */
  private static void open(String path) {
    browser.get(ReveilleDeployment.BASE + path);
    browser.navigate().refresh();
  }

  private static String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private static String banner() {
    return browser.findElement(By.cssSelector(".banner h1")).getText();
  }

  private static WebElement componentRow(String name) {
    return browser.findElements(By.cssSelector("li.component")).stream()
        .filter(li -> li.findElement(By.cssSelector(".component-name")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not on the page: " + body()));
  }

  private static String componentStatus(String name) {
    return componentRow(name).findElement(By.cssSelector(".component-head .pill")).getText();
  }

  private static WebElement incidentNamed(String name) {
    return browser.findElements(By.cssSelector("article.incident")).stream()
        .filter(a -> a.findElement(By.tagName("h3")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not on the page: " + body()));
  }
}
