package org.cunzhi.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Message;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * Writes evaluation results as report JSON ({@code cunzhi.report/v1}, CLI-v1): the fields the
 * contract names, in its order, then the ones it leaves room for (titles, remedies, the parameter
 * values read, notes). Percentages carry two decimals rounded half up; they only inform, the
 * verdict was decided exactly. The same result always gives the same bytes. Immutable and
 * thread-safe.
 *
 * <p>Texts are rendered here, once, in the writer's language. Beside the prose, {@code reasonCodes}
 * (per criterion) and {@code noteCodes} give each reason's and note's bundle, key and arguments in
 * the same order, remedies carry theirs inline, and each measure its {@code label}.
 *
 * <p>A result that records how its standard was chosen (as {@code Assessor}'s do) ends with a
 * {@code "selection"} object: {@code named} (the standard was asked for by id), {@code
 * appliesToUnit} (false when a named standard would not apply, S-8), {@code chosen} (the id chosen
 * automatically, or null), and {@code candidates}, each applicable standard in order of precedence
 * with its {@code role} (CHOSEN, SHADOWED, EXCLUDED), {@code basis}, {@code against} and, for an
 * excluded one, the parameters it sets {@code looser} than its base.
 *
 * <p>A criterion's {@code missed} lists, after its measures, each period or item a procedure
 * missed, as {@code {"period": "2025-03", "what": "…"}}; it is an empty array when none was.
 *
 * <p>The report is written by a streaming {@link JsonGenerator}, field by field, with the bytes a
 * Jackson tree of the same values would serialise to (the same pretty printer, escaping and number
 * forms); no tree is built.
 *
 * <p>A criterion's {@code veto} says whether its veto fired (as the top-level {@code vetoed} does
 * for the unit); {@code carriesVeto} says whether the criterion has a veto part at all.
 */
