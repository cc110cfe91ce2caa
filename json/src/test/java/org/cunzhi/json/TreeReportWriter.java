package org.cunzhi.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.util.List;
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
 * The report writer as it was before it streamed: the report built as a Jackson tree, then
 * serialised, with the exact 50-digit Wilson interval. Kept in test scope as the definition {@link
 * ReportWriter}'s bytes are compared with ({@code ReportWriterStreamingProperties}).
 */
final class TreeReportWriter {
  /** The report format's name. */
  static final String FORMAT = "cunzhi.report/v1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectWriter COMPACT = new ObjectMapper().writer();

  private final Language language;

  private TreeReportWriter(Language language) {
    this.language = requireNonNull(language, "language");
  }

  /** A writer whose reasons and titles are in {@code language}. */
  static TreeReportWriter create(Language language) {
    return new TreeReportWriter(language);
  }

  /** The report of {@code result} as a JSON text, ending in a newline. */
  String write(EvaluationResult result) {
    return text(toJson(result));
  }

  /** The reports of {@code results} as one JSON array, ending in a newline. */
  String writeAll(List<EvaluationResult> results) {
    ArrayNode array = NODES.arrayNode();
    results.forEach(r -> array.add(toJson(r)));
    return text(array);
  }

  /**
   * The report of {@code result} as one line of JSON Lines: the same object as {@link #write}, with
   * no line break inside (line breaks in text are escaped) and a newline at the end.
   */
  String writeLine(EvaluationResult result) {
    return text(COMPACT, toJson(result));
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode node) {
    return text(WRITER, node);
  }

