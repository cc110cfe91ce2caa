package org.cunzhi.plugins.tianjin;

import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;

/**
 * The values the Tianjin rules read, each with its default, its source (DOMAIN S-5), the range a
 * district may tailor it within, and which direction is stricter (D-ADM-5). This is the one
 * definition of each: core defines none, and a county standard that extends a Tianjin standard sets
 * these by key.
 *
 * <p>The ranges are the project's: wide enough for any stricter or looser local rule the sources
 * suggest, and narrow enough that every value in them can be evaluated (a window of 0 years, a
 * deadline of 0 days or a threshold above 100% cannot).
 */
final class TianjinParameters {
  private TianjinParameters() {}

  /**
   * "The last three years": the assessment year and the two before it (S-1; plan 四（二）8, 9). From 1
   * to 10 years; looking further back is stricter.
   */
  static final Parameter<Integer> WINDOW_YEARS =
      count("window-years", 3, "years", TianjinReferences.plan("四（二）8、9"), 10, Strictness.HIGHER);

  /**
   * Days from receipt within which a complaint is investigated (D-PROC-3). From 1 to 30 days; fewer
   * days is stricter.
   */
  static final Parameter<Integer> COMPLAINT_DAYS =
      count(
          "complaint-days",
          3,
          "days",
          TianjinReferences.supervisionRules("item 3"),
          30,
          Strictness.LOWER);

  /**
   * Days an adopted charter or covenant is posted, counting both ends (D-CH-3: one week). From 1 to
   * 60 days; a longer notice is stricter.
   */
  static final Parameter<Integer> NOTICE_DAYS =
      count(
          "notice-days", 7, "days", TianjinReferences.creationSummary("三"), 60, Strictness.HIGHER);

  /**
   * How often family-planning policy and its implementation are disclosed (D-PROC-2): any cadence
   * from yearly to monthly; more often is stricter.
   */
  static final Parameter<Cadence> DISCLOSURE_CADENCE =
      new Parameter<>(
              "disclosure-cadence",
              ParameterType.CADENCE,
              Cadence.QUARTERLY,
              "",
              TianjinReferences.supervisionRules("item 1"),
              description("disclosure-cadence"))
          .withRange(Cadence.YEARLY, Cadence.MONTHLY)
          .withStricter(Strictness.HIGHER);

  /** The awareness rate of the assessment year (TJ-V4): at least 90%. */
  static final Parameter<Threshold> AWARENESS_RATE =
      atLeast("awareness-rate", 90, TianjinReferences.plan("四（二）4"));

  /** The contraceptive rate in each year of the window (TJ-V9): at least 90%. */
  static final Parameter<Threshold> CONTRACEPTIVE_RATE =
      atLeast("contraceptive-rate", 90, TianjinReferences.plan("四（二）9"));

  /**
   * The policy-compliant birth rate in each year of the window (TJ-V9): every birth compliant. The
   * plan asks for 100%, and nothing is stricter than all: the range is that one value.
   */
  static final Parameter<Threshold> POLICY_COMPLIANT_BIRTH_RATE =
      new Parameter<>(
              "policy-compliant-birth-rate",
              ParameterType.THRESHOLD,
              Threshold.all(),
              "%",
              TianjinReferences.plan("四（二）9"),
              description("policy-compliant-birth-rate"))
          .withRange(Threshold.all(), Threshold.all())
          .withStricter(Strictness.HIGHER);

  /**
   * Weeks of gestation from which an induced abortion is late-term (D-RATE-8): 14. From 1 to 28
   * weeks; fewer weeks is stricter (more terminations count as late-term).
   */
  static final Parameter<Integer> LATE_TERM_WEEKS =
      count(
          "late-term-weeks",
          14,
          "weeks",
          TianjinReferences.SEX_SELECTION_PROVISIONS,
          28,
          Strictness.LOWER);

  /**
   * The satisfaction rate of the assessment year's survey (TJ-R2). The plan says only "satisfaction
   * is high"; 90% is the project's default, in line with the plan's other 90% rates.
   */
  static final Parameter<Threshold> SATISFACTION_RATE =
      atLeast("satisfaction-rate", 90, TianjinReferences.plan("四（一）2"));

  /**
   * The participation rate of the assessment year's survey (TJ-R2). The plan says only that
   * residents "take part actively"; 60%, a clear majority, is the project's default.
   */
  static final Parameter<Threshold> PARTICIPATION_RATE =
      atLeast("participation-rate", 60, TianjinReferences.plan("四（一）2"));

  /** Every parameter the Tianjin standards read. */
  static final java.util.List<Parameter<?>> ALL =
      java.util.List.of(
          WINDOW_YEARS,
          COMPLAINT_DAYS,
          NOTICE_DAYS,
          DISCLOSURE_CADENCE,
          AWARENESS_RATE,
          CONTRACEPTIVE_RATE,
          POLICY_COMPLIANT_BIRTH_RATE,
          LATE_TERM_WEEKS,
          SATISFACTION_RATE,
          PARTICIPATION_RATE);

  /** A count of at least 1, at most {@code max}. */
  private static Parameter<Integer> count(
      String key, int value, String unit, LegalReference source, int max, Strictness stricter) {
    return new Parameter<>(
            key, ParameterType.POSITIVE_INTEGER, value, unit, source, description(key))
        .withRange(1, max)
        .withStricter(stricter);
  }

  /** An at-least threshold of {@code percent}%, from 0% to 100%; a higher one is stricter. */
  private static Parameter<Threshold> atLeast(String key, int percent, LegalReference source) {
    return new Parameter<>(
            key,
            ParameterType.THRESHOLD,
            Threshold.atLeastPercent(percent),
            "%",
            source,
            description(key))
        .withRange(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100))
        .withStricter(Strictness.HIGHER);
  }

  private static LocalizedText description(String key) {
    return TianjinText.text("parameter." + key);
  }
}