public final class ReportWriter {
  /** The report format's name. */
  public static final String FORMAT = "cunzhi.report/v1";

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * The pretty style of {@link #write}: two spaces, {@code "name": value}, {@code [ ]} if empty.
   */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Language language;

  private ReportWriter(Language language) {
    this.language = requireNonNull(language, "language");
  }

  /** A writer whose reasons and titles are in {@code language}. */
  public static ReportWriter create(Language language) {
    return new ReportWriter(language);
  }

  /** The report of {@code result} as a JSON text, ending in a newline. */
  public String write(EvaluationResult result) {
    return text(true, 8192, g -> report(g, result));
  }

  /** The reports of {@code results} as one JSON array, ending in a newline. */
  public String writeAll(List<EvaluationResult> results) {
    return text(
        true,
        8192 * Math.max(1, results.size()),
        g -> {
          g.writeStartArray();
          for (EvaluationResult r : results) {
            report(g, r);
          }
          g.writeEndArray();
        });
  }

  /**
   * The report of {@code result} as one line of JSON Lines: the same object as {@link #write}, with
   * no line break inside (line breaks in text are escaped) and a newline at the end.
   */
  public String writeLine(EvaluationResult result) {
    return text(false, 4096, g -> report(g, result));
  }

  /** What writes a document to a generator. */
  @FunctionalInterface
  private interface Document {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static String text(boolean pretty, int capacity, Document document) {
    StringWriter out = new StringWriter(capacity);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      document.writeTo(g);
    } catch (IOException e) {
      // a StringWriter does not fail; a value Jackson refuses would be a bug here
      throw new UncheckedIOException("a report could not be written", e);
    }
    return out.append('\n').toString();
  }

  /** The report of {@code result}, as one JSON object. */
  private void report(JsonGenerator g, EvaluationResult result) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeObjectFieldStart("standard");
    g.writeStringField("id", result.standardId());
    g.writeStringField("version", result.standardVersion());
    g.writeStringField("fingerprint", result.fingerprint());
    g.writeStringField("title", text(result.standardTitle()));
    g.writeEndObject();
    g.writeObjectFieldStart("unit");
    g.writeStringField("code", result.unit().code().value());
    g.writeStringField("name", result.unit().name());
    g.writeStringField("kind", result.unit().kind().name());
    g.writeEndObject();
    g.writeNumberField("assessmentYear", result.assessmentYear());
    g.writeStringField("verdict", result.verdict().name());
    g.writeBooleanField("vetoed", result.vetoed());
    @Nullable ScoreCard card = result.scoreCard();
    @Nullable Span score = card == null ? null : card.score();
    if (score == null) {
      g.writeNullField("score");
    } else {
      g.writeObjectFieldStart("score");
      g.writeStringField("low", plain(score.lowDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeStringField("high", plain(score.highDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeEndObject();
    }
    if (card == null) {
      g.writeNullField("grade");
    } else {
      g.writeStringField("grade", card.gradeCode());
      @Nullable Grade awarded = card.grade().orElse(null);
      if (awarded == null) {
        g.writeNullField("gradeTitle");
      } else {
        g.writeStringField("gradeTitle", text(awarded.title()));
      }
    }
    g.writeArrayFieldStart("criteria");
    for (CriterionResult c : result.criteria()) {
      criterion(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (Reason n : result.notes()) {
      g.writeString(text(n.text()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("noteCodes");
    for (Reason n : result.notes()) {
      code(g, n.key(), n.text());
    }
    g.writeEndArray();
    StandardChoice choice = result.choice();
    if (choice != null) {
      g.writeFieldName("selection");
      selection(g, choice);
    }
    g.writeEndObject();
  }

  /** How the standard was chosen and what it shadowed, ids and enum names only. */
  private static void selection(JsonGenerator g, StandardChoice choice) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("named", choice.named());
    g.writeBooleanField("appliesToUnit", choice.appliesToUnit());
    g.writeStringField(
        "chosen", choice.chosen().map(StandardChoice.Candidate::standardId).orElse(null));
    g.writeArrayFieldStart("candidates");
    for (StandardChoice.Candidate c : choice.candidates()) {
      g.writeStartObject();
      g.writeStringField("id", c.standardId());
      g.writeStringField("version", c.version());
      g.writeStringField("level", c.level().name());
      g.writeStringField("role", c.role().name());
      g.writeStringField("basis", c.basis().name());
      g.writeStringField("against", c.against());
      g.writeArrayFieldStart("looser");
      for (StandardChoice.Loosening l : c.loosenings()) {
        g.writeStartObject();
        g.writeStringField("parameter", l.key());
        g.writeStringField("value", l.value());
        g.writeStringField("base", l.baseId());
        g.writeStringField("baseValue", l.baseValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void criterion(JsonGenerator g, CriterionResult c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("outcome", c.outcome().name());
    g.writeBooleanField("veto", c.vetoed());
    g.writeStringField("reference", c.reference().toString());
    @Nullable CriterionPoints points = c.points();
    if (points != null) {
      g.writeObjectFieldStart("points");
      g.writeStringField("low", plain(points.earned().lowDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeStringField("high", plain(points.earned().highDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeStringField("max", plain(points.max().toDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeEndObject();
    }
    g.writeArrayFieldStart("reasons");
    for (Reason r : c.reasons()) {
      g.writeString(text(r.text()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("measures");
    for (Measure m : c.measures()) {
      measure(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missed");
    for (Missed m : c.missed()) {
      g.writeStartObject();
      g.writeStringField("period", m.period());
      g.writeStringField("what", text(m.what()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("title", text(c.title()));
    g.writeBooleanField("carriesVeto", c.carriesVeto());
    g.writeArrayFieldStart("remedies");
    for (Remedy r : c.remedies()) {
      remedy(g, r);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("parameters");
    for (Map.Entry<String, String> p : c.parameters().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("reasonCodes");
    for (Reason r : c.reasons()) {
      code(g, r.key(), r.text());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void measure(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    number(g, "year", m.year());
    Rate rate = m.rate();
    g.writeNumberField("numerator", rate.numerator());
    g.writeNumberField("denominator", rate.denominator());
    if (rate.isDefined()) {
      g.writeStringField("percent", rate.formatPercent(2, RoundingMode.HALF_UP));
    } else {
      g.writeNullField("percent");
    }
    if (m.threshold() == null) {
      g.writeNullField("threshold");
    } else {
      // the text of Threshold.toString, written in whole-number arithmetic
      g.writeStringField("threshold", ParameterType.THRESHOLD.format(m.threshold()));
    }
    // the exact interval's bounds rounded as printed, computed in double where that is certain
    Optional<Interval> wilson = m.wilson95Rounded(2);
    if (wilson.isPresent()) {
      g.writeArrayFieldStart("wilson95");
      g.writeString(plain(wilson.get().lowerPercent(2, RoundingMode.HALF_UP)));
      g.writeString(plain(wilson.get().upperPercent(2, RoundingMode.HALF_UP)));
      g.writeEndArray();
    } else {
      g.writeNullField("wilson95");
    }
    var gap = m.gap();
    if (gap.isPresent()) {
      g.writeNumberField("gap", gap.getAsLong());
    } else {
      g.writeNullField("gap");
    }
    g.writeStringField("kind", m.kind().name());
    g.writeStringField("label", text(m.label()));
    g.writeEndObject();
  }

  private void remedy(JsonGenerator g, Remedy r) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", r.kind().name());
    g.writeStringField("subject", r.subject());
    number(g, "year", r.year());
    number(g, "quarter", r.quarter());
    g.writeNumberField("amount", r.amount());
    g.writeStringField("text", text(r.text()));
    if (r.text() instanceof Message message) {
      g.writeStringField("bundle", message.bundle().base());
      g.writeStringField("key", message.key());
      g.writeFieldName("args");
      args(g, message);
    }
    g.writeEndObject();
  }

  /**
   * A reason's or note's key and arguments, so that other systems can match it without reading
   * prose: {@code {"bundle": …, "key": …, "args": [...]}}; a literal text has only its key.
   */
  private void code(JsonGenerator g, String key, LocalizedText text) throws IOException {
    if (text instanceof Message message) {
      messageCode(g, message);
    } else {
      g.writeStartObject();
      g.writeNullField("bundle");
      g.writeStringField("key", key);
      g.writeArrayFieldStart("args");
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void messageCode(JsonGenerator g, Message message) throws IOException {
    g.writeStartObject();
    g.writeStringField("bundle", message.bundle().base());
    g.writeStringField("key", message.key());
    g.writeFieldName("args");
    args(g, message);
    g.writeEndObject();
  }

  /**
   * A message's arguments as JSON values: numbers as numbers, texts as their own codes, lists as
   * arrays of the same.
   */
  private void args(JsonGenerator g, Message message) throws IOException {
    g.writeStartArray();
    for (Object arg : message.args()) {
      arg(g, arg);
    }
    g.writeEndArray();
  }

  private void arg(JsonGenerator g, Object arg) throws IOException {
    if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
      g.writeNumber(((Number) arg).longValue());
    } else if (arg instanceof Message nested) {
      messageCode(g, nested);
    } else if (arg instanceof LocalizedText literal) {
      g.writeString(text(literal));
    } else if (arg instanceof BigDecimal d) {
      g.writeString(d.toPlainString());
    } else if (arg instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (arg instanceof List<?> items) {
      g.writeStartArray();
      for (Object item : items) {
        arg(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(arg));
    }
  }

  /** A whole number, or null. */
  private static void number(JsonGenerator g, String name, @Nullable Integer value)
      throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value.intValue());
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private String text(LocalizedText t) {
    return t.in(language);
  }
}