  private static String text(ObjectWriter writer, com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report tree could not be written", e);
    }
  }

  /** The report of {@code result} as a JSON tree. */
  ObjectNode toJson(EvaluationResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    ObjectNode standard = root.putObject("standard");
    standard.put("id", result.standardId());
    standard.put("version", result.standardVersion());
    standard.put("fingerprint", result.fingerprint());
    standard.put("title", text(result.standardTitle()));
    ObjectNode unit = root.putObject("unit");
    unit.put("code", result.unit().code().value());
    unit.put("name", result.unit().name());
    unit.put("kind", result.unit().kind().name());
    root.put("assessmentYear", result.assessmentYear());
    root.put("verdict", result.verdict().name());
    root.put("vetoed", result.vetoed());
    @Nullable ScoreCard card = result.scoreCard();
    @Nullable Span score = card == null ? null : card.score();
    if (score == null) {
      root.putNull("score");
    } else {
      ObjectNode sn = root.putObject("score");
      sn.put("low", score.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
      sn.put("high", score.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
    }
    if (card == null) {
      root.putNull("grade");
    } else {
      root.put("grade", card.gradeCode());
      @Nullable Grade awarded = card.grade().orElse(null);
      if (awarded == null) {
        root.putNull("gradeTitle");
      } else {
        root.put("gradeTitle", text(awarded.title()));
      }
    }
    ArrayNode criteria = root.putArray("criteria");
    result.criteria().forEach(c -> criteria.add(criterion(c)));
    ArrayNode notes = root.putArray("notes");
    result.notes().forEach(n -> notes.add(text(n.text())));
    ArrayNode noteCodes = root.putArray("noteCodes");
    result.notes().forEach(n -> noteCodes.add(code(n.key(), n.text())));
    StandardChoice choice = result.choice();
    if (choice != null) {
      root.set("selection", selection(choice));
    }
    return root;
  }

  /** How the standard was chosen and what it shadowed, ids and enum names only. */
  private static ObjectNode selection(StandardChoice choice) {
    ObjectNode node = NODES.objectNode();
    node.put("named", choice.named());
    node.put("appliesToUnit", choice.appliesToUnit());
    node.put("chosen", choice.chosen().map(StandardChoice.Candidate::standardId).orElse(null));
    ArrayNode candidates = node.putArray("candidates");
    for (StandardChoice.Candidate c : choice.candidates()) {
      ObjectNode n = candidates.addObject();
      n.put("id", c.standardId());
      n.put("version", c.version());
      n.put("level", c.level().name());
      n.put("role", c.role().name());
      n.put("basis", c.basis().name());
      n.put("against", c.against());
      ArrayNode looser = n.putArray("looser");
      for (StandardChoice.Loosening l : c.loosenings()) {
        ObjectNode ln = looser.addObject();
        ln.put("parameter", l.key());
        ln.put("value", l.value());
        ln.put("base", l.baseId());
        ln.put("baseValue", l.baseValue());
      }
    }
    return node;
  }

  private ObjectNode criterion(CriterionResult c) {
    ObjectNode node = NODES.objectNode();
    node.put("id", c.id());
    node.put("outcome", c.outcome().name());
    node.put("veto", c.vetoed());
    node.put("reference", c.reference().toString());
    @Nullable CriterionPoints points = c.points();
    if (points != null) {
      ObjectNode pn = node.putObject("points");
      pn.put("low", points.earned().lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
      pn.put("high", points.earned().highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
      pn.put("max", points.max().toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
    }
    ArrayNode reasons = node.putArray("reasons");
    for (Reason r : c.reasons()) {
      reasons.add(text(r.text()));
    }
    ArrayNode measures = node.putArray("measures");
    c.measures().forEach(m -> measures.add(measure(m)));
    ArrayNode missed = node.putArray("missed");
    for (Missed m : c.missed()) {
      ObjectNode mn = missed.addObject();
      mn.put("period", m.period());
      mn.put("what", text(m.what()));
    }
    node.put("title", text(c.title()));
    node.put("carriesVeto", c.carriesVeto());
    ArrayNode remedies = node.putArray("remedies");
    c.remedies().forEach(r -> remedies.add(remedy(r)));
    ObjectNode parameters = node.putObject("parameters");
    c.parameters().forEach(parameters::put);
    ArrayNode reasonCodes = node.putArray("reasonCodes");
    c.reasons().forEach(r -> reasonCodes.add(code(r.key(), r.text())));
    return node;
  }

  private ObjectNode measure(Measure m) {
    ObjectNode node = NODES.objectNode();
    node.put("name", m.name());
    if (m.year() == null) {
      node.putNull("year");
    } else {
      node.put("year", m.year());
    }
    Rate rate = m.rate();
    node.put("numerator", rate.numerator());
    node.put("denominator", rate.denominator());
    if (rate.isDefined()) {
      node.put("percent", rate.formatPercent(2, RoundingMode.HALF_UP));
    } else {
      node.putNull("percent");
    }
    if (m.threshold() == null) {
      node.putNull("threshold");
    } else {
      // the text of Threshold.toString, written in whole-number arithmetic
      node.put("threshold", ParameterType.THRESHOLD.format(m.threshold()));
    }
    Optional<Interval> wilson = m.wilson95();
    if (wilson.isPresent()) {
      ArrayNode interval = node.putArray("wilson95");
      interval.add(wilson.get().lowerPercent(2, RoundingMode.HALF_UP).toPlainString());
      interval.add(wilson.get().upperPercent(2, RoundingMode.HALF_UP).toPlainString());
    } else {
      node.putNull("wilson95");
    }
    var gap = m.gap();
    if (gap.isPresent()) {
      node.put("gap", gap.getAsLong());
    } else {
      node.putNull("gap");
    }
    node.put("kind", m.kind().name());
    node.put("label", text(m.label()));
    return node;
  }

  private ObjectNode remedy(Remedy r) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", r.kind().name());
    node.put("subject", r.subject());
    if (r.year() == null) {
      node.putNull("year");
    } else {
      node.put("year", r.year());
    }
    if (r.quarter() == null) {
      node.putNull("quarter");
    } else {
      node.put("quarter", r.quarter());
    }
    node.put("amount", r.amount());
    node.put("text", text(r.text()));
    if (r.text() instanceof Message message) {
      node.put("bundle", message.bundle().base());
      node.put("key", message.key());
      node.set("args", args(message));
    }
    return node;
  }

  /**
   * A reason's or note's key and arguments, so that other systems can match it without reading
   * prose: {@code {"bundle": …, "key": …, "args": [...]}}; a literal text has only its key.
   */
  private ObjectNode code(String key, LocalizedText text) {
    ObjectNode node = NODES.objectNode();
    if (text instanceof Message message) {
      node.put("bundle", message.bundle().base());
      node.put("key", message.key());
      node.set("args", args(message));
    } else {
      node.putNull("bundle");
      node.put("key", key);
      node.putArray("args");
    }
    return node;
  }

  /**
   * A message's arguments as JSON values: numbers as numbers, texts as their own codes, lists as
   * arrays of the same.
   */
  private ArrayNode args(Message message) {
    ArrayNode args = NODES.arrayNode();
    for (Object arg : message.args()) {
      addArg(args, arg);
    }
    return args;
  }

  private void addArg(ArrayNode args, Object arg) {
    if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
      args.add(((Number) arg).longValue());
    } else if (arg instanceof Message nested) {
      ObjectNode n = args.addObject();
      n.put("bundle", nested.bundle().base());
      n.put("key", nested.key());
      n.set("args", args(nested));
    } else if (arg instanceof LocalizedText literal) {
      args.add(text(literal));
    } else if (arg instanceof java.math.BigDecimal d) {
      args.add(d.toPlainString());
    } else if (arg instanceof Enum<?> e) {
      args.add(e.name());
    } else if (arg instanceof List<?> items) {
      ArrayNode list = args.addArray();
      for (Object item : items) {
        addArg(list, item);
      }
    } else {
      args.add(String.valueOf(arg));
    }
  }

  private String text(LocalizedText t) {
    return t.in(language);
  }
}
