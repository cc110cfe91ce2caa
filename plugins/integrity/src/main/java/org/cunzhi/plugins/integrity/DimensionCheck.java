package org.cunzhi.plugins.integrity;

import static org.cunzhi.plugins.integrity.IntegrityParameters.DIMENSION_POINTS;
import static org.cunzhi.plugins.integrity.IntegrityParameters.QUALITATIVE_POINTS;
import static org.cunzhi.plugins.integrity.IntegrityParameters.QUANTITATIVE_POINTS;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Credit;
import org.cunzhi.core.rule.CreditRange;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * One dimension of the five goods (DOMAIN CV-D1 to CV-D5), scored exactly: a quantitative part
 * shared equally among the dimension's applicable items (CV-D2, CV-D3) and a qualitative part from
 * scorecards (CV-D4). The result earns its points' share as a {@link Credit}: PASS with all of
 * them, FAIL with fewer, INSUFFICIENT_EVIDENCE with the range the missing evidence leaves open
 * (CV-D5). Its reasons give each item's points; its remedies what would earn more or is missing.
 */
final class DimensionCheck implements Check {
  /** Beyond this a credit's denominator is rounded (only for absurdly large counts). */
  private static final BigInteger LIMIT = BigInteger.valueOf(1_000_000_000_000_000L);

  private final ScorecardDimension dimension;
  private final List<Item> items;
  private final Requirements requirements;

  DimensionCheck(ScorecardDimension dimension, List<Item> items, Set<Section> needs) {
    this.dimension = dimension;
    this.items = ImmutableList.copyOf(items);
    Set<Section> reads = EnumSet.of(Section.SCORECARDS);
    List<Parameter<?>> params = new ArrayList<>();
    params.add(DIMENSION_POINTS);
    params.add(QUANTITATIVE_POINTS);
    params.add(QUALITATIVE_POINTS);
    for (ScorecardKind k : ScorecardKind.values()) {
      params.add(Qualitative.weight(k));
    }
    for (Item i : items) {
      reads.addAll(i.reads());
      i.parameters().stream().filter(p -> !params.contains(p)).forEach(params::add);
    }
    Requirements r =
        Requirements.none()
            .reading(reads.toArray(Section[]::new))
            .needing(Section.SCORECARDS)
            .needing(needs)
            .reading(params);
    if (dimension == ScorecardDimension.ORGANIZATION) {
      r = r.needingAnyOf(Section.MEETINGS, Section.ACTIVITIES);
    }
    this.requirements = r;
  }

  @Override
  public Requirements requirements() {
    return requirements;
  }

  @Override
  public CheckResult check(CheckContext context) {
    int dimensionPoints = context.parameter(DIMENSION_POINTS);
    Fraction quantitative = Fraction.of(context.parameter(QUANTITATIVE_POINTS), 1);
    Fraction qualitative = Fraction.of(context.parameter(QUALITATIVE_POINTS), 1);
    Fraction parts = quantitative.plus(qualitative);
    // shown points are the parts' points scaled to the dimension's (equal with the defaults)
    Fraction scale =
        parts.isZero() ? Fraction.ZERO : Fraction.of(dimensionPoints, 1).dividedBy(parts);

    List<List<ItemCredit>> credits = new ArrayList<>();
    for (Item i : items) {
      credits.add(i.credits(context));
    }
    // every reading of the dossier (CV-D8: two where contract management's use is unknown)
    List<List<ItemCredit>> readings = readings(credits);
    Span quant = quantitative(readings.get(0), quantitative);
    for (List<ItemCredit> reading : readings.subList(1, readings.size())) {
      Span q = quantitative(reading, quantitative);
      quant =
          Span.of(
              q.low().compareTo(quant.low()) < 0 ? q.low() : quant.low(),
              q.high().compareTo(quant.high()) > 0 ? q.high() : quant.high());
    }
    Qualitative qual = Qualitative.of(context, dimension);
    Span qualPoints = qual.percent().times(qualitative).dividedBy(Fraction.HUNDRED);
    Span total = quant.plus(qualPoints);

    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    reasons.add(
        IntegrityText.reason(
            "dimension.points",
            IntegrityText.text("dimension." + dimension.name()),
            shown(total.times(scale)),
            dimensionPoints,
            shown(quant.times(scale)),
            whole(quantitative.times(scale)),
            shown(qualPoints.times(scale)),
            whole(qualitative.times(scale))));
    List<ItemCredit> first = new ArrayList<>();
    for (List<ItemCredit> c : credits) {
      first.add(c.get(0));
    }
    long applicable = first.stream().filter(ItemCredit::applicable).count();
    Fraction share =
        applicable == 0 ? Fraction.ZERO : quantitative.dividedBy(Fraction.of(applicable, 1));
    for (int i = 0; i < credits.size(); i++) {
      ItemCredit c = first.get(i);
      if (c.applicable()) {
        Span earned = Span.of(c.low(), c.high()).times(share).times(scale);
        reasons.add(
            IntegrityText.reason(
                "item.points", c.detail(), shown(earned), whole(share.times(scale))));
      } else {
        reasons.add(IntegrityText.reason("item.not-applicable", c.detail()));
      }
      for (ItemCredit alt : credits.get(i).subList(1, credits.get(i).size())) {
        if (!alt.applicable()) {
          reasons.add(IntegrityText.reason("item.not-applicable", alt.detail()));
        }
      }
      reasons.addAll(c.notes());
      measures.addAll(c.measures());
      remedies.addAll(c.remedies());
    }
    reasons.add(
        IntegrityText.reason(
            "qualitative.points",
            whole(qualitative.times(scale)),
            percent(qual.percent()),
            shown(qualPoints.times(scale))));
    reasons.addAll(qual.reasons());
    remedies.addAll(qual.remedies());

    if (parts.isZero()) {
      return new CheckResult(Outcome.PASS, reasons, measures, List.of(), false)
          .withCredit(Credit.full());
    }
    Fraction low = total.low().dividedBy(parts);
    Fraction high = total.high().dividedBy(parts);
    if (low.equals(high)) {
      boolean full = low.compareTo(Fraction.of(1, 1)) >= 0;
      // scored on complete evidence: a PASS whatever it earns (a dimension is scored, not failed);
      // what it lost, and what would regain it, are its reasons and remedies
      return new CheckResult(Outcome.PASS, reasons, measures, full ? List.of() : remedies, false)
          .withCredit(full ? Credit.full() : credit(low, false));
    }
    Credit lo = credit(low, false);
    Credit hi = credit(high, true);
    return new CheckResult(Outcome.INSUFFICIENT_EVIDENCE, reasons, measures, remedies, false)
        .withCredit(lo.equals(hi) ? CreditRange.unknown() : CreditRange.between(lo, hi));
  }

