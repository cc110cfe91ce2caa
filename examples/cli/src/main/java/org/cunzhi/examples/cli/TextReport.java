package org.cunzhi.examples.cli;

import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Consumer;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The report an official reads at a terminal: the unit, the verdict first, then each criterion with
 * its outcome, the reasons in plain words, the figures with their interval, and what would change a
 * failure. Labels come from the {@code cli} message bundle.
 */
final class TextReport {
  private static final Messages LABELS =
      Messages.load(TextReport.class, "/org/cunzhi/examples/cli/cli");

  private final Language language;

  TextReport(Language language) {
    this.language = language;
  }

  private String label(String key, Object... args) {
    return LABELS.format(language, key, args);
  }

  private String text(LocalizedText t) {
    return t.in(language);
  }

  /**
   * This thread's builder, reused: a report of nine criteria is about 4,000 characters, and a
   * builder kept keeps its room and its two bytes a character, where a new one would start in
   * Latin-1 and be copied at the first Chinese character.
   */
  private static final ThreadLocal<StringBuilder> BUILDER =
      ThreadLocal.withInitial(() -> new StringBuilder(8192));

  /** A builder larger than this is not kept for the next report. */
  private static final int KEPT = 1 << 20;

  String render(EvaluationResult r) {
    StringBuilder s = BUILDER.get();
    // taken while in use: a report made while this one is (a text whose rendering writes one)
    // gets a builder of its own
    BUILDER.set(new StringBuilder(0));
    try {
      s.setLength(0);
      render(r, s);
      return s.toString();
    } finally {
      BUILDER.set(s.capacity() > KEPT ? new StringBuilder(8192) : s);
    }
  }

