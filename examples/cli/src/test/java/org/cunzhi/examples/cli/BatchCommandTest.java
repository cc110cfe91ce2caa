package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch}: one output line for every input line, in order (CLI-v1). */
class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String STANDARD = "tianjin.demonstration-village";

  /** What the sample dossiers' complainants gave: it must appear in no output (S-6). */
  private static final List<String> COMPLAINANTS =
      List.of("王秀兰", "13900001234", "李建国", "13700005678");

  private static String taizi;
  private static String dongying;
  private static String xihe;
  private static String nantuo;

  @TempDir Path dir;

  /** A sample dossier minified to one line. */
  private static String line(String file) throws IOException {
    return MAPPER.readTree(Path.of(CliRun.dossier(file)).toFile()).toString();
  }

  @BeforeAll
  static void readSamples() throws IOException {
    taizi = line("taizi-2025.json");
    dongying = line("dongying-2025-fails.json");
    xihe = line("xihe-2025-inconclusive.json");
    nantuo = line("nantuo-2025-invalid.json");
  }

  private Path input(String content) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, content, StandardCharsets.UTF_8);
    return in;
  }

  private Path output() {
    return dir.resolve("out.jsonl");
  }

  private CliRun batch(Path in, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "batch",
                "--standard",
                STANDARD,
                "--in",
                in.toString(),
                "--out",
                output().toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private List<String> outputLines() throws IOException {
    String text = Files.readString(output(), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    return text.lines().toList();
  }

  private static JsonNode json(String line) throws IOException {
    return MAPPER.readTree(line);
  }

  @Test
  void batch_mixedLines_oneOutputLineForEachInOrder() throws IOException {
    Path in =
        input(String.join("\n", taizi, nantuo, "", dongying, "{not json", xihe, "   ") + "\n");
    CliRun run = batch(in);
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("7 行中有 4 行得到错误记录").doesNotContain("\tat ");
    List<String> lines = outputLines();
    assertThat(lines).hasSize(7);

    JsonNode first = json(lines.get(0));
    assertThat(first.get("format").asText()).isEqualTo("cunzhi.report/v1");
    assertThat(first.get("unit").get("name").asText()).isEqualTo("台子村");
    assertThat(first.get("verdict").asText()).isEqualTo("MEETS");

    JsonNode second = json(lines.get(1));
    assertThat(second.get("line").asInt()).isEqualTo(2);
    assertThat(second.get("errors").toString())
        .contains("/years/2/contraceptiveUsers: ")
        .contains("380")
        .contains("/instruments/0/adoption/votesFor: ");
    assertThat(second.get("errors")).hasSize(2);

    JsonNode third = json(lines.get(2));
    assertThat(third.get("line").asInt()).isEqualTo(3);
    assertThat(third.get("errors").get(0).asText()).startsWith("(document): blank line");

    JsonNode fourth = json(lines.get(3));
    assertThat(fourth.get("unit").get("name").asText()).isEqualTo("东营村");
    assertThat(fourth.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(fourth.get("vetoed").asBoolean()).isTrue();

    JsonNode fifth = json(lines.get(4));
    assertThat(fifth.get("line").asInt()).isEqualTo(5);
    assertThat(fifth.get("errors").get(0).asText()).startsWith("(document): ");

    JsonNode sixth = json(lines.get(5));
    assertThat(sixth.get("unit").get("name").asText()).isEqualTo("西河村");
    assertThat(sixth.get("verdict").asText()).isEqualTo("INCONCLUSIVE");

    JsonNode seventh = json(lines.get(6));
    assertThat(seventh.get("line").asInt()).isEqualTo(7);
    assertThat(seventh.get("errors").get(0).asText()).contains("blank line");
  }

  @Test
  void batch_everyLineValid_exitsZeroWithReportsAsEvaluateGivesThem() throws IOException {
    CliRun run = batch(input(taizi + "\n" + dongying + "\n"));
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.errBesideWarnings()).isEmpty();
    List<String> lines = outputLines();
    assertThat(lines).hasSize(2);
    CliRun evaluate =
        CliRun.of(
            "evaluate",
            "--format",
            "json",
            "--standard",
            STANDARD,
            CliRun.dossier("dongying-2025-fails.json"));
    assertThat(json(lines.get(1))).isEqualTo(MAPPER.readTree(evaluate.out()));
  }

  @Test
  void batch_lineEndings_crLfAndNoFinalNewlineAreLinesToo() throws IOException {
    CliRun run = batch(input(taizi + "\r\n" + xihe + "\r\n" + dongying));
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = outputLines();
    assertThat(lines).hasSize(3);
    assertThat(json(lines.get(2)).get("unit").get("name").asText()).isEqualTo("东营村");
  }

  @Test
  void batch_emptyInput_writesAnEmptyFileAndExitsZero() throws IOException {
    CliRun run = batch(input(""));
    assertThat(run.status()).isZero();
    assertThat(Files.size(output())).isZero();
  }

  @Test
  void batch_badUtf8InOneLine_isThatLinesErrorOnly() throws IOException {
    Path in = dir.resolve("in.jsonl");
    byte[] bad =
        "{\"format\":\"cunzhi.dossier/v1\",\"x\":\"\u00FF\"}".getBytes(StandardCharsets.ISO_8859_1);
    try (var out = Files.newOutputStream(in)) {
      out.write((taizi + "\n").getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write(("\n" + xihe + "\n").getBytes(StandardCharsets.UTF_8));
    }
    CliRun run = batch(in);
    assertThat(run.status()).isEqualTo(1);
    List<String> lines = outputLines();
    assertThat(lines).hasSize(3);
    assertThat(json(lines.get(1)).get("line").asInt()).isEqualTo(2);
    assertThat(json(lines.get(1)).get("errors").toString())
        .contains("\"/x: not UTF-8 (a bad byte in a string at line 1, column 36, byte offset 35)");
    assertThat(json(lines.get(2)).get("unit").get("name").asText()).isEqualTo("西河村");
  }

  @Test
  void batch_unpairedSurrogateEscapeInAName_isThatLinesErrorRecordAndTheOthersGoOn()
      throws IOException {
    // Such a name was read, printed as '?', and stopped the batch with a half-written line.
    ObjectNode bad = (ObjectNode) MAPPER.readTree(taizi);
    ((ObjectNode) bad.get("unit")).put("name", "@@NAME@@");
    String line = bad.toString().replace("@@NAME@@", "台\\uD800子");
    CliRun run = batch(input(String.join("\n", taizi, line, dongying, line, xihe) + "\n"));

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("5 行中有 2 行得到错误记录");
    List<String> lines = outputLines();
    assertThat(lines).hasSize(5);
    for (int i : List.of(1, 3)) {
      JsonNode record = json(lines.get(i));
      assertThat(record.get("line").asInt()).isEqualTo(i + 1);
      assertThat(record.get("errors")).hasSize(1);
      assertThat(record.get("errors").get(0).asText())
          .startsWith("/unit/name: not valid Unicode (an unpaired surrogate \\uD800");
    }
    assertThat(json(lines.get(4)).get("unit").get("name").asText()).isEqualTo("西河村");
  }

  @Test
  void batch_maxProblems_listsThatManyAndCountsTheRest() throws IOException {
    ObjectNode bad = (ObjectNode) MAPPER.readTree(taizi);
    for (int i = 0; i < 5; i++) {
      bad.put("unknown" + i, i);
    }
    CliRun run = batch(input(bad + "\n"), "--max-problems", "2");

    assertThat(run.status()).isEqualTo(1);
    JsonNode errors = json(outputLines().get(0)).get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).asText()).startsWith("/unknown0: unknown field");
    assertThat(errors.get(2).asText())
        .startsWith("(document): 3 more problems not listed (5 found)");
  }

  @Test
  void batch_maxDocumentBytes_isAlsoTheLongestLine() throws IOException {
    CliRun run = batch(input(taizi + "\n" + "{}" + "\n"), "--max-document-bytes", "500");

    assertThat(run.status()).isEqualTo(1);
    List<String> lines = outputLines();
    assertThat(json(lines.get(0)).get("errors").get(0).asText())
        .isEqualTo(
            "(document): line too long (more than 500 bytes) — expected one dossier of at most"
                + " 500 bytes");
    assertThat(json(lines.get(1)).get("errors").get(0).asText()).doesNotContain("too long");
  }

  @Test
  void batch_limitOutOfRange_isAUsageError() throws IOException {
    Path in = input(taizi + "\n");
    for (String[] option :
        List.of(
            new String[] {"--max-document-bytes", "0"},
            new String[] {"--max-depth", "1001"},
            new String[] {"--max-string-length", "0"},
            new String[] {"--max-problems", "10001"},
            new String[] {"--max-problems", "many"})) {
      CliRun run = batch(in, option);
      assertUsageError(run, option[0]);
      assertThat(output()).doesNotExist();
    }
  }

  // ---- whole lines ----------------------------------------------------------------------------

  private static String written(ThrowingConsumer<BatchCommand.WholeLines> writes)
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    BatchCommand.WholeLines lines = new BatchCommand.WholeLines(bytes);
    writes.accept(lines);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private interface ThrowingConsumer<T> {
    void accept(T value) throws IOException;
  }

  @Test
  void wholeLines_aRecord_isWrittenWithOneNewline() throws IOException {
    assertThat(written(lines -> lines.write(1, () -> "{\"a\":1}\n"))).isEqualTo("{\"a\":1}\n");
    assertThat(written(lines -> lines.write(1, () -> "{\"a\":1}"))).isEqualTo("{\"a\":1}\n");
  }

  @Test
  void encoded_isStrictUtf8_pairsPass_loneAndReversedSurrogatesFail() throws Exception {
    assertThat(BatchCommand.WholeLines.encoded("{\"a\":\"村\uD83D\uDE00\"}"))
        .isEqualTo("{\"a\":\"村\uD83D\uDE00\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(BatchCommand.WholeLines.encoded("x\n")).isEqualTo(new byte[] {'x', '\n'});
    for (String bad : List.of("\uD83D", "a\uD83Db", "\uDE00", "\uDE00\uD83D", "a\uD83D\n")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> BatchCommand.WholeLines.encoded(bad))
          .as(bad)
          .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }
    for (String twoLines : List.of("a\nb", "a\rb", "a\r\n", "\n\n")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> BatchCommand.WholeLines.encoded(twoLines))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void wholeLines_aRecordThatCannotBeMade_isAnErrorRecordAndNothingElse() throws IOException {
    String text =
        written(
            lines -> {
              lines.write(1, () -> "{\"a\":1}");
              lines.write(
                  2,
                  () -> {
                    throw new IllegalStateException("a bug while rendering");
                  });
              lines.write(3, () -> "{\"a\":\"\uD800\"}"); // cannot be encoded in UTF-8
              lines.write(4, () -> "{\"a\":\n1}"); // not one line
              lines.write(5, () -> "{\"a\":5}");
              assertThat(lines.failed()).isEqualTo(3);
            });

    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("{\"a\":1}");
    for (int i = 1; i <= 3; i++) {
      JsonNode record = json(lines.get(i));
      assertThat(record.get("line").asInt()).isEqualTo(i + 1);
      assertThat(record.get("errors").get(0).asText())
          .startsWith("(document): the report could not be written (")
          .doesNotContain("a bug while rendering");
    }
    assertThat(lines.get(4)).isEqualTo("{\"a\":5}");
  }

  /**
   * A plugin's text that is not valid Unicode (a lone surrogate) cannot be written as UTF-8: the
   * line is made into an error record when it is written, never a {@code ?} in the report.
   */
  @Test
  void made_aPluginTextWithALoneSurrogate_becomesAnErrorRecord() throws IOException {
    Reason broken = new Reason("test.broken", LocalizedText.of("坏\uD800", "bad\uDC00"));
    Standard standard =
        TestStandards.standard(
            "test.lone-surrogate",
            TestStandards.criterion("test.1", c -> CheckResult.pass(broken)));
    Assessor assessor = Assessor.of(StandardRegistry.of(List.of()));
    ReadResult read = DossierReader.create().tryRead(taizi);
    assertThat(read.dossier()).isPresent();

    for (Language language : Language.values()) {
      BatchCommand.Made made =
          BatchCommand.Made.of(7, read, assessor, standard, ReportWriter.create(language));
      assertThat(made.rejected()).isFalse();
      String text = written(lines -> lines.writeEncoded(7, made::bytes));

      JsonNode record = json(text.strip());
      assertThat(record.get("line").asInt()).isEqualTo(7);
      assertThat(record.get("errors").get(0).asText())
          .startsWith("(document): the report could not be written (MalformedInputException)");
      assertThat(text).doesNotContain("?").endsWith("}\n");
    }
  }

  @Test
  void validate_fieldNameWithANewline_staysOnOneLineOfStandardError() throws IOException {
    ObjectNode bad = (ObjectNode) MAPPER.readTree(taizi);
    bad.put("two\nlines", 1);
    Path file = dir.resolve("bad.json");
    Files.writeString(file, bad.toString(), StandardCharsets.UTF_8);

    CliRun run = CliRun.en("validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("/two\\u000alines: unknown field"));
  }

  @Test
  void batch_lineLongerThanADossierMayBe_isAnErrorRecordAndTheRestGoOn() throws IOException {
    String huge = " ".repeat(8 * 1024 * 1024 + 1);
    CliRun run = batch(input(taizi + "\n" + huge + "\n" + xihe + "\n"));
    assertThat(run.status()).isEqualTo(1);
    List<String> lines = outputLines();
    assertThat(lines).hasSize(3);
    assertThat(json(lines.get(1)).get("errors").get(0).asText()).contains("too long");
    assertThat(json(lines.get(2)).get("unit").get("name").asText()).isEqualTo("西河村");
  }

  @Test
  void batch_complainants_appearInNoOutput() throws IOException {
    ObjectNode reporterAsText = (ObjectNode) MAPPER.readTree(taizi);
    ((ObjectNode) reporterAsText.get("complaints").get(0)).put("reporter", "王秀兰 13900001234");
    ObjectNode invalidElsewhere = (ObjectNode) MAPPER.readTree(dongying);
    invalidElsewhere.put("privacyBreaches", -1);
    Path in =
        input(
            String.join(
                    "\n",
                    taizi,
                    dongying,
                    reporterAsText.toString(),
                    invalidElsewhere.toString(),
                    xihe)
                + "\n");
    for (String lang : List.of("zh", "en")) {
      CliRun run = batch(in, "--lang", lang);
      assertThat(run.status()).isEqualTo(1);
      String written = Files.readString(output(), StandardCharsets.UTF_8);
      assertThat(written.lines()).hasSize(5);
      assertThat(json(written.lines().toList().get(2)).has("errors")).isTrue();
      assertThat(json(written.lines().toList().get(3)).get("errors").toString())
          .contains("/privacyBreaches");
      for (String secret : COMPLAINANTS) {
        assertThat(written).doesNotContain(secret);
        assertThat(run.all()).doesNotContain(secret);
      }
    }
  }

  @Test
  void batch_twoThousandLines_givesTwoThousandLinesInOrder() throws IOException {
    List<String> samples = List.of(taizi, dongying, xihe);
    List<String> names = List.of("台子村", "东营村", "西河村");
    Path in = dir.resolve("big.jsonl");
    try (var writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= 2000; i++) {
        writer.write(i % 250 == 0 ? nantuo : samples.get(i % 3));
        writer.write('\n');
      }
    }
    CliRun run = batch(in);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("2000 行中有 8 行得到错误记录");
    List<String> lines = outputLines();
    assertThat(lines).hasSize(2000);
    for (int i = 1; i <= 2000; i++) {
      JsonNode node = json(lines.get(i - 1));
      if (i % 250 == 0) {
        assertThat(node.get("line").asInt()).isEqualTo(i);
      } else {
        assertThat(node.get("unit").get("name").asText())
            .as("line " + i)
            .isEqualTo(names.get(i % 3));
      }
    }
  }

  @Test
  void batch_sameInput_sameBytes() throws IOException {
    Path in = input(taizi + "\n\n" + dongying + "\n");
    batch(in);
    byte[] first = Files.readAllBytes(output());
    batch(in);
    assertThat(Files.readAllBytes(output())).isEqualTo(first);
  }

  @Test
  void batch_lang_choosesTheReportsLanguage() throws IOException {
    Path in = input(dongying + "\n");
    batch(in, "--lang", "en");
    String english = json(outputLines().get(0)).get("standard").get("title").asText();
    batch(in);
    String chinese = json(outputLines().get(0)).get("standard").get("title").asText();
    assertThat(english).isNotEqualTo(chinese).containsPattern("[A-Za-z]");
    assertThat(chinese).containsPattern("\\p{IsHan}");
  }

  private static void assertUsageError(CliRun run, String reason) {
    assertRefused(run, 2, reason);
  }

  /** Refused with {@code status}, a reason naming {@code reason} and a hint, in either language. */
  private static void assertRefused(CliRun run, int status, String reason) {
    assertThat(run.status()).as(run.err()).isEqualTo(status);
    assertThat(run.err()).contains(reason).containsAnyOf("Try ", "可运行 ").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void batch_unknownStandard_isAUsageErrorListingTheKnownOnes() throws IOException {
    Path in = input(taizi + "\n");
    CliRun run =
        CliRun.of(
            "batch",
            "--standard",
            "tianjin.nope",
            "--in",
            in.toString(),
            "--out",
            output().toString());
    assertUsageError(run, "tianjin.nope");
    assertThat(run.err()).contains(STANDARD);
    assertThat(output()).doesNotExist();
  }

  @Test
  void batch_missingInFile_isAFileProblemExitingOne() {
    CliRun run = batch(dir.resolve("no-such.jsonl"), "--lang", "en");
    assertRefused(run, 1, "no-such.jsonl");
    assertThat(run.err()).contains("does not exist");
    assertThat(output()).doesNotExist();
  }

  @Test
  void batch_eachRequiredOptionMissing_isAUsageError() throws IOException {
    String in = input(taizi + "\n").toString();
    String out = output().toString();
    assertUsageError(CliRun.of("batch", "--in", in, "--out", out), "--standard");
    assertUsageError(CliRun.of("batch", "--standard", STANDARD, "--out", out), "--in");
    assertUsageError(CliRun.of("batch", "--standard", STANDARD, "--in", in), "--out");
    assertThat(output()).doesNotExist();
  }

  @Test
  void batch_outSameAsIn_isAFileProblemAndLeavesTheInputAlone() throws IOException {
    Path in = input(taizi + "\n");
    CliRun run =
        CliRun.en("batch", "--standard", STANDARD, "--in", in.toString(), "--out", in.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("same file", "Try another file for --out.");
    assertThat(Files.readString(in, StandardCharsets.UTF_8)).isEqualTo(taizi + "\n");
  }

  @Test
  void batch_outInAMissingFolder_isAFileProblem() throws IOException {
    Path in = input(taizi + "\n");
    CliRun run =
        CliRun.en(
            "batch",
            "--standard",
            STANDARD,
            "--in",
            in.toString(),
            "--out",
            dir.resolve("nowhere").resolve("out.jsonl").toString());
    assertRefused(run, 1, "does not exist");
  }
}
