package org.cunzhi.plugins.integrity;

import static org.cunzhi.plugins.integrity.IntegrityParameters.MASS_APPRAISAL_WEIGHT;
import static org.cunzhi.plugins.integrity.IntegrityParameters.SELF_WEIGHT;
import static org.cunzhi.plugins.integrity.IntegrityParameters.TOWNSHIP_INSPECTION_WEIGHT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;

/**
 * The qualitative part of a dimension (DOMAIN CV-D4, CV-D8): the weighted percentage of the latest
 * scorecard of each kind dated in the assessment year. A kind without one, or whose latest card
 * leaves the dimension out, counts anywhere from 0% to 100%; two of a kind on the same latest day
 * give the range between them.
 *
 * @param percent the weighted percentage, on the 0-100 scale
 * @param reasons each kind's percentage, in the order SELF, MASS_APPRAISAL, TOWNSHIP_INSPECTION
 * @param remedies what is missing
 */
record Qualitative(Span percent, List<Reason> reasons, List<Remedy> remedies) {

  private static final Fraction HUNDRED = Fraction.HUNDRED;

  /** The weight parameter of {@code kind}. */
  static Parameter<Integer> weight(ScorecardKind kind) {
    switch (kind) {
      case SELF:
        return SELF_WEIGHT;
      case MASS_APPRAISAL:
        return MASS_APPRAISAL_WEIGHT;
      default:
        return TOWNSHIP_INSPECTION_WEIGHT;
    }
  }

  /** The qualitative percentage of {@code dimension} in {@code context}'s dossier. */
  static Qualitative of(CheckContext context, ScorecardDimension dimension) {
    int year = context.assessmentYear();
    List<Scorecard> cards =
        context.dossier().has(Section.SCORECARDS) ? context.dossier().scorecards() : List.of();
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    long ignored = cards.stream().filter(s -> s.date().getYear() != year).count();
    Span weighted = Span.ZERO;
    Fraction weights = Fraction.ZERO;
    for (ScorecardKind kind : ScorecardKind.values()) {
      int w = context.parameter(weight(kind));
      Span score = score(cards, kind, dimension, year, reasons, remedies, w);
      Fraction fw = Fraction.of(w, 1);
      weighted = weighted.plus(score.times(fw));
      weights = weights.plus(fw);
    }
    if (ignored > 0) {
      reasons.add(IntegrityText.reason("qualitative.other-years", ignored, year));
    }
    Span percent = weights.isZero() ? Span.of(Fraction.ZERO, HUNDRED) : weighted.dividedBy(weights);
    return new Qualitative(percent, reasons, remedies);
  }

  private static Span score(
      List<Scorecard> cards,
      ScorecardKind kind,
      ScorecardDimension dimension,
      int year,
      List<Reason> reasons,
      List<Remedy> remedies,
      int w) {
    Object kindName = IntegrityText.text("scorecard." + kind.name());
    Object dimensionName = IntegrityText.text("dimension." + dimension.name());
    Optional<LocalDate> latest =
        cards.stream()
            .filter(s -> s.by() == kind && s.date().getYear() == year)
            .map(Scorecard::date)
            .max(LocalDate::compareTo);
    if (latest.isEmpty()) {
      reasons.add(IntegrityText.reason("qualitative.kind-missing", kindName, w, year));
      remedies.add(
          new Remedy(
              Remedy.Kind.SUPPLY_DATA,
              "scorecards",
              year,
              null,
              1,
              IntegrityText.text("missing.scorecard." + kind.name())));
      return Span.of(Fraction.ZERO, HUNDRED);
    }
    List<Scorecard> sameDay =
        cards.stream().filter(s -> s.by() == kind && s.date().equals(latest.get())).toList();
    int low = Scorecard.MAX_SCORE;
    int high = Scorecard.MIN_SCORE;
    boolean missing = false;
    for (Scorecard s : sameDay) {
      Optional<Integer> v = s.score(dimension);
      if (v.isEmpty()) {
        missing = true;
      } else {
        low = Math.min(low, v.get());
        high = Math.max(high, v.get());
      }
    }
    String date = latest.get().toString();
    if (missing) {
      reasons.add(
          IntegrityText.reason("qualitative.dimension-missing", kindName, w, date, dimensionName));
      remedies.add(
          new Remedy(
              Remedy.Kind.SUPPLY_DATA,
              "scorecards",
              year,
              null,
              1,
              IntegrityText.text("missing.scorecard-dimension", kindName, dimensionName)));
      return Span.of(Fraction.ZERO, HUNDRED);
    }
    if (sameDay.size() > 1 && low != high) {
      reasons.add(
          IntegrityText.reason(
              "qualitative.same-day", kindName, w, date, sameDay.size(), low, high));
      remedies.add(
          new Remedy(
              Remedy.Kind.SUPPLY_DATA,
              "scorecards",
              year,
              null,
              1,
              IntegrityText.text("missing.scorecard-one." + kind.name(), date)));
      return Span.of(Fraction.of(low, 1), Fraction.of(high, 1));
    }
    reasons.add(IntegrityText.reason("qualitative.kind", kindName, w, date, low));
    return Span.exactly(Fraction.of(low, 1));
  }
}