  private void render(EvaluationResult r, StringBuilder s) {
    Consumer<String> into = s::append;
    Unit unit = r.unit();
    String place =
        unit.county() == null
            ? (unit.township() == null ? "" : unit.township())
            : (unit.township() == null ? unit.county() : unit.county() + " " + unit.township());
    s.append(
            label(
                    "unit",
                    unit.name(),
                    unit.code().value(),
                    place,
                    String.valueOf(r.assessmentYear()))
                .strip())
        .append('\n');
    s.append(label("verdict", label("verdict." + r.verdict().name()))).append('\n');
    if (r.vetoed()) {
      s.append(label("vetoed")).append('\n');
    }
    @Nullable ScoreCard card = r.scoreCard();
    if (card != null) {
      s.append(scoreLine(card)).append('\n');
    }
    s.append(label("standard", text(r.standardTitle()), r.standardId(), r.standardVersion()))
        .append('\n');
    s.append(label("fingerprint", r.fingerprint())).append('\n');
    StandardChoice choice = r.choice();
    if (choice != null) {
      choice(s, choice);
    }
    for (Reason note : r.notes()) {
      LABELS.text("note", note.text()).render(language, into);
      s.append('\n');
    }
    for (CriterionResult c : r.criteria()) {
      s.append('\n');
      LABELS
          .text("criterion", label("outcome." + c.outcome().name()), c.id(), c.title())
          .render(language, into);
      s.append('\n');
      if (c.vetoed()) {
        s.append("    ").append(label("criterion.vetoed")).append('\n');
      }
      s.append("    ").append(label("reference", c.reference().toString())).append('\n');
      @Nullable CriterionPoints points = c.points();
      if (points != null) {
        s.append("    ")
            .append(
                label(
                    "criterion.points",
                    shown(points.earned()),
                    points.max().toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString()))
            .append('\n');
      }
      for (Reason reason : c.reasons()) {
        s.append("    - ");
        reason.text().render(language, into);
        s.append('\n');
      }
      for (Measure m : c.measures()) {
        s.append("    ").append(label("measure", measure(m))).append('\n');
      }
      for (Missed m : c.missed()) {
        s.append("    ");
        LABELS.text("missed", m.period(), m.what()).render(language, into);
        s.append('\n');
      }
      for (Remedy remedy : c.remedies()) {
        s.append("    ");
        LABELS.text("remedy", remedy.text()).render(language, into);
        s.append('\n');
      }
      if (!c.parameters().isEmpty()) {
        StringBuilder p = new StringBuilder();
        c.parameters()
            .forEach(
                (k, v) -> p.append(p.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
        s.append("    ").append(label("parameters", p)).append('\n');
      }
    }
  }

  /**
   * The score and grade in one line, as an official reads them: "得分：78.40–86.40
   * 分；等次：先进村（缺少：群众评议评分表）" (DOMAIN CV-D5, CV-D6).
   */
  private String scoreLine(ScoreCard card) {
    @Nullable Span score = card.score();
    String points = score == null ? label("score.none") : label("score.points", shown(score));
    String grade =
        switch (card.standing()) {
          case AWARDED -> label("grade.awarded", text(card.grade().orElseThrow().title()));
          case NOT_QUALIFIED -> label("grade.NOT_QUALIFIED");
          case INCONCLUSIVE ->
              label("grade.INCONCLUSIVE", gradeTitle(card.lowest()), gradeTitle(card.highest()));
        };
    String missing =
        card.missing().isEmpty()
            ? ""
            : label(
                "grade.missing",
                String.join(
                    label("list.separator"), card.missing().stream().map(this::text).toList()));
    return points + label("score.separator") + grade + missing;
  }

  private String gradeTitle(@Nullable Grade g) {
    return g == null ? label("grade.none") : text(g.title());
  }

  private static String shown(Span span) {
    String low = span.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    return span.isExact()
        ? low
        : low + "–" + span.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
  }

  /** Which standard was chosen for the unit, what it shadowed, and why (D-ADM-4, D-ADM-5). */
  private void choice(StringBuilder s, StandardChoice choice) {
    if (choice.named()) {
      s.append(
              choice
                  .chosen()
                  .map(c -> label("selection.named", c.standardId()))
                  .orElseGet(() -> label("selection.named.none")))
          .append('\n');
    } else {
      choice
          .self()
          .ifPresent(
              c -> s.append(label("selection.self." + c.role().name(), basis(c))).append('\n'));
    }
    for (StandardChoice.Candidate c : choice.candidates()) {
      if (!c.standardId().equals(choice.standardId())) {
        s.append(label("selection.other", c.standardId(), c.version(), c.level().name(), basis(c)))
            .append('\n');
      }
    }
  }

  private String basis(StandardChoice.Candidate c) {
    String looser =
        c.loosenings().stream()
            .map(l -> label("looser", l.key(), l.value(), l.baseValue(), l.baseId()))
            .collect(java.util.stream.Collectors.joining("; "));
    return label("basis." + c.basis().name(), c.against() == null ? "" : c.against(), looser);
  }

  private String measure(Measure m) {
    Rate rate = m.rate();
    String name = text(m.label());
    String year = m.year() == null ? "" : label("measure.year", String.valueOf(m.year()));
    if (!rate.isDefined()) {
      return label(
              "measure.undefined",
              year,
              name,
              String.valueOf(rate.numerator()),
              String.valueOf(rate.denominator()))
          .strip();
    }
    String percent = rate.formatPercent(2, RoundingMode.HALF_UP);
    String interval = "";
    Optional<Interval> wilson = m.wilson95Rounded(2);
    if (wilson.isPresent()) {
      Interval w = wilson.get();
      interval =
          label(
              "measure.interval",
              w.lowerPercent(2, RoundingMode.HALF_UP).toPlainString(),
              w.upperPercent(2, RoundingMode.HALF_UP).toPlainString());
    }
    String threshold =
        m.threshold() == null
            ? ""
            // the text of Threshold.toString, written in whole-number arithmetic
            : label("measure.threshold", ParameterType.THRESHOLD.format(m.threshold()));
    String gap =
        m.gap().isPresent() && m.gap().getAsLong() > 0
            ? label("measure.gap", String.valueOf(m.gap().getAsLong()))
            : "";
    return label(
            "measure.defined",
            year,
            name,
            String.valueOf(rate.numerator()),
            String.valueOf(rate.denominator()),
            percent,
            interval,
            threshold,
            gap)
        .strip();
  }
}