  /** The quantitative points of one reading: the share of each applicable item times its credit. */
  private static Span quantitative(List<ItemCredit> reading, Fraction points) {
    long applicable = reading.stream().filter(ItemCredit::applicable).count();
    if (applicable == 0) {
      return Span.exactly(points); // nothing to measure: nothing is lost (S-1)
    }
    Fraction share = points.dividedBy(Fraction.of(applicable, 1));
    Span sum = Span.ZERO;
    for (ItemCredit c : reading) {
      if (c.applicable()) {
        sum = sum.plus(Span.of(c.low(), c.high()).times(share));
      }
    }
    return sum;
  }

  /** Every combination of the items' readings, the first being each item's first. */
  private static List<List<ItemCredit>> readings(List<List<ItemCredit>> credits) {
    List<List<ItemCredit>> all = new ArrayList<>();
    all.add(new ArrayList<>());
    for (List<ItemCredit> options : credits) {
      List<List<ItemCredit>> next = new ArrayList<>();
      for (List<ItemCredit> prefix : all) {
        for (ItemCredit o : options) {
          List<ItemCredit> r = new ArrayList<>(prefix);
          r.add(o);
          next.add(r);
        }
      }
      all = next;
    }
    return all;
  }

  /**
   * {@code f} (in [0, 1]) as a credit, exact whenever its terms fit a {@code long}; otherwise
   * rounded to 18 decimal places, down for a low end and up for a high end.
   */
  static Credit credit(Fraction f, boolean up) {
    if (f.denominator().compareTo(LIMIT) <= 0) {
      return Credit.of(f.numerator().longValueExact(), f.denominator().longValueExact());
    }
    BigInteger[] qr = f.numerator().multiply(LIMIT).divideAndRemainder(f.denominator());
    BigInteger n = up && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return Credit.of(n.longValueExact(), LIMIT.longValueExact());
  }

  /** Points as shown: two decimals, rounded half up; {@code a–b} for a range. */
  static String shown(Span s) {
    String low = s.lowDecimal(2).toPlainString();
    return s.isExact() ? low : low + "–" + s.highDecimal(2).toPlainString();
  }

  /** A percentage as shown: two decimals; {@code a–b} for a range. */
  private static String percent(Span s) {
    return shown(s);
  }

  /**
   * A number of points with no trailing zeros, at most two decimals, e.g. {@code 3} or {@code 2.4}.
   */
  static String whole(Fraction f) {
    BigDecimal d = f.toDecimal(2).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }

  @Override
  public String toString() {
    return "dimension " + dimension;
  }

  /** The dimension's title, for a criterion. */
  LocalizedText title() {
    return IntegrityText.text("dimension." + dimension.name());
  }
}
