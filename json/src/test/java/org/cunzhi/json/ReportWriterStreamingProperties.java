package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Basis;
import org.cunzhi.core.evaluation.StandardChoice.Candidate;
import org.cunzhi.core.evaluation.StandardChoice.Loosening;
import org.cunzhi.core.evaluation.StandardChoice.Role;
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
import org.cunzhi.core.standard.JurisdictionLevel;
import org.jspecify.annotations.Nullable;

/**
 * The streaming {@link ReportWriter} writes the very bytes of the tree it replaced ({@link
 * TreeReportWriter}: a Jackson tree serialised, with the exact 50-digit Wilson interval), pretty,
 * compact and as an array, in both languages, over results with any text (quotes, backslashes,
 * control characters, line breaks, lone surrogates, CJK), nulls where the contract allows them,
 * every kind of message argument, scores, points and a standard's selection.
 */
class ReportWriterStreamingProperties {

  @Property(tries = 400)
  void write_isTheTreeWritersText(
      @ForAll("results") EvaluationResult result, @ForAll Language language) {
    assertThat(ReportWriter.create(language).write(result))
        .isEqualTo(TreeReportWriter.create(language).write(result));
  }

  @Property(tries = 400)
  void writeLine_isTheTreeWritersLine(
      @ForAll("results") EvaluationResult result, @ForAll Language language) {
    assertThat(ReportWriter.create(language).writeLine(result))
        .isEqualTo(TreeReportWriter.create(language).writeLine(result));
  }

