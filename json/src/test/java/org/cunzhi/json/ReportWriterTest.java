package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static EvaluationResult result(@Nullable ScoreCard card) {
    CriterionResult v9 =
        new CriterionResult(
            "tianjin.village.9",
            LocalizedText.of("避孕与生育", "contraception and births"),
            Outcome.FAIL,
            true,
            false,
            LegalReference.of("plan", "2025", "item 9"),
            List.of(
                new Reason("k", LocalizedText.of("理由", "reason")),
                Messages.core()
                    .reason(
                        "rate.not-met",
                        "2024",
                        Messages.core().text("label.contraceptive-rate"),
                        "89.33",
                        318,
                        356,
                        ">= 90%")),
            List.of(
                new Measure(
                    "contraceptive-rate",
                    LocalizedText.of("综合避孕率", "contraceptive rate"),
                    2024,
                    Rate.of(318, 356),
                    Threshold.atLeastPercent(90)),
                new Measure(
                    "policy-compliant-birth-rate",
                    LocalizedText.of("符合政策生育率", "policy-compliant birth rate"),
                    2023,
                    Rate.of(0, 0),
                    Threshold.all())),
            List.of(
                new Remedy(
                    Remedy.Kind.INCREASE_COUNT,
                    "contraceptiveUsers",
                    2024,
                    null,
                    3,
                    LocalizedText.of("再有 3 名", "3 more users"))),
            Map.of("window-years", "3"));
    return new EvaluationResult(
        "tianjin.demonstration-village",
        "2025",
        LocalizedText.of("示范村", "demonstration village"),
        "sha256:00",
        Unit.of(DivisionCode.parse("120119105202"), "东营村", UnitKind.VILLAGE),
        2025,
        Verdict.DOES_NOT_MEET,
        false,
        List.of(v9),
        List.of(),
        card);
  }

  /** The only criterion of {@link #result}'s report, in English. */
  private static JsonNode criterion() throws Exception {
    return MAPPER
        .readTree(ReportWriter.create(Language.EN).write(result(null)))
        .get("criteria")
        .get(0);
  }

  private static JsonNode measure(int index) throws Exception {
    return criterion().get("measures").get(index);
  }

  @Test
  void write_reasonsCarryKeyAndArgumentsBesideTheProse() throws Exception {
    JsonNode v9 = criterion();
    assertThat(v9.get("reasons").get(1).asText()).contains("318/356");
    JsonNode literal = v9.get("reasonCodes").get(0);
    assertThat(literal.get("key").asText()).isEqualTo("k");
    assertThat(literal.get("bundle").isNull()).isTrue();
    JsonNode code = v9.get("reasonCodes").get(1);
    assertThat(code.get("bundle").asText()).isEqualTo("/org/cunzhi/core/messages");
    assertThat(code.get("key").asText()).isEqualTo("rate.not-met");
    JsonNode args = code.get("args");
    assertThat(args.get(0).asText()).isEqualTo("2024");
    assertThat(args.get(1).get("key").asText()).isEqualTo("label.contraceptive-rate");
    assertThat(args.get(3).isNumber()).isTrue();
    assertThat(args.get(3).asLong()).isEqualTo(318);
  }

  @Test
  void write_noMissedPeriod_isAnEmptyArray() throws Exception {
    JsonNode missed = criterion().get("missed");
    assertThat(missed.isArray()).isTrue();
    assertThat(missed).isEmpty();
  }

  @Test
  void write_missedPeriods_eachWithPeriodAndWhatInTheReportsLanguage() throws Exception {
    EvaluationResult r = result(null);
    CriterionResult c =
        r.criteria()
            .get(0)
            .withMissed(
                List.of(
                    new Missed("2025-03", Messages.core().text("period.month", "2025", "3")),
                    new Missed("2025-Q2", Messages.core().text("period.quarter.2", "2025"))));
    EvaluationResult withMissed =
        new EvaluationResult(
            r.standardId(),
            r.standardVersion(),
            r.standardTitle(),
            r.fingerprint(),
            r.unit(),
            r.assessmentYear(),
            r.verdict(),
            r.vetoed(),
            List.of(c),
            List.of());
    JsonNode missed =
        MAPPER
            .readTree(ReportWriter.create(Language.EN).write(withMissed))
            .get("criteria")
            .get(0)
            .get("missed");
    assertThat(missed).hasSize(2);
    assertThat(missed.get(0).get("period").asText()).isEqualTo("2025-03");
    assertThat(missed.get(0).get("what").asText()).isEqualTo("2025-3");
    assertThat(missed.get(1).get("period").asText()).isEqualTo("2025-Q2");
    assertThat(missed.get(1).get("what").asText()).isEqualTo("Q2 2025");
  }

  @Test
  void write_measureCarriesItsLabelInTheReportsLanguage() throws Exception {
    assertThat(measure(0).get("label").asText()).isEqualTo("contraceptive rate");
  }

  @Test
  void write_followsTheContractsFieldOrder() throws Exception {
    JsonNode report = MAPPER.readTree(ReportWriter.create(Language.ZH).write(result(null)));
    assertThat(report.fieldNames())
        .toIterable()
        .startsWith(
            "format",
            "standard",
            "unit",
            "assessmentYear",
            "verdict",
            "vetoed",
            "score",
            "grade",
            "criteria");
    assertThat(report.get("format").asText()).isEqualTo("cunzhi.report/v1");
    assertThat(report.get("score").isNull()).isTrue();
    assertThat(report.get("grade").isNull()).isTrue();
    JsonNode criterion = report.get("criteria").get(0);
    assertThat(criterion.fieldNames())
        .toIterable()
        .startsWith("id", "outcome", "veto", "reference", "reasons", "measures", "missed");
    assertThat(criterion.get("reasons").get(0).asText()).isEqualTo("理由");
  }

  @Test
  void write_criterionVeto_saysWhetherItFiredNotWhetherItCouldFire() throws Exception {
    JsonNode v9 = criterion();
    assertThat(v9.get("veto").asBoolean()).isFalse();
    assertThat(v9.get("carriesVeto").asBoolean()).isTrue();
  }

  @Test
  void write_measureCarriesExactFiguresIntervalAndGap() throws Exception {
    JsonNode m = measure(0);
    assertThat(m.get("numerator").asLong()).isEqualTo(318);
    assertThat(m.get("denominator").asLong()).isEqualTo(356);
    assertThat(m.get("percent").asText()).isEqualTo("89.33");
    assertThat(m.get("threshold").asText()).isEqualTo(">= 90%");
    assertThat(m.get("gap").asLong()).isEqualTo(3);
    assertThat(m.get("wilson95").get(0).asText()).isEqualTo("85.69");
    assertThat(m.get("wilson95").get(1).asText()).isEqualTo("92.12");
  }

  @Test
  void write_undefinedRate_hasNoPercentIntervalOrGap() throws Exception {
    JsonNode m = measure(1);
    assertThat(m.get("denominator").asLong()).isZero();
    assertThat(m.get("percent").isNull()).isTrue();
    assertThat(m.get("wilson95").isNull()).isTrue();
    assertThat(m.get("gap").isNull()).isTrue();
  }

  private static final Grade ADVANCED = Grade.of("advanced", "先进村", "advanced village", "75");
  private static final Grade DEMONSTRATION =
      Grade.of("demonstration", "示范村", "demonstration village", "90");

  private static ScoreCard card(Fraction low, Fraction high) {
    Span score = Span.of(low, high);
    return new ScoreCard(
        score,
        Fraction.HUNDRED,
        score,
        List.of(),
        score,
        ADVANCED,
        high.compareTo(Fraction.of(90, 1)) >= 0 ? DEMONSTRATION : ADVANCED,
        false,
        List.of());
  }

  @Test
  void write_scoreIsAnInterval_lowEqualsHighWhenNothingIsMissing() throws Exception {
    JsonNode report =
        MAPPER.readTree(
            ReportWriter.create(Language.EN)
                .write(result(card(Fraction.of(175, 2), Fraction.of(175, 2)))));
    assertThat(report.get("score").get("low").asText()).isEqualTo("87.50");
    assertThat(report.get("score").get("high").asText()).isEqualTo("87.50");
    assertThat(report.get("grade").asText()).isEqualTo("ADVANCED");
    assertThat(report.get("gradeTitle").asText()).isEqualTo("advanced village");
  }

  @Test
  void write_scoreInterval_roundedHalfUp_gradeInconclusive() throws Exception {
    // 86.375 and 98.385 are shown 86.38 and 98.39 (half up)
    JsonNode report =
        MAPPER.readTree(
            ReportWriter.create(Language.EN)
                .write(result(card(Fraction.of(86375, 1000), Fraction.of(98385, 1000)))));
    assertThat(report.get("score").get("low").asText()).isEqualTo("86.38");
    assertThat(report.get("score").get("high").asText()).isEqualTo("98.39");
    assertThat(report.get("grade").asText()).isEqualTo("INCONCLUSIVE");
    assertThat(report.get("gradeTitle").isNull()).isTrue();
  }

  @Test
  void write_sameResult_sameBytes() {
    ReportWriter writer = ReportWriter.create(Language.ZH);
    assertThat(writer.write(result(null))).isEqualTo(writer.write(result(null)));
    assertThat(writer.writeAll(List.of(result(null), result(null))))
        .startsWith("[")
        .endsWith("]\n");
  }

  @Test
  void write_remedyIsData() throws Exception {
    JsonNode remedy = criterion().get("remedies").get(0);
    assertThat(remedy.get("kind").asText()).isEqualTo("INCREASE_COUNT");
    assertThat(remedy.get("year").asInt()).isEqualTo(2024);
    assertThat(remedy.get("quarter").isNull()).isTrue();
    assertThat(remedy.get("amount").asLong()).isEqualTo(3);
    assertThat(remedy.get("text").asText()).isEqualTo("3 more users");
  }

  @Test
  void writeLine_isTheSameReportOnOneLine() throws Exception {
    ReportWriter writer = ReportWriter.create(Language.ZH);
    String line = writer.writeLine(result(card(Fraction.of(175, 2), Fraction.of(175, 2))));
    assertThat(line).endsWith("}\n");
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    assertThat(line).doesNotContain("\r");
    assertThat(MAPPER.readTree(line))
        .isEqualTo(
            MAPPER.readTree(writer.write(result(card(Fraction.of(175, 2), Fraction.of(175, 2))))));
  }

  @Test
  void writeLine_lineBreakInText_isEscaped() throws Exception {
    EvaluationResult withBreaks = withReason(LocalizedText.of("第一行\n第二行", "first\r\nsecond"));
    String line = ReportWriter.create(Language.EN).writeLine(withBreaks);
    assertThat(line.lines()).hasSize(1);
    assertThat(line.indexOf('\r')).isEqualTo(-1);
    assertThat(MAPPER.readTree(line).get("criteria").get(0).get("reasons").get(0).asText())
        .isEqualTo("first\r\nsecond");
  }

  /** One, two, three and four bytes a character; the two halves of a pair make one character. */
  @Test
  void writeLineUtf8_everyLengthOfCharacter_isTheLineInUtf8() throws Exception {
    for (String text : List.of("plain", "é and ß", "台子村", "a\uD83D\uDE00b", "\uD840\uDC00")) {
      EvaluationResult r = withReason(LocalizedText.of(text, text));
      ReportWriter writer = ReportWriter.create(Language.EN);
      byte[] bytes = writer.writeLineUtf8(r);
      assertThat(bytes).isEqualTo(writer.writeLine(r).getBytes(StandardCharsets.UTF_8));
      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(text);
    }
  }

  /**
   * Escapes take more room than a character's three bytes: a long text of them among Chinese
   * characters outgrows what was set aside for it, and the buffer grows as it goes.
   */
  @Test
  void writeLineUtf8_longTextOfEscapes_growsTheBuffer() throws Exception {
    String text = "\u0001中\"".repeat(20_000);
    EvaluationResult r = withReason(LocalizedText.of(text, text));
    ReportWriter writer = ReportWriter.create(Language.ZH);
    assertThat(writer.writeLineUtf8(r))
        .isEqualTo(writer.writeLine(r).getBytes(StandardCharsets.UTF_8));
    assertThat(writer.writeLine(r)).contains("\\u0001中\\\"\\u0001");
  }

  /** A lone or reversed surrogate cannot be UTF-8: refused, not written as {@code ?}. */
  @Test
  void writeLineUtf8_loneOrReversedSurrogate_isRefused() {
    for (String text : List.of("\uD800", "x\uDC00", "\uDE00\uD83D", "end\uD83D")) {
      EvaluationResult r = withReason(LocalizedText.of(text, text));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ReportWriter.create(Language.EN).writeLineUtf8(r))
          .isInstanceOf(java.nio.charset.MalformedInputException.class);
    }
  }

  /**
   * The writer keeps the bytes of literal pieces and references by identity; one holding a lone
   * surrogate is never kept, so the same text is refused the second time too.
   */
  @Test
  void writeLineUtf8_sameLoneSurrogateTextTwice_isRefusedBothTimes() {
    EvaluationResult r = withReason(LocalizedText.of("整整\uD800齐齐", "whole\uD800text"));
    ReportWriter writer = ReportWriter.create(Language.EN);
    assertRefusedTwice(writer, r);
    // and a valid report written after it is not refused for what came before
    assertThat(new String(writeUtf8(writer, result(null)), StandardCharsets.UTF_8))
        .isEqualTo(TreeReportWriter.create(Language.EN).writeLine(result(null)));
  }

  /** A reference with a lone surrogate is refused every time as well. */
  @Test
  void writeLineUtf8_referenceWithLoneSurrogate_isRefusedEveryTime() {
    EvaluationResult plain = result(null);
    CriterionResult c = plain.criteria().get(0);
    LegalReference bad = LegalReference.of("plan\uDC00", "2025", "item 9");
    EvaluationResult r = withCriterion(plain, c, bad, c.reasons());
    ReportWriter writer = ReportWriter.create(Language.ZH);
    assertRefusedTwice(writer, r);
  }

  /** A reason's key with a lone surrogate is refused every time, though keys are kept. */
  @Test
  void writeLineUtf8_keyWithLoneSurrogate_isRefusedEveryTime() {
    EvaluationResult plain = result(null);
    CriterionResult c = plain.criteria().get(0);
    EvaluationResult r =
        withCriterion(
            plain,
            c,
            c.reference(),
            List.of(new Reason("key\uD800", LocalizedText.of("一条理由", "a reason"))));
    ReportWriter writer = ReportWriter.create(Language.ZH);
    assertRefusedTwice(writer, r);
  }

  /**
   * One string both a reason's key (written quoted) and its literal text (written inside the
   * reason's quotes): each place has its own bytes, in the first report and the next.
   */
  @Test
  void writeLineUtf8_sameStringAsKeyAndAsText_eachPlaceItsOwnBytes() {
    String same = "同一个 \"string\" \\ here";
    EvaluationResult plain = result(null);
    CriterionResult c = plain.criteria().get(0);
    EvaluationResult r =
        withCriterion(
            plain, c, c.reference(), List.of(new Reason(same, LocalizedText.of(same, same))));
    ReportWriter writer = ReportWriter.create(Language.ZH);
    String expected = TreeReportWriter.create(Language.ZH).writeLine(r);
    for (int i = 0; i < 2; i++) {
      assertThat(new String(writeUtf8(writer, r), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  /**
   * More texts than the writer keeps: every report is still what the tree writer writes, those
   * written before the kept pieces were emptied and after, and the first one again at the end.
   */
  @Test
  void writeLineUtf8_moreLiteralTextsThanKept_eachStillItsOwnBytes() {
    ReportWriter writer = ReportWriter.create(Language.ZH);
    TreeReportWriter tree = TreeReportWriter.create(Language.ZH);
    List<EvaluationResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String text = "第" + i + "条理由，写得足够长";
      EvaluationResult plain = result(null);
      CriterionResult c = plain.criteria().get(0);
      results.add(
          withCriterion(
              plain,
              c,
              LegalReference.of("方案" + i, "2025", "item " + i),
              List.of(new Reason("k", LocalizedText.of(text, text)))));
    }
    for (EvaluationResult r : results) {
      assertThat(new String(writeUtf8(writer, r), StandardCharsets.UTF_8))
          .isEqualTo(tree.writeLine(r));
    }
    for (EvaluationResult r : List.of(results.get(0), results.get(4_999), results.get(0))) {
      assertThat(new String(writeUtf8(writer, r), StandardCharsets.UTF_8))
          .isEqualTo(tree.writeLine(r));
    }
  }

  /** {@code r} is refused by {@code writer} as not UTF-8, and refused again the second time. */
  private static void assertRefusedTwice(ReportWriter writer, EvaluationResult r) {
    for (int i = 0; i < 2; i++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.writeLineUtf8(r))
          .isInstanceOf(java.nio.charset.MalformedInputException.class);
    }
  }

  private static byte[] writeUtf8(ReportWriter writer, EvaluationResult r) {
    try {
      return writer.writeLineUtf8(r);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code plain} with its criterion {@code c} given {@code reference} and {@code reasons}. */
  private static EvaluationResult withCriterion(
      EvaluationResult plain, CriterionResult c, LegalReference reference, List<Reason> reasons) {
    CriterionResult changed =
        new CriterionResult(
            c.id(),
            c.title(),
            c.outcome(),
            c.carriesVeto(),
            c.vetoed(),
            reference,
            reasons,
            c.measures(),
            c.remedies(),
            c.parameters());
    return new EvaluationResult(
        plain.standardId(),
        plain.standardVersion(),
        plain.standardTitle(),
        plain.fingerprint(),
        plain.unit(),
        plain.assessmentYear(),
        plain.verdict(),
        plain.vetoed(),
        List.of(changed),
        plain.notes());
  }

  /** The test result with its first criterion's reasons replaced by one giving {@code text}. */
  private static EvaluationResult withReason(LocalizedText text) {
    EvaluationResult plain = result(null);
    CriterionResult c = plain.criteria().get(0);
    return withCriterion(plain, c, c.reference(), List.of(new Reason("k", text)));
  }

  @Test
  void writeLine_sameResult_sameBytes() {
    ReportWriter writer = ReportWriter.create(Language.EN);
    assertThat(writer.writeLine(result(null))).isEqualTo(writer.writeLine(result(null)));
  }
}
