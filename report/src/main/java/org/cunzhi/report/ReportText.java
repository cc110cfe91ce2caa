package org.cunzhi.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Outcome;

/**
 * The words both formats share, in one language: labels from the module's bundle, texts rendered
 * late, thresholds in the words people use ("不低于 90%", "at least 90%"), and figures. Plain text,
 * not yet escaped: each format escapes what it writes.
 */
final class ReportText {
  private static final Messages LABELS =
      Messages.load(ReportText.class, "/META-INF/cunzhi/report/report");

  private final Language language;

  ReportText(Language language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  Language language() {
    return language;
  }

  /** The label {@code key} with {@code args}, in this report's language. */
  String label(String key, Object... args) {
    return LABELS.format(language, key, args);
  }

  String text(LocalizedText t) {
    return t.in(language);
  }

  /** A label followed by its colon, e.g. {@code 单位：} or {@code Unit: }. */
  String labelled(String key) {
    return label(key) + label("colon");
  }

  String unit(Unit unit) {
    return label("unit.value", unit.name(), unit.code().value())
        + label("list.separator")
        + label("unit.kind." + unit.kind().name());
  }

  /** The county and township, or empty when the dossier names neither. */
  Optional<String> place(Unit unit) {
    String place =
        Stream.of(unit.county(), unit.township())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return place.isBlank() ? Optional.empty() : Optional.of(place);
  }

  String standard(EvaluationResult r) {
    return label("standard.value", text(r.standardTitle()), r.standardId(), r.standardVersion());
  }

  String verdict(EvaluationResult r) {
    return label("verdict." + r.verdict().name());
  }

  String outcome(Outcome outcome) {
    return label("outcome." + outcome.name());
  }

  /** How many criteria had each outcome that occurs, in the outcomes' order: "通过 8 项，未通过 1 项". */
  String outcomeCounts(EvaluationResult r) {
    List<String> parts = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      long n = r.count(o);
      if (n > 0) {
        parts.add(label("outcome.count", outcome(o), n));
      }
    }
    return String.join(label("list.separator"), parts);
  }

  /** A threshold in words: 不低于 90%, at least 90%; 等于 100%, exactly 100%. */
  String threshold(Threshold t) {
    return label("threshold." + t.comparison().name(), t.percent().toPlainString());
  }

  /** A parameter's value as read; a threshold in words, its canonical text beside it. */
  String parameterValue(String value) {
    try {
      Threshold t = Threshold.parse(value);
      return threshold(t) + " (" + value + ")";
    } catch (IllegalArgumentException notAThreshold) {
      return value;
    }
  }

  String year(Measure m) {
    return m.year() == null ? "" : label("measure.year", String.valueOf(m.year()));
  }

  static String percent(Rate rate) {
    return rate.formatPercent(2, RoundingMode.HALF_UP);
  }

  static String lower(Interval w) {
    return w.lowerPercent(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String upper(Interval w) {
    return w.upperPercent(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The Wilson 95% interval in words, or empty. */
  Optional<String> interval(Measure m) {
    return m.wilson95Rounded(2).map(w -> label("measure.interval", lower(w), upper(w)));
  }

  /**
   * A figure on one line: its year and label, the exact counts and percent, its interval, what is
   * required (in words), and how many are short.
   */
  String measure(Measure m) {
    Rate rate = m.rate();
    String name = text(m.label());
    String n = String.valueOf(rate.numerator());
    String d = String.valueOf(rate.denominator());
    if (!rate.isDefined()) {
      return label("measure.undefined", year(m), name, n, d).strip();
    }
    List<String> parts = new ArrayList<>();
    parts.add(label("measure.defined", year(m), name, n, d, percent(rate)).strip());
    interval(m).ifPresent(parts::add);
    if (m.threshold() != null) {
      parts.add(label("measure.threshold", threshold(m.threshold())));
    }
    if (m.gap().isPresent() && m.gap().getAsLong() > 0) {
      parts.add(label("measure.gap", String.valueOf(m.gap().getAsLong())));
    }
    return String.join(label("list.separator"), parts);
  }

  /** Whether a figure met its requirement, in words: 达到, 未达到, or a dash. */
  String met(Measure m) {
    return m.met().map(b -> label("met." + b)).orElseGet(() -> label("met.none"));
  }

  /** The rates of people, grouped by criterion and name, each group's years in order. */
  static List<RateGroup> rateGroups(EvaluationResult r) {
    List<RateGroup> groups = new ArrayList<>();
    for (CriterionResult c : r.criteria()) {
      Map<String, List<Measure>> byName = new LinkedHashMap<>();
      for (Measure m : c.measures()) {
        if (m.kind() == Measure.Kind.PROPORTION) {
          byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
      }
      byName.forEach(
          (name, ms) -> {
            List<Measure> sorted = new ArrayList<>(ms);
            sorted.sort(
                java.util.Comparator.comparing(
                    (Measure m) -> m.year() == null ? Integer.MIN_VALUE : m.year()));
            groups.add(new RateGroup(c, sorted));
          });
    }
    return groups;
  }

  /** One criterion's figures of one name, the years in order. */
  record RateGroup(CriterionResult criterion, List<Measure> measures) {
    LocalizedText label() {
      return measures.get(0).label();
    }
  }

  /**
   * The documents the criteria come from (instrument and version), in order, each with the items
   * cited and the criteria citing them: "四（二）9（tianjin.village.9）".
   */
  Map<String, List<String>> references(EvaluationResult r) {
    Map<String, List<String>> refs = new LinkedHashMap<>();
    for (CriterionResult c : r.criteria()) {
      LegalReference ref = c.reference();
      String document =
          ref.version() == null ? ref.instrument() : ref.instrument() + " (" + ref.version() + ")";
      String item = ref.article() == null ? c.id() : label("reference.item", ref.article(), c.id());
      refs.computeIfAbsent(document, k -> new ArrayList<>()).add(item);
    }
    return refs;
  }

  /** Every parameter value read, by key then value, with the criteria that read it. */
  static Map<String, Map<String, List<String>>> parameters(EvaluationResult r) {
    Map<String, Map<String, List<String>>> params = new TreeMap<>();
    for (CriterionResult c : r.criteria()) {
      c.parameters()
          .forEach(
              (k, v) ->
                  params
                      .computeIfAbsent(k, x -> new TreeMap<>())
                      .computeIfAbsent(v, x -> new ArrayList<>())
                      .add(c.id()));
    }
    return params;
  }

  String ids(List<String> ids) {
    return String.join(label("list.separator"), ids);
  }

  /**
   * How the standard came to be evaluated and what else applied (D-ADM-4, D-ADM-5), line by line.
   */
  List<String> choice(StandardChoice choice) {
    List<String> lines = new ArrayList<>();
    if (choice.named()) {
      lines.add(
          choice
              .chosen()
              .map(c -> label("selection.named", c.standardId()))
              .orElseGet(() -> label("selection.named.none")));
    } else {
      choice.self().ifPresent(c -> lines.add(label("selection.self." + c.role().name(), basis(c))));
    }
    for (StandardChoice.Candidate c : choice.candidates()) {
      if (!c.standardId().equals(choice.standardId())) {
        lines.add(
            label("selection.other", c.standardId(), c.version(), c.level().name(), basis(c)));
      }
    }
    return lines;
  }

  private String basis(StandardChoice.Candidate c) {
    String looser =
        c.loosenings().stream()
            .map(l -> label("looser", l.key(), l.value(), l.baseValue(), l.baseId()))
            .collect(Collectors.joining("; "));
    return label("basis." + c.basis().name(), c.against() == null ? "" : c.against(), looser);
  }
}