  /**
   * The line in bytes is the tree writer's line encoded by the JDK's strict UTF-8 encoder; a line
   * that encoder refuses (a lone surrogate in some text) is refused as well, never written with a
   * {@code ?}. The writer's byte buffer is reused: a larger report written before leaves nothing.
   */
  @Property(tries = 400)
  void writeLineUtf8_isTheTreeWritersLineInStrictUtf8(
      @ForAll("results") EvaluationResult before,
      @ForAll("results") EvaluationResult result,
      @ForAll Language language)
      throws CharacterCodingException {
    ReportWriter writer = ReportWriter.create(language);
    try {
      writer.writeLineUtf8(before);
    } catch (CharacterCodingException e) {
      // only to leave its bytes behind
    }
    String line = TreeReportWriter.create(language).writeLine(result);
    byte @Nullable [] strict;
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(line));
      strict = Arrays.copyOf(encoded.array(), encoded.limit());
    } catch (CharacterCodingException e) {
      strict = null;
    }
    Statistics.label("valid Unicode").collect(strict != null);
    Statistics.label("valid Unicode").coverage(c -> c.check(true).percentage(p -> p >= 15));
    Statistics.label("valid Unicode").coverage(c -> c.check(false).count(n -> n > 0));
    if (strict != null) {
      assertThat(writer.writeLineUtf8(result)).isEqualTo(strict);
    } else {
      assertThatThrownBy(() -> writer.writeLineUtf8(result))
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @Property(tries = 100)
  void writeAll_isTheTreeWritersArray(@ForAll("resultLists") List<EvaluationResult> results) {
    assertThat(ReportWriter.create(Language.ZH).writeAll(results))
        .isEqualTo(TreeReportWriter.create(Language.ZH).writeAll(results));
  }

  /**
   * A thread's writer is reused from report to report: what a larger, deeper, pretty report or one
   * of other bundles left behind never shows in the next.
   */
  @Property(tries = 200)
  void writeLine_afterOtherReports_isTheTreeWritersLine(
      @ForAll("results") EvaluationResult before,
      @ForAll("results") EvaluationResult result,
      @ForAll Language language) {
    ReportWriter writer = ReportWriter.create(language);
    writer.writeAll(List.of(before, before));
    writer.writeLine(before);
    assertThat(writer.writeLine(result))
        .isEqualTo(TreeReportWriter.create(language).writeLine(result));
    assertThat(writer.write(result)).isEqualTo(TreeReportWriter.create(language).write(result));
  }

  /**
   * A report written while another is being written on the same thread (an argument whose text is
   * itself a report) has a writer of its own: both come out whole.
   */
  @Property(tries = 100)
  void writeLine_reportWrittenInsideAnArgument_bothWhole(
      @ForAll("results") EvaluationResult inner, @ForAll Language language) throws Exception {
    ReportWriter writer = ReportWriter.create(language);
    Object nested =
        new Object() {
          @Override
          public String toString() {
            return writer.writeLine(inner);
          }
        };
    LocalizedText title = Messages.core().text("note.base-missing", nested);
    EvaluationResult outer =
        new EvaluationResult(
            inner.standardId(),
            inner.standardVersion(),
            title,
            inner.fingerprint(),
            inner.unit(),
            inner.assessmentYear(),
            inner.verdict(),
            inner.vetoed(),
            inner.criteria(),
            inner.notes());
    String quoted =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(TreeReportWriter.create(language).writeLine(inner));
    assertThat(writer.writeLine(outer))
        .isEqualTo(TreeReportWriter.create(language).writeLine(outer))
        .contains(quoted.substring(1, quoted.length() - 1));
  }

  @Provide
  Arbitrary<List<EvaluationResult>> resultLists() {
    return results().list().ofMaxSize(3);
  }

  /** Any text, and the ones escaping is about. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings()
            .withChars("\"\\\n\r\t\b\f\u0000\u001f\u007f\u2028/'{}")
            .ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u4e00', '\u4e20').ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("\ud800", "\udc00x", "a\ud83d\ude00b", "", " ", "台子村"));
  }

  private static Arbitrary<LocalizedText> localized() {
    return Arbitraries.oneOf(
        Combinators.combine(texts(), texts()).as(LocalizedText::of), messages(2));
  }

  /** Messages of core's bundle with arguments of every kind a report writes. */
  private static Arbitrary<LocalizedText> messages(int depth) {
    Arbitrary<Object> plainArgs =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.longs().map(l -> (Object) l),
            Arbitraries.shorts().map(s -> (Object) s),
            texts().map(s -> (Object) s),
            Arbitraries.bigIntegers()
                .between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(8))
                .map(i -> (Object) new BigDecimal(i, 3)),
            Arbitraries.of(Outcome.class).map(o -> (Object) o),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Combinators.combine(texts(), texts()).as((a, b) -> (Object) LocalizedText.of(a, b)));
    Arbitrary<Object> args =
        depth == 0
            ? plainArgs
            : Arbitraries.oneOf(
                plainArgs,
                messages(depth - 1).map(m -> (Object) m),
                plainArgs.list().ofMaxSize(3).map(l -> (Object) l));
    Arbitrary<String> keys =
        Arbitraries.of(
            "rate.not-met", "label.contraceptive-rate", "period.month", "period.quarter.2");
    return Combinators.combine(keys, args.list().ofMaxSize(7))
        .as((key, list) -> (LocalizedText) Messages.core().text(key, list.toArray()));
  }

  private static Arbitrary<Reason> reasons() {
    return Combinators.combine(texts(), localized()).as(Reason::new);
  }

  private static <T> Arbitrary<@Nullable T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.3);
  }

  private static Arbitrary<Measure> measures() {
    Arbitrary<Rate> rates =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Rate.of(0, 0))),
            Tuple.of(
                6,
                Arbitraries.longs()
                    .between(1, 1_000_000)
                    .flatMap(n -> Arbitraries.longs().between(0, n).map(x -> Rate.of(x, n)))));
    Arbitrary<Threshold> thresholds =
        Combinators.combine(
                Arbitraries.of(org.cunzhi.core.rate.Comparison.class),
                Arbitraries.integers().between(0, 100_000).map(i -> BigDecimal.valueOf(i, 3)))
            .as(Threshold::ofPercent);
    return Combinators.combine(
            texts(),
            localized(),
            orNull(Arbitraries.integers().between(1990, 2030)),
            rates,
            orNull(thresholds),
            Arbitraries.of(Measure.Kind.class))
        .as(Measure::new);
  }

  private static Arbitrary<Remedy> remedies() {
    return Combinators.combine(
            Arbitraries.of(Remedy.Kind.class),
            texts(),
            orNull(Arbitraries.integers().between(1990, 2030)),
            orNull(Arbitraries.integers().between(1, 4)),
            Arbitraries.longs(),
            localized())
        .as(Remedy::new);
  }

  private static Arbitrary<Span> spans() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000), Arbitraries.longs().between(0, 10_000))
        .as((a, b) -> Span.of(Fraction.of(Math.min(a, b), 7), Fraction.of(Math.max(a, b), 7)));
  }

  private static Arbitrary<CriterionResult> criteria() {
    Arbitrary<Map<String, String>> parameters =
        Arbitraries.maps(texts(), texts()).ofMaxSize(3).map(LinkedHashMap::new);
    Arbitrary<CriterionResult> bare =
        Combinators.combine(
                texts(),
                localized(),
                Arbitraries.of(Outcome.PASS, Outcome.FAIL, Outcome.INSUFFICIENT_EVIDENCE),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Combinators.combine(texts(), texts(), texts()).as(LegalReference::of),
                reasons().list().ofMaxSize(3),
                measures().list().ofMaxSize(3))
            .as(
                (id, title, outcome, carries, vetoed, reference, reasons, measures) ->
                    new CriterionResult(
                        id, title, outcome, carries, vetoed, reference, reasons, measures,
                        List.of(), Map.of()));
    return Combinators.combine(
            bare,
            remedies().list().ofMaxSize(2),
            parameters,
            Combinators.combine(texts(), messages(1))
                .as((p, w) -> new Missed("2025-" + p, (org.cunzhi.core.rule.Message) w))
                .list()
                .ofMaxSize(2),
            orNull(spans()))
        .as(
            (c, remedies, params, missed, earned) -> {
              CriterionResult r =
                  new CriterionResult(
                          c.id(),
                          c.title(),
                          c.outcome(),
                          c.carriesVeto(),
                          c.vetoed(),
                          c.reference(),
                          c.reasons(),
                          c.measures(),
                          remedies,
                          params)
                      .withMissed(missed);
              return earned == null
                  ? r
                  : r.withPoints(
                      new CriterionPoints(
                          Fraction.of(10_000, 7),
                          earned,
                          CriterionPoints.Standing.values()[
                              earned.isExact()
                                  ? 0
                                  : CriterionPoints.Standing.values().length - 1]));
            });
  }

  private static Arbitrary<@Nullable ScoreCard> cards() {
    Grade advanced = Grade.of("advanced", "先进村", "advanced village", "75");
    Grade demonstration = Grade.of("demonstration", "示范村\n\"", "demonstration village", "90");
    return orNull(
        Combinators.combine(
                orNull(spans()),
                Arbitraries.of(0, 1, 2),
                localized().map(LocalizedText.class::cast).list().ofMaxSize(2))
            .as(
                (score, grades, missing) ->
                    new ScoreCard(
                        Span.of(Fraction.ZERO, Fraction.ZERO),
                        Fraction.HUNDRED,
                        score,
                        List.of(),
                        score,
                        grades == 2 ? advanced : null,
                        grades == 0 ? null : grades == 1 ? advanced : demonstration,
                        false,
                        missing)));
  }

  private static Arbitrary<@Nullable StandardChoice> choices() {
    Arbitrary<Candidate> candidates =
        Combinators.combine(
                texts(),
                texts(),
                Arbitraries.of(JurisdictionLevel.class),
                Arbitraries.of(0, 1, 2),
                orNull(texts()),
                Combinators.combine(texts(), texts(), texts(), texts())
                    .as(Loosening::new)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(2))
            .as(
                (id, version, level, kind, against, loosenings) ->
                    switch (kind) {
                      case 0 ->
                          new Candidate(
                              id,
                              version,
                              level,
                              Role.CHOSEN,
                              Basis.PREVAILING,
                              against,
                              List.of());
                      case 1 ->
                          new Candidate(
                              id, version, level, Role.SHADOWED, Basis.REFINED, against, List.of());
                      default ->
                          new Candidate(
                              id, version, level, Role.EXCLUDED, Basis.LOOSER, against, loosenings);
                    });
    return orNull(
        Combinators.combine(
                texts(),
                Arbitraries.of(true, false),
                candidates.list().ofMaxSize(3),
                reasons().list().ofMaxSize(1))
            .as(
                (id, named, list, outside) -> {
                  List<Candidate> oneChosen = new ArrayList<>();
                  boolean chosen = false;
                  for (Candidate c : list) {
                    if (c.role() != Role.CHOSEN || !chosen) {
                      oneChosen.add(c);
                      chosen |= c.role() == Role.CHOSEN;
                    }
                  }
                  return new StandardChoice(id, named, named ? outside : List.of(), oneChosen);
                }));
  }

  @Provide
  Arbitrary<EvaluationResult> results() {
    Arbitrary<EvaluationResult> bare =
        Combinators.combine(
                texts(),
                texts(),
                localized(),
                texts(),
                texts().map(name -> "村" + name),
                Arbitraries.of(Verdict.class),
                Arbitraries.of(true, false),
                criteria().list().ofMaxSize(3))
            .as(
                (id, version, title, fingerprint, name, verdict, vetoed, criteria) ->
                    new EvaluationResult(
                        id,
                        version,
                        title,
                        fingerprint,
                        Unit.of(DivisionCode.parse("120119105201"), name, UnitKind.VILLAGE),
                        2025,
                        verdict,
                        vetoed,
                        criteria,
                        List.of()));
    return Combinators.combine(bare, reasons().list().ofMaxSize(3), cards(), choices())
        .as(
            (r, notes, card, choice) -> {
              EvaluationResult full =
                  new EvaluationResult(
                      r.standardId(),
                      r.standardVersion(),
                      r.standardTitle(),
                      r.fingerprint(),
                      r.unit(),
                      r.assessmentYear(),
                      r.verdict(),
                      r.vetoed(),
                      r.criteria(),
                      notes,
                      card);
              return choice == null
                  ? full
                  : full.withChoice(
                      new StandardChoice(
                          r.standardId(),
                          choice.named(),
                          choice.outsideScope(),
                          choice.candidates()));
            });
  }
}
