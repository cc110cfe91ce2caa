package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven by its chromedriver. Uploads a
 * sample through the form, finds its verdict on the district's page and follows the link to its
 * report. Skipped when chromedriver is not installed ({@code .ci/run} installs it).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class BrowserTest {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  static WebDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    String dir = Files.createTempDirectory("cunzhi-browser-").toString();
    registry.add("cunzhi.data-dir", () -> dir);
  }

  @BeforeAll
  static void startBrowser() {
    assumeTrue(Files.isExecutable(DRIVER), DRIVER + " is missing: install chromium-driver");
    assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: install chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void upload_showsTheVerdict_andLinksToTheReport() {
    browser.get("http://127.0.0.1:" + port + "/upload");
    File sample = Samples.path(Samples.DONGYING).toAbsolutePath().normalize().toFile();
    browser.findElement(By.id("dossier")).sendKeys(sample.getPath());
    browser.findElement(By.id("submit")).click();

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#units tr[data-code='120119105202']")));
    assertThat(browser.getCurrentUrl()).contains("/districts/120119");
    assertThat(browser.findElement(By.id("stored")).getText()).contains("东营村", "未达到标准");
    assertThat(row.getText()).contains("东营村", "未达到标准", "一票否决");
    assertThat(browser.findElement(By.id("quota")).getText()).contains("1");

    row.findElement(By.linkText("报告")).click();

    // the report module's A4 document: the verdict in the summary, each criterion a section
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span.verdict")));
    assertThat(browser.getTitle()).contains("东营村");
    assertThat(browser.findElement(By.cssSelector("span.verdict.DOES_NOT_MEET")).getText())
        .contains("不达标");
    assertThat(browser.findElement(By.cssSelector("section.summary")).getText())
        .contains("东营村", "一票否决");
    WebElement criterion =
        browser.findElement(
            By.xpath(
                "//section[contains(@class, 'criterion')]"
                    + "[.//code[normalize-space() = 'tianjin.village.9']]"));
    assertThat(criterion.findElement(By.cssSelector("span.outcome.FAIL")).getText())
        .contains("未通过");
    assertThat(browser.findElement(By.cssSelector("section.signature")).getText()).isNotBlank();
  }

  @Test
  void upload_ofAnInvalidDossier_listsItsProblemsWithTheirPointers() {
    browser.get("http://127.0.0.1:" + port + "/upload");
    File sample = Samples.path(Samples.NANTUO).toAbsolutePath().normalize().toFile();
    browser.findElement(By.id("dossier")).sendKeys(sample.getPath());
    browser.findElement(By.id("submit")).click();

    WebElement problems =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
    assertThat(problems.getText())
        .contains("/years/2/contraceptiveUsers", "/instruments/0/adoption/votesFor");
  }
}
