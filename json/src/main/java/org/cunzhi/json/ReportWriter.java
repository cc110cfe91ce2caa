package org.cunzhi.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.internal.text.LiteralSink;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Message;
import org.cunzhi.core.rule.Messages;
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
 * <p>The report is streamed field by field into one reused buffer per thread, with the very text a
 * Jackson tree of the same values serialises to (Jackson's default pretty printer with {@code ": "}
 * between a name and its value, its escaping: {@code \"}, {@code \\}, {@code \n} and the like, six
 * characters (backslash, u, four upper-case hex digits) for other control characters, everything
 * else as it is), so no tree, generator or intermediate string is made: field names and constant
 * values are quoted once, and a message's pattern pieces and arguments are escaped straight into
 * the output. The buffer holds UTF-8: {@link #writeLineUtf8} gives it as it is and is the cheapest
 * way to a report (what a batch or a service writes); the methods that give a {@code String} decode
 * it, which takes about half as long again.
 *
 * <p>A criterion's {@code veto} says whether its veto fired (as the top-level {@code vetoed} does
 * for the unit); {@code carriesVeto} says whether the criterion has a veto part at all.
 */
public final class ReportWriter {
  /** The report format's name. */
  public static final String FORMAT = "cunzhi.report/v1";

  private static final Name AGAINST = Name.of("against");
  private static final Name AMOUNT = Name.of("amount");
  private static final Name APPLIES_TO_UNIT = Name.of("appliesToUnit");
  private static final Name ARGS = Name.of("args");
  private static final Name ASSESSMENT_YEAR = Name.of("assessmentYear");
  private static final Name BASE = Name.of("base");
  private static final Name BASE_VALUE = Name.of("baseValue");
  private static final Name BASIS = Name.of("basis");
  private static final Name BUNDLE = Name.of("bundle");
  private static final Name CARRIES_VETO = Name.of("carriesVeto");
  private static final Name CODE = Name.of("code");
  private static final Name DENOMINATOR = Name.of("denominator");
  private static final Name FINGERPRINT = Name.of("fingerprint");
  private static final Name FORMAT_FIELD = Name.of("format");
  private static final Name CANDIDATES = Name.of("candidates");
  private static final Name CHOSEN = Name.of("chosen");
  private static final Name CRITERIA = Name.of("criteria");
  private static final Name LOOSER = Name.of("looser");
  private static final Name MEASURES = Name.of("measures");
  private static final Name MISSED = Name.of("missed");
  private static final Name NOTE_CODES = Name.of("noteCodes");
  private static final Name NOTES = Name.of("notes");
  private static final Name PARAMETERS = Name.of("parameters");
  private static final Name POINTS = Name.of("points");
  private static final Name REASON_CODES = Name.of("reasonCodes");
  private static final Name REASONS = Name.of("reasons");
  private static final Name REMEDIES = Name.of("remedies");
  private static final Name STANDARD = Name.of("standard");
  private static final Name UNIT = Name.of("unit");
  private static final Name GAP = Name.of("gap");
  private static final Name GRADE = Name.of("grade");
  private static final Name GRADE_TITLE = Name.of("gradeTitle");
  private static final Name HIGH = Name.of("high");
  private static final Name ID = Name.of("id");
  private static final Name KEY = Name.of("key");
  private static final Name KIND = Name.of("kind");
  private static final Name LABEL = Name.of("label");
  private static final Name LEVEL = Name.of("level");
  private static final Name LOW = Name.of("low");
  private static final Name MAX = Name.of("max");
  private static final Name NAME = Name.of("name");
  private static final Name NAMED = Name.of("named");
  private static final Name NUMERATOR = Name.of("numerator");
  private static final Name OUTCOME = Name.of("outcome");
  private static final Name PARAMETER = Name.of("parameter");
  private static final Name PERCENT = Name.of("percent");
  private static final Name PERIOD = Name.of("period");
  private static final Name QUARTER = Name.of("quarter");
  private static final Name REFERENCE = Name.of("reference");
  private static final Name ROLE = Name.of("role");
  private static final Name SCORE = Name.of("score");
  private static final Name SELECTION = Name.of("selection");
  private static final Name SUBJECT = Name.of("subject");
  private static final Name TEXT = Name.of("text");
  private static final Name THRESHOLD = Name.of("threshold");
  private static final Name TITLE = Name.of("title");
  private static final Name VALUE = Name.of("value");
  private static final Name VERDICT = Name.of("verdict");
  private static final Name VERSION = Name.of("version");
  private static final Name VETO = Name.of("veto");
  private static final Name VETOED = Name.of("vetoed");
  private static final Name WHAT = Name.of("what");
  private static final Name WILSON95 = Name.of("wilson95");
  private static final Name YEAR = Name.of("year");

  /** The format's name, quoted. */
  private static final byte[] FORMAT_VALUE =
      ("\"" + FORMAT + "\"").getBytes(StandardCharsets.US_ASCII);

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
    Json g = Json.open(true, language);
    try {
      report(g, result);
      return g.line();
    } finally {
      g.close();
    }
  }

  /** The reports of {@code results} as one JSON array, ending in a newline. */
  public String writeAll(List<EvaluationResult> results) {
    Json g = Json.open(true, language);
    try {
      g.startArray();
      for (EvaluationResult r : results) {
        g.element();
        report(g, r);
      }
      g.endArray();
      return g.line();
    } finally {
      g.close();
    }
  }

  /**
   * The report of {@code result} as one line of JSON Lines: the same object as {@link #write}, with
   * no line break inside (line breaks in text are escaped) and a newline at the end.
   */
  public String writeLine(EvaluationResult result) {
    Json g = Json.open(false, language);
    try {
      report(g, result);
      return g.line();
    } finally {
      g.close();
    }
  }

  /**
   * The report of {@code result} as one line of JSON Lines, as {@link #writeLine} gives it, encoded
   * in strict UTF-8: what {@code writeLine(result).getBytes(UTF_8)} gives for valid Unicode,
   * without the string. A batch writes these bytes as they are.
   *
   * @throws CharacterCodingException when a text in the report is not valid Unicode (a lone
   *     surrogate, which only a plugin's text can hold: the reader refuses them), which UTF-8
   *     cannot carry; {@code getBytes} would have put {@code ?} in its place
   */
  public byte[] writeLineUtf8(EvaluationResult result) throws CharacterCodingException {
    Json g = Json.open(false, language);
    try {
      report(g, result);
      g.put('\n');
      return g.utf8();
    } finally {
      g.close();
    }
  }

  /** The report of {@code result}, as one JSON object. */
  private static void report(Json g, EvaluationResult result) {
    g.startObject();
    g.name(FORMAT_FIELD).constant(FORMAT_VALUE);
    g.name(STANDARD).startObject();
    g.name(ID).string(result.standardId());
    g.name(VERSION).string(result.standardVersion());
    g.name(FINGERPRINT).string(result.fingerprint());
    g.name(TITLE).text(result.standardTitle());
    g.endObject();
    g.name(UNIT).startObject();
    g.name(CODE).string(result.unit().code().value());
    g.name(NAME).string(result.unit().name());
    g.name(KIND).constant(result.unit().kind());
    g.endObject();
    g.name(ASSESSMENT_YEAR).number(result.assessmentYear());
    g.name(VERDICT).constant(result.verdict());
    g.name(VETOED).bool(result.vetoed());
    @Nullable ScoreCard card = result.scoreCard();
    @Nullable Span score = card == null ? null : card.score();
    if (score == null) {
      g.name(SCORE).nothing();
    } else {
      g.name(SCORE).startObject();
      g.name(LOW).string(plain(score.lowDecimal(ScoreCard.DISPLAY_SCALE)));
      g.name(HIGH).string(plain(score.highDecimal(ScoreCard.DISPLAY_SCALE)));
      g.endObject();
    }
    if (card == null) {
      g.name(GRADE).nothing();
    } else {
      g.name(GRADE).string(card.gradeCode());
      @Nullable Grade awarded = card.grade().orElse(null);
      if (awarded == null) {
        g.name(GRADE_TITLE).nothing();
      } else {
        g.name(GRADE_TITLE).text(awarded.title());
      }
    }
    g.name(CRITERIA).startArray();
    for (CriterionResult c : result.criteria()) {
      g.element();
      criterion(g, c);
    }
    g.endArray();
    g.name(NOTES).startArray();
    for (Reason n : result.notes()) {
      g.element().text(n.text());
    }
    g.endArray();
    g.name(NOTE_CODES).startArray();
    for (Reason n : result.notes()) {
      g.element();
      code(g, n.key(), n.text());
    }
    g.endArray();
    StandardChoice choice = result.choice();
    if (choice != null) {
      g.name(SELECTION);
      selection(g, choice);
    }
    g.endObject();
  }

  /** How the standard was chosen and what it shadowed, ids and enum names only. */
  private static void selection(Json g, StandardChoice choice) {
    g.startObject();
    g.name(NAMED).bool(choice.named());
    g.name(APPLIES_TO_UNIT).bool(choice.appliesToUnit());
    g.name(CHOSEN).string(choice.chosen().map(StandardChoice.Candidate::standardId).orElse(null));
    g.name(CANDIDATES).startArray();
    for (StandardChoice.Candidate c : choice.candidates()) {
      g.element().startObject();
      g.name(ID).string(c.standardId());
      g.name(VERSION).string(c.version());
      g.name(LEVEL).constant(c.level());
      g.name(ROLE).constant(c.role());
      g.name(BASIS).constant(c.basis());
      g.name(AGAINST).string(c.against());
      g.name(LOOSER).startArray();
      for (StandardChoice.Loosening l : c.loosenings()) {
        g.element().startObject();
        g.name(PARAMETER).string(l.key());
        g.name(VALUE).string(l.value());
        g.name(BASE).string(l.baseId());
        g.name(BASE_VALUE).string(l.baseValue());
        g.endObject();
      }
      g.endArray();
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private static void criterion(Json g, CriterionResult c) {
    g.startObject();
    g.name(ID).string(c.id());
    g.name(OUTCOME).constant(c.outcome());
    g.name(VETO).bool(c.vetoed());
    g.name(REFERENCE).reference(c.reference());
    @Nullable CriterionPoints points = c.points();
    if (points != null) {
      g.name(POINTS).startObject();
      g.name(LOW).string(plain(points.earned().lowDecimal(ScoreCard.DISPLAY_SCALE)));
      g.name(HIGH).string(plain(points.earned().highDecimal(ScoreCard.DISPLAY_SCALE)));
      g.name(MAX).string(plain(points.max().toDecimal(ScoreCard.DISPLAY_SCALE)));
      g.endObject();
    }
    g.name(REASONS).startArray();
    for (Reason r : c.reasons()) {
      g.element().text(r.text());
    }
    g.endArray();
    g.name(MEASURES).startArray();
    for (Measure m : c.measures()) {
      g.element();
      measure(g, m);
    }
    g.endArray();
    g.name(MISSED).startArray();
    for (Missed m : c.missed()) {
      g.element().startObject();
      g.name(PERIOD).string(m.period());
      g.name(WHAT).text(m.what());
      g.endObject();
    }
    g.endArray();
    g.name(TITLE).text(c.title());
    g.name(CARRIES_VETO).bool(c.carriesVeto());
    g.name(REMEDIES).startArray();
    for (Remedy r : c.remedies()) {
      g.element();
      remedy(g, r);
    }
    g.endArray();
    g.name(PARAMETERS).startObject();
    for (Map.Entry<String, String> p : c.parameters().entrySet()) {
      g.name(p.getKey()).string(p.getValue());
    }
    g.endObject();
    g.name(REASON_CODES).startArray();
    for (Reason r : c.reasons()) {
      g.element();
      code(g, r.key(), r.text());
    }
    g.endArray();
    g.endObject();
  }

  private static void measure(Json g, Measure m) {
    g.startObject();
    g.name(NAME).string(m.name());
    g.name(YEAR).number(m.year());
    Rate rate = m.rate();
    g.name(NUMERATOR).number(rate.numerator());
    g.name(DENOMINATOR).number(rate.denominator());
    if (rate.isDefined()) {
      g.name(PERCENT).string(rate.formatPercent(2, RoundingMode.HALF_UP));
    } else {
      g.name(PERCENT).nothing();
    }
    if (m.threshold() == null) {
      g.name(THRESHOLD).nothing();
    } else {
      // the text of Threshold.toString, written in whole-number arithmetic
      g.name(THRESHOLD).string(ParameterType.THRESHOLD.format(m.threshold()));
    }
    // the exact interval's bounds rounded as printed, computed in double where that is certain
    Optional<Interval> wilson = m.wilson95Rounded(2);
    if (wilson.isPresent()) {
      g.name(WILSON95).startArray();
      g.element().string(plain(wilson.get().lowerPercent(2, RoundingMode.HALF_UP)));
      g.element().string(plain(wilson.get().upperPercent(2, RoundingMode.HALF_UP)));
      g.endArray();
    } else {
      g.name(WILSON95).nothing();
    }
    var gap = m.gap();
    if (gap.isPresent()) {
      g.name(GAP).number(gap.getAsLong());
    } else {
      g.name(GAP).nothing();
    }
    g.name(KIND).constant(m.kind());
    g.name(LABEL).text(m.label());
    g.endObject();
  }

  private static void remedy(Json g, Remedy r) {
    g.startObject();
    g.name(KIND).constant(r.kind());
    g.name(SUBJECT).string(r.subject());
    g.name(YEAR).number(r.year());
    g.name(QUARTER).number(r.quarter());
    g.name(AMOUNT).number(r.amount());
    g.name(TEXT).text(r.text());
    if (r.text() instanceof Message message) {
      g.name(BUNDLE).bundle(message.bundle());
      g.name(KEY).string(message.key());
      g.name(ARGS);
      args(g, message);
    }
    g.endObject();
  }

  /**
   * A reason's or note's key and arguments, so that other systems can match it without reading
   * prose: {@code {"bundle": …, "key": …, "args": [...]}}; a literal text has only its key.
   */
  private static void code(Json g, String key, LocalizedText text) {
    if (text instanceof Message message) {
      messageCode(g, message);
    } else {
      g.startObject();
      g.name(BUNDLE).nothing();
      g.name(KEY).key(key);
      g.name(ARGS).startArray().endArray();
      g.endObject();
    }
  }

  private static void messageCode(Json g, Message message) {
    g.startObject();
    g.name(BUNDLE).bundle(message.bundle());
    g.name(KEY).key(message.key());
    g.name(ARGS);
    args(g, message);
    g.endObject();
  }

  /**
   * A message's arguments as JSON values: numbers as numbers, texts as their own codes, lists as
   * arrays of the same.
   */
  private static void args(Json g, Message message) {
    g.startArray();
    for (Object arg : message.args()) {
      g.element();
      arg(g, arg);
    }
    g.endArray();
  }

  private static void arg(Json g, Object arg) {
    // a string, the usual argument, first (see Messages.plain: interface tests are slow on 17)
    if (arg instanceof String text) {
      g.string(text);
    } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
      g.number(((Number) arg).longValue());
    } else if (arg instanceof Message nested) {
      messageCode(g, nested);
    } else if (arg instanceof LocalizedText literal) {
      g.text(literal);
    } else if (arg instanceof BigDecimal d) {
      g.string(d.toPlainString());
    } else if (arg instanceof Enum<?> e) {
      g.string(e.name());
    } else if (arg instanceof List<?> items) {
      g.startArray();
      for (Object item : items) {
        g.element();
        arg(g, item);
      }
      g.endArray();
    } else {
      g.string(String.valueOf(arg));
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * A field's name, quoted and escaped once, in UTF-8, with the colon after it: {@code "name":} for
   * a line, {@code "name": } for pretty text.
   */
  private static final class Name {
    private final byte[] line;
    private final byte[] pretty;

    private Name(byte[] line, byte[] pretty) {
      this.line = line;
      this.pretty = pretty;
    }

    static Name of(String name) {
      Json j = new Json();
      j.string(name);
      j.put(':');
      byte[] line = Arrays.copyOf(j.bytes, j.length);
      j.put(' ');
      return new Name(line, Arrays.copyOf(j.bytes, j.length));
    }
  }

  /**
   * A report being written: the text so far, in UTF-8, in a growing {@code byte[]}, and where the
   * writing is (how deep, how many entries at each depth) for the separators and, when pretty, the
   * line breaks and indentation of Jackson's {@code DefaultPrettyPrinter} with {@code ": "} between
   * a name and its value and two spaces a level. One per thread, reused: {@link #open} takes it,
   * {@link #close} gives it back, and a nested use (a text whose rendering writes a report) gets a
   * fresh one.
   *
   * <p>Each string is escaped and encoded in one pass as it is written. A lone surrogate, which
   * UTF-8 cannot carry, is written as the three bytes its code unit would take (as in WTF-8) and
   * remembered: {@link #line} gives it back as the same lone {@code char}, {@link #utf8} refuses
   * the report.
   */
  private static final class Json implements LiteralSink {
    /**
     * The escape of each ASCII character: 0 none, 'u' as backslash, u and four hex digits, else
     * after a backslash.
     */
    private static final byte[] ESCAPES = new byte[0x80];

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** A buffer larger than this is not kept for the next report. */
    private static final int KEPT = 1 << 21;

    private static final ThreadLocal<Json> REUSED = ThreadLocal.withInitial(Json::new);

    static {
      for (int c = 0; c < 0x20; c++) {
        ESCAPES[c] = 'u';
      }
      ESCAPES['\b'] = 'b';
      ESCAPES['\t'] = 't';
      ESCAPES['\n'] = 'n';
      ESCAPES['\f'] = 'f';
      ESCAPES['\r'] = 'r';
      ESCAPES['"'] = '"';
      ESCAPES['\\'] = '\\';
    }

    private byte[] bytes = new byte[32_768];
    private int length;
    private boolean pretty;
    private Language language = Language.ZH;
    private boolean inUse;

    /** Whether a lone surrogate was written since {@link #open}. */
    private boolean loneSurrogate;

    /** How many entries (fields or elements) the open object or array at each depth has. */
    private int[] entries = new int[16];

    private int depth;

    /**
     * Literal pieces of texts (see {@link LiteralSink}), each as written (escaped, in UTF-8), by
     * identity: the same few hundred objects come back in every report, and copying their bytes
     * costs less than escaping and encoding their characters again. Emptied when it holds {@link
     * #KEPT_PIECES}, so that a host that makes new texts all the time does not fill memory with
     * them.
     */
    private final IdentityHashMap<Object, byte[]> written = new IdentityHashMap<>();

    /**
     * Values written quoted, kept as {@link #written} keeps pieces: criteria's references, message
     * bundles' names and message keys. Apart from {@link #written}, since a key and a literal piece
     * may be the same string, written once quoted and once not.
     */
    private final IdentityHashMap<Object, byte[]> quoted = new IdentityHashMap<>();

    /** How many pieces {@link #written}, or values {@link #quoted}, keeps at most. */
    private static final int KEPT_PIECES = 4096;

    /** A literal piece this short is escaped again: looking it up would cost about as much. */
    private static final int SHORT_PIECE = 4;

    /** This thread's writer, emptied, or a new one when it is already writing. */
    static Json open(boolean pretty, Language language) {
      Json j = REUSED.get();
      if (j.inUse) {
        j = new Json();
      }
      j.inUse = true;
      j.pretty = pretty;
      j.language = language;
      j.length = 0;
      j.depth = 0;
      j.entries[0] = 0;
      j.loneSurrogate = false;
      return j;
    }

    void close() {
      inUse = false;
      if (bytes.length > KEPT) {
        bytes = new byte[32_768];
      }
    }

    /** What was written, and a newline, as a string (a lone surrogate as it was given). */
    String line() {
      put('\n');
      if (!loneSurrogate) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      // rare: decode by hand, each three-byte sequence of a surrogate back to its char
      StringBuilder text = new StringBuilder(length);
      int i = 0;
      while (i < length) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          text.append((char) b);
          i++;
        } else if (b < 0xE0) {
          text.append((char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F));
          i += 2;
        } else if (b < 0xF0) {
          text.append((char) ((b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F));
          i += 3;
        } else {
          text.appendCodePoint(
              (b & 0x07) << 18
                  | (bytes[i + 1] & 0x3F) << 12
                  | (bytes[i + 2] & 0x3F) << 6
                  | bytes[i + 3] & 0x3F);
          i += 4;
        }
      }
      return text.toString();
    }

    /** What was written, in strict UTF-8, at its length. */
    byte[] utf8() throws CharacterCodingException {
      if (loneSurrogate) {
        throw new MalformedInputException(1);
      }
      return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
      }
    }

    private void put(char c) {
      if (length == bytes.length) {
        room(1);
      }
      bytes[length++] = (byte) c;
    }

    private void raw(byte[] text) {
      room(text.length);
      System.arraycopy(text, 0, bytes, length, text.length);
      length += text.length;
    }

    /** The separator before an entry, and in pretty text the line break and indentation. */
    private void separate() {
      if (entries[depth]++ > 0) {
        put(',');
      }
      if (pretty) {
        indent(depth);
      }
    }

    private void indent(int level) {
      room(1 + 2 * level);
      bytes[length++] = '\n';
      for (int i = 0; i < 2 * level; i++) {
        bytes[length++] = ' ';
      }
    }

    private Json push(char bracket) {
      put(bracket);
      depth++;
      if (depth == entries.length) {
        entries = Arrays.copyOf(entries, 2 * depth);
      }
      entries[depth] = 0;
      return this;
    }

    private void pop(char bracket) {
      int had = entries[depth];
      depth--;
      if (pretty) {
        if (had > 0) {
          indent(depth);
        } else {
          put(' ');
        }
      }
      put(bracket);
    }

    Json startObject() {
      return push('{');
    }

    void endObject() {
      pop('}');
    }

    Json startArray() {
      return push('[');
    }

    void endArray() {
      pop(']');
    }

    /** Before an array's element. */
    Json element() {
      separate();
      return this;
    }

    /** A field's name, before its value. */
    Json name(Name name) {
      separate();
      raw(pretty ? name.pretty : name.line);
      return this;
    }

    /** A field's name, escaped here. */
    Json name(String name) {
      separate();
      string(name);
      nameEnd();
      return this;
    }

    private void nameEnd() {
      room(2);
      bytes[length++] = ':';
      if (pretty) {
        bytes[length++] = ' ';
      }
    }

    void nothing() {
      raw(NULL);
    }

    void bool(boolean value) {
      raw(value ? TRUE : FALSE);
    }

    /** A whole number, or null. */
    void number(@Nullable Integer value) {
      if (value == null) {
        nothing();
      } else {
        number(value.longValue());
      }
    }

    void number(long value) {
      if (value == Long.MIN_VALUE) {
        accept(Long.toString(value));
        return;
      }
      room(20);
      long v = value;
      if (v < 0) {
        bytes[length++] = '-';
        v = -v;
      }
      int digits = 1;
      for (long p = 10; digits < 19 && v >= p; p *= 10) {
        digits++;
      }
      int at = length + digits;
      length = at;
      do {
        bytes[--at] = (byte) ('0' + (int) (v % 10));
        v /= 10;
      } while (v != 0);
    }

    /** An enum constant's name, quoted (the names are plain ASCII, nothing to escape). */
    void constant(Enum<?> value) {
      string(value.name());
    }

    void constant(byte[] quoted) {
      raw(quoted);
    }

    /** A string, quoted and escaped, or null. */
    void string(@Nullable String value) {
      if (value == null) {
        nothing();
        return;
      }
      put('"');
      accept(value);
      put('"');
    }

    /**
     * A bundle's name, quoted, kept (a report's messages come from a few bundles, and each names
     * its bundle in every code).
     */
    void bundle(Messages bundle) {
      quoted(bundle, bundle.base());
    }

    /** A criterion's reference as reports print it ({@link LegalReference#toString}), quoted. */
    void reference(LegalReference reference) {
      quoted(reference, reference.toString());
    }

    /**
     * A message's key, quoted, kept by identity: the keys of a bundle and those written in the code
     * are the same objects in every report.
     */
    void key(String key) {
      quoted(key, key);
    }

    /** {@code text}, quoted, as what {@code owner} writes: the bytes kept for it, else kept. */
    private void quoted(Object owner, String text) {
      writeKept(quoted, owner, text, true);
    }

    /**
     * {@code text} (quoted when {@code quote}) as what {@code owner} writes: the bytes {@code kept}
     * holds for it, else written and kept there, unless they are not UTF-8.
     */
    private void writeKept(
        IdentityHashMap<Object, byte[]> kept, Object owner, String text, boolean quote) {
      if (rewrite(kept, owner)) {
        return;
      }
      int start = length;
      boolean lone = loneSurrogate;
      loneSurrogate = false;
      if (quote) {
        string(text);
      } else {
        accept(text);
      }
      keep(kept, owner, start, lone);
    }

    /** Writes the bytes {@code kept} holds for {@code key}, if it holds any; whether it did. */
    private boolean rewrite(IdentityHashMap<Object, byte[]> kept, Object key) {
      byte[] bytes = kept.get(key);
      if (bytes == null) {
        return false;
      }
      raw(bytes);
      return true;
    }

    /**
     * The bytes written since {@code start} as what {@code key} writes, kept in {@code kept},
     * unless they are not UTF-8.
     */
    private void keep(
        IdentityHashMap<Object, byte[]> kept, Object key, int start, boolean loneBefore) {
      if (!loneSurrogate) {
        if (kept.size() >= KEPT_PIECES) {
          kept.clear();
        }
        kept.put(key, Arrays.copyOfRange(bytes, start, length));
      }
      loneSurrogate |= loneBefore;
    }

    /**
     * A literal piece: its bytes as written before when it was, else escaped and encoded as {@link
     * #accept} does and kept.
     */
    @Override
    public void acceptLiteral(String piece) {
      if (piece.length() < SHORT_PIECE) {
        accept(piece);
        return;
      }
      writeKept(written, piece, piece, false);
    }

    /** A text in the writer's language, quoted, its pieces escaped into place. */
    void text(LocalizedText value) {
      put('"');
      value.render(language, this);
      put('"');
    }

    /**
     * The characters of {@code s}, escaped and encoded as UTF-8 in one pass: plain ASCII at one
     * test a character, the few characters to escape (all ASCII) and the rest by their length.
     */
    @Override
    public void accept(String s) {
      int n = s.length();
      room(3 * n); // a char is at most three bytes; a pair, four for two
      byte[] out = bytes;
      int at = length;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          byte e = ESCAPES[c];
          if (e == 0) {
            out[at++] = (byte) c;
          } else {
            length = at;
            escape(c, e); // up to six bytes where three were set aside: set aside the rest again
            room(3 * (n - i - 1));
            out = bytes;
            at = length;
          }
        } else if (c < 0x800) {
          out[at++] = (byte) (0xC0 | c >> 6);
          out[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int p = Character.toCodePoint(c, s.charAt(++i));
          out[at++] = (byte) (0xF0 | p >> 18);
          out[at++] = (byte) (0x80 | p >> 12 & 0x3F);
          out[at++] = (byte) (0x80 | p >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | p & 0x3F);
        } else {
          // three bytes, as UTF-8 has them for the BMP; a lone surrogate too (remembered)
          loneSurrogate |= Character.isSurrogate(c);
          out[at++] = (byte) (0xE0 | c >> 12);
          out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | c & 0x3F);
        }
      }
      length = at;
    }

    /** An escaped character: a backslash and its letter, or backslash, u and four hex digits. */
    private void escape(char c, byte e) {
      room(6);
      bytes[length++] = '\\';
      if (e == 'u') {
        bytes[length++] = 'u';
        bytes[length++] = '0';
        bytes[length++] = '0';
        bytes[length++] = HEX[c >> 4];
        bytes[length++] = HEX[c & 0xF];
      } else {
        bytes[length++] = e;
      }
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  }
}
