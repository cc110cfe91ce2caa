package org.cunzhi.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
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

  // Field names, quoted once: the generator copies them instead of escaping each time.
  private static final SerializedString AGAINST = new SerializedString("against");
  private static final SerializedString AMOUNT = new SerializedString("amount");
  private static final SerializedString APPLIES_TO_UNIT = new SerializedString("appliesToUnit");
  private static final SerializedString ARGS = new SerializedString("args");
  private static final SerializedString ASSESSMENT_YEAR = new SerializedString("assessmentYear");
  private static final SerializedString BASE = new SerializedString("base");
  private static final SerializedString BASE_VALUE = new SerializedString("baseValue");
  private static final SerializedString BASIS = new SerializedString("basis");
  private static final SerializedString BUNDLE = new SerializedString("bundle");
  private static final SerializedString CARRIES_VETO = new SerializedString("carriesVeto");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString DENOMINATOR = new SerializedString("denominator");
  private static final SerializedString FINGERPRINT = new SerializedString("fingerprint");
  private static final SerializedString FORMAT_FIELD = new SerializedString("format");
  private static final SerializedString CANDIDATES = new SerializedString("candidates");
  private static final SerializedString CHOSEN = new SerializedString("chosen");
  private static final SerializedString CRITERIA = new SerializedString("criteria");
  private static final SerializedString LOOSER = new SerializedString("looser");
  private static final SerializedString MEASURES = new SerializedString("measures");
  private static final SerializedString MISSED = new SerializedString("missed");
  private static final SerializedString NOTE_CODES = new SerializedString("noteCodes");
  private static final SerializedString NOTES = new SerializedString("notes");
  private static final SerializedString PARAMETERS = new SerializedString("parameters");
  private static final SerializedString POINTS = new SerializedString("points");
  private static final SerializedString REASON_CODES = new SerializedString("reasonCodes");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString REMEDIES = new SerializedString("remedies");
  private static final SerializedString STANDARD = new SerializedString("standard");
  private static final SerializedString UNIT = new SerializedString("unit");
  private static final SerializedString GAP = new SerializedString("gap");
  private static final SerializedString GRADE = new SerializedString("grade");
  private static final SerializedString GRADE_TITLE = new SerializedString("gradeTitle");
  private static final SerializedString HIGH = new SerializedString("high");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString KEY = new SerializedString("key");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString LABEL = new SerializedString("label");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString LOW = new SerializedString("low");
  private static final SerializedString MAX = new SerializedString("max");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString NAMED = new SerializedString("named");
  private static final SerializedString NUMERATOR = new SerializedString("numerator");
  private static final SerializedString OUTCOME = new SerializedString("outcome");
  private static final SerializedString PARAMETER = new SerializedString("parameter");
  private static final SerializedString PERCENT = new SerializedString("percent");
  private static final SerializedString PERIOD = new SerializedString("period");
  private static final SerializedString QUARTER = new SerializedString("quarter");
  private static final SerializedString REFERENCE = new SerializedString("reference");
  private static final SerializedString ROLE = new SerializedString("role");
  private static final SerializedString SCORE = new SerializedString("score");
  private static final SerializedString SELECTION = new SerializedString("selection");
  private static final SerializedString SUBJECT = new SerializedString("subject");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString THRESHOLD = new SerializedString("threshold");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString VERDICT = new SerializedString("verdict");
  private static final SerializedString VERSION = new SerializedString("version");
  private static final SerializedString VETO = new SerializedString("veto");
  private static final SerializedString VETOED = new SerializedString("vetoed");
  private static final SerializedString WHAT = new SerializedString("what");
  private static final SerializedString WILSON95 = new SerializedString("wilson95");
  private static final SerializedString YEAR = new SerializedString("year");

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
    return text(true, 32_768, g -> report(g, result));
  }

  /** The reports of {@code results} as one JSON array, ending in a newline. */
  public String writeAll(List<EvaluationResult> results) {
    return text(
        true,
        32_768 * Math.max(1, results.size()),
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
    return text(false, 16_384, g -> report(g, result));
  }

  /** What writes a document to a generator. */
  @FunctionalInterface
  private interface Document {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static String text(boolean pretty, int capacity, Document document) {
    Text out = new Text(capacity);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      document.writeTo(g);
    } catch (IOException e) {
      // the text is in memory and cannot fail; a value Jackson refuses would be a bug here
      throw new UncheckedIOException("a report could not be written", e);
    }
    return out.line();
  }

  /**
   * Where the generator writes: a growing {@code char[]}, copied as a block and turned into a
   * string once, without the locking of {@link java.io.StringWriter} or a builder's check of every
   * character for one byte or two.
   */
  private static final class Text extends Writer {
    private char[] chars;
    private int length;

    Text(int capacity) {
      this.chars = new char[capacity];
    }

    private void room(int more) {
      if (length + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
      }
    }

    @Override
    public void write(char[] source, int offset, int count) {
      room(count);
      System.arraycopy(source, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(String s, int offset, int count) {
      room(count);
      s.getChars(offset, offset + count, chars, length);
      length += count;
    }

    @Override
    public void write(int c) {
      room(1);
      chars[length++] = (char) c;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** What was written, and a newline. */
    String line() {
      write('\n');
      return new String(chars, 0, length);
    }
  }

  /** The report of {@code result}, as one JSON object. */
  private void report(JsonGenerator g, EvaluationResult result) throws IOException {
    g.writeStartObject();
    string(g, FORMAT_FIELD, FORMAT);
    g.writeFieldName(STANDARD);
    g.writeStartObject();
    string(g, ID, result.standardId());
    string(g, VERSION, result.standardVersion());
    string(g, FINGERPRINT, result.fingerprint());
    string(g, TITLE, text(result.standardTitle()));
    g.writeEndObject();
    g.writeFieldName(UNIT);
    g.writeStartObject();
    string(g, CODE, result.unit().code().value());
    string(g, NAME, result.unit().name());
    string(g, KIND, result.unit().kind().name());
    g.writeEndObject();
    number(g, ASSESSMENT_YEAR, result.assessmentYear());
    string(g, VERDICT, result.verdict().name());
    bool(g, VETOED, result.vetoed());
    @Nullable ScoreCard card = result.scoreCard();
    @Nullable Span score = card == null ? null : card.score();
    if (score == null) {
      nullField(g, SCORE);
    } else {
      g.writeFieldName(SCORE);
      g.writeStartObject();
      string(g, LOW, plain(score.lowDecimal(ScoreCard.DISPLAY_SCALE)));
      string(g, HIGH, plain(score.highDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeEndObject();
    }
    if (card == null) {
      nullField(g, GRADE);
    } else {
      string(g, GRADE, card.gradeCode());
      @Nullable Grade awarded = card.grade().orElse(null);
      if (awarded == null) {
        nullField(g, GRADE_TITLE);
      } else {
        string(g, GRADE_TITLE, text(awarded.title()));
      }
    }
    g.writeFieldName(CRITERIA);
    g.writeStartArray();
    for (CriterionResult c : result.criteria()) {
      criterion(g, c);
    }
    g.writeEndArray();
    g.writeFieldName(NOTES);
    g.writeStartArray();
    for (Reason n : result.notes()) {
      g.writeString(text(n.text()));
    }
    g.writeEndArray();
    g.writeFieldName(NOTE_CODES);
    g.writeStartArray();
    for (Reason n : result.notes()) {
      code(g, n.key(), n.text());
    }
    g.writeEndArray();
    StandardChoice choice = result.choice();
    if (choice != null) {
      g.writeFieldName(SELECTION);
      selection(g, choice);
    }
    g.writeEndObject();
  }

  /** How the standard was chosen and what it shadowed, ids and enum names only. */
  private static void selection(JsonGenerator g, StandardChoice choice) throws IOException {
    g.writeStartObject();
    bool(g, NAMED, choice.named());
    bool(g, APPLIES_TO_UNIT, choice.appliesToUnit());
    string(g, CHOSEN, choice.chosen().map(StandardChoice.Candidate::standardId).orElse(null));
    g.writeFieldName(CANDIDATES);
    g.writeStartArray();
    for (StandardChoice.Candidate c : choice.candidates()) {
      g.writeStartObject();
      string(g, ID, c.standardId());
      string(g, VERSION, c.version());
      string(g, LEVEL, c.level().name());
      string(g, ROLE, c.role().name());
      string(g, BASIS, c.basis().name());
      string(g, AGAINST, c.against());
      g.writeFieldName(LOOSER);
      g.writeStartArray();
      for (StandardChoice.Loosening l : c.loosenings()) {
        g.writeStartObject();
        string(g, PARAMETER, l.key());
        string(g, VALUE, l.value());
        string(g, BASE, l.baseId());
        string(g, BASE_VALUE, l.baseValue());
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
    string(g, ID, c.id());
    string(g, OUTCOME, c.outcome().name());
    bool(g, VETO, c.vetoed());
    string(g, REFERENCE, c.reference().toString());
    @Nullable CriterionPoints points = c.points();
    if (points != null) {
      g.writeFieldName(POINTS);
      g.writeStartObject();
      string(g, LOW, plain(points.earned().lowDecimal(ScoreCard.DISPLAY_SCALE)));
      string(g, HIGH, plain(points.earned().highDecimal(ScoreCard.DISPLAY_SCALE)));
      string(g, MAX, plain(points.max().toDecimal(ScoreCard.DISPLAY_SCALE)));
      g.writeEndObject();
    }
    g.writeFieldName(REASONS);
    g.writeStartArray();
    for (Reason r : c.reasons()) {
      g.writeString(text(r.text()));
    }
    g.writeEndArray();
    g.writeFieldName(MEASURES);
    g.writeStartArray();
    for (Measure m : c.measures()) {
      measure(g, m);
    }
    g.writeEndArray();
    g.writeFieldName(MISSED);
    g.writeStartArray();
    for (Missed m : c.missed()) {
      g.writeStartObject();
      string(g, PERIOD, m.period());
      string(g, WHAT, text(m.what()));
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, TITLE, text(c.title()));
    bool(g, CARRIES_VETO, c.carriesVeto());
    g.writeFieldName(REMEDIES);
    g.writeStartArray();
    for (Remedy r : c.remedies()) {
      remedy(g, r);
    }
    g.writeEndArray();
    g.writeFieldName(PARAMETERS);
    g.writeStartObject();
    for (Map.Entry<String, String> p : c.parameters().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeFieldName(REASON_CODES);
    g.writeStartArray();
    for (Reason r : c.reasons()) {
      code(g, r.key(), r.text());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void measure(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    string(g, NAME, m.name());
    number(g, YEAR, m.year());
    Rate rate = m.rate();
    number(g, NUMERATOR, rate.numerator());
    number(g, DENOMINATOR, rate.denominator());
    if (rate.isDefined()) {
      string(g, PERCENT, rate.formatPercent(2, RoundingMode.HALF_UP));
    } else {
      nullField(g, PERCENT);
    }
    if (m.threshold() == null) {
      nullField(g, THRESHOLD);
    } else {
      // the text of Threshold.toString, written in whole-number arithmetic
      string(g, THRESHOLD, ParameterType.THRESHOLD.format(m.threshold()));
    }
    // the exact interval's bounds rounded as printed, computed in double where that is certain
    Optional<Interval> wilson = m.wilson95Rounded(2);
    if (wilson.isPresent()) {
      g.writeFieldName(WILSON95);
      g.writeStartArray();
      g.writeString(plain(wilson.get().lowerPercent(2, RoundingMode.HALF_UP)));
      g.writeString(plain(wilson.get().upperPercent(2, RoundingMode.HALF_UP)));
      g.writeEndArray();
    } else {
      nullField(g, WILSON95);
    }
    var gap = m.gap();
    if (gap.isPresent()) {
      number(g, GAP, gap.getAsLong());
    } else {
      nullField(g, GAP);
    }
    string(g, KIND, m.kind().name());
    string(g, LABEL, text(m.label()));
    g.writeEndObject();
  }

  private void remedy(JsonGenerator g, Remedy r) throws IOException {
    g.writeStartObject();
    string(g, KIND, r.kind().name());
    string(g, SUBJECT, r.subject());
    number(g, YEAR, r.year());
    number(g, QUARTER, r.quarter());
    number(g, AMOUNT, r.amount());
    string(g, TEXT, text(r.text()));
    if (r.text() instanceof Message message) {
      string(g, BUNDLE, message.bundle().base());
      string(g, KEY, message.key());
      g.writeFieldName(ARGS);
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
      nullField(g, BUNDLE);
      string(g, KEY, key);
      g.writeFieldName(ARGS);
      g.writeStartArray();
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void messageCode(JsonGenerator g, Message message) throws IOException {
    g.writeStartObject();
    string(g, BUNDLE, message.bundle().base());
    string(g, KEY, message.key());
    g.writeFieldName(ARGS);
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
    // a string, the usual argument, first (see Messages.plain: interface tests are slow on 17)
    if (arg instanceof String text) {
      g.writeString(text);
    } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
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
  private static void number(JsonGenerator g, SerializedString name, @Nullable Integer value)
      throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.intValue());
    }
  }

  private static void number(JsonGenerator g, SerializedString name, long value)
      throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  private static void number(JsonGenerator g, SerializedString name, int value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  /** A text, or null. */
  private static void string(JsonGenerator g, SerializedString name, @Nullable String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void bool(JsonGenerator g, SerializedString name, boolean value)
      throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  private static void nullField(JsonGenerator g, SerializedString name) throws IOException {
    g.writeFieldName(name);
    g.writeNull();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private String text(LocalizedText t) {
    return t.in(language);
  }
}
