package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DOMAIN S-6 in every report format: whatever a complainant's record in a dossier holds (a name, a
 * phone number, under any key or nesting) appears in no output of {@code evaluate}, be it text,
 * JSON, Markdown or HTML, in either language, nor on standard error.
 */
class ReportPrivacyProperties {
  private static final String REPORTER =
      """
      "reporter": {
              "name": "王秀兰",
              "phone": "13900001234"
            }""";
  private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  /** Shapes a reporter's record can take in a valid dossier, each holding the canary. */
  enum Shape {
    NAME_AND_PHONE,
    CANARY_AS_KEY,
    NESTED,
    ARRAY_INSIDE
  }

  @Provide
  Arbitrary<String> canaries() {
    Arbitrary<String> latin =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .ofMinLength(6)
            .ofMaxLength(16)
            .map(s -> "CANARY" + s);
    Arbitrary<String> chinese =
        Arbitraries.strings()
            .withCharRange('\u4e00', '\u9fa5')
            .ofMinLength(2)
            .ofMaxLength(4)
            .map(s -> "金丝雀" + s);
    Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(10).map(s -> "1" + s);
    return Arbitraries.oneOf(latin, chinese, phones);
  }

  private static String reporter(Shape shape, String canary) {
    String q = "\"" + canary + "\"";
    return "\"reporter\": "
        + switch (shape) {
          case NAME_AND_PHONE -> "{\"name\": " + q + ", \"phone\": " + q + "}";
          case CANARY_AS_KEY -> "{" + q + ": true}";
          case NESTED -> "{\"contact\": {\"who\": [" + q + "], \"note\": " + q + "}}";
          case ARRAY_INSIDE -> "{\"names\": [" + q + ", {\"phone\": " + q + "}]}";
        };
  }

  private static Path dossier(String json) {
    try {
      Path file = Files.createTempFile("cunzhi-privacy-", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String taizi() {
    try {
      return Files.readString(CliRun.DOSSIERS.resolve("taizi-2025.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates {@code json} in every format, in {@code lang}: what each run printed. */
  private static List<CliRun> everyFormat(String json, String lang) throws IOException {
    Path file = dossier(json);
    try {
      return FORMATS.stream()
          .map(f -> CliRun.of("evaluate", "--format", f, "--lang", lang, file.toString()))
          .toList();
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 40)
  void evaluate_anyReporter_neverShownInAnyFormat(
      @ForAll("canaries") String canary, @ForAll Shape shape, @ForAll boolean english)
      throws IOException {
    String json = taizi().replace(REPORTER, reporter(shape, canary));
    assertThat(json).contains(canary);

    List<CliRun> runs = everyFormat(json, english ? "en" : "zh");

    assertThat(runs)
        .allSatisfy(
            run -> {
              assertThat(run.status()).as(run.err()).isZero();
              assertThat(run.out()).contains("120119105201").doesNotContain(canary);
              assertThat(run.err()).doesNotContain(canary);
            });
  }

  /** Shows that the check above can fail: a canary in the unit's name is in every format. */
  @Property(tries = 10)
  void evaluate_canaryInTheUnitName_shownInEveryFormat(@ForAll("canaries") String canary)
      throws IOException {
    String json = taizi().replace("\"name\": \"台子村\"", "\"name\": \"" + canary + "\"");

    assertThat(everyFormat(json, "zh"))
        .hasSize(FORMATS.size())
        .allSatisfy(run -> assertThat(run.out()).contains(canary));
  }
}
