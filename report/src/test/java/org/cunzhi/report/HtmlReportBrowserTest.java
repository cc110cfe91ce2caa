package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample's HTML report in a real browser, headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs): it prints to a PDF of at least one A4 page, renders to a picture that
 * is not blank, shows the verdict, and nothing in it is wider than the page. Skipped where {@code
 * /usr/bin/chromium} is missing.
 *
 * <p>Overflow is seen without a script: the page is rendered in a window as wide as A4 (794 px at
 * 96 dpi) and tall enough for the whole report; the body's right padding (15 mm, 57 px) is empty
 * unless something is wider than the page, so the rightmost 20 columns of pixels must be white. The
 * bottom rows must be white too, or the report did not fit in the window and was not all seen.
 *
 * <p>With {@code -Dcunzhi.updateScreenshots=true} the first A4 page of each sample is saved to
 * {@code docs/screenshots/}, which {@code docs/cli.md} shows.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
  private static final int A4_WIDTH = 794;
  private static final int A4_HEIGHT = 1123;
  private static final int TALL = 16000;

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.TAIZI, Samples.DONGYING, Samples.XIHE})
  void chromium_sampleReport_printsRendersAndFitsTheWidth(String sample, @TempDir Path dir)
      throws Exception {
    EvaluationResult result = Samples.result(sample);
    String verdict = new ReportText(Language.ZH).verdict(result);
    Path html = dir.resolve("report.html");
    Files.writeString(
        html, ReportRenderer.html(Language.ZH).render(result), StandardCharsets.UTF_8);
    String url = html.toUri().toString();

    Path pdf = dir.resolve("report.pdf");
    chromium(dir, "pdf", "--print-to-pdf=" + pdf, "--no-pdf-header-footer", url);
    assertThat(pages(Files.readAllBytes(pdf))).as("PDF pages").isGreaterThanOrEqualTo(1);

    String dom = chromium(dir, "dom", "--dump-dom", url);
    assertThat(dom).contains("<span class=\"verdict " + result.verdict().name() + "\">" + verdict);
    assertThat(dom).contains("审核人：");

    Path page = dir.resolve("page.png");
    chromium(
        dir, "page", "--screenshot=" + page, "--window-size=" + A4_WIDTH + "," + A4_HEIGHT, url);
    BufferedImage first = ImageIO.read(page.toFile());
    assertThat(first.getWidth()).isEqualTo(A4_WIDTH);
    assertThat(inked(first, 0, first.getWidth(), 0, first.getHeight()))
        .as("ink on page 1")
        .isPositive();

    Path tall = dir.resolve("tall.png");
    chromium(dir, "tall", "--screenshot=" + tall, "--window-size=" + A4_WIDTH + "," + TALL, url);
    BufferedImage whole = ImageIO.read(tall.toFile());
    int w = whole.getWidth();
    int h = whole.getHeight();
    assertThat(inked(whole, 0, w, 0, h)).as("ink in the report").isPositive();
    assertThat(inked(whole, w - 20, w, 0, h)).as("ink in the right margin: too wide").isZero();
    assertThat(inked(whole, 0, w, h - 200, h))
        .as("ink at the bottom: the window was too short")
        .isZero();

    if (Boolean.getBoolean("cunzhi.updateScreenshots")) {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(
          page,
          SCREENSHOTS.resolve(sample.replace(".json", ".png")),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Runs headless Chromium with its own new profile; returns what it printed on standard output.
   */
  private static String chromium(Path dir, String name, String... args)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile-" + name));
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish: " + command);
    }
    assertThat(p.exitValue())
        .as("chromium %s: %s", command, Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The pages of a PDF: its {@code /Type /Page} objects ({@code /Pages} is the tree). */
  static int pages(byte[] pdf) {
    Matcher m =
        Pattern.compile("/Type\\s*/Page(?![A-Za-z])")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** How many pixels in the box are not white (each channel at most 250). */
  static long inked(BufferedImage image, int x0, int x1, int y0, int y1) {
    long n = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 250 || ((rgb >> 8) & 0xff) < 250 || (rgb & 0xff) < 250) {
          n++;
        }
      }
    }
    return n;
  }
}
