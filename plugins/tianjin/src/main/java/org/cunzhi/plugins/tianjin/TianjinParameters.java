package org.cunzhi.plugins.tianjin;

import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;

/**
 * The values the Tianjin rules read, each with its default and source (DOMAIN S-5), so that a
 * district can tailor them without code. Keys match core's common parameters where the meaning is
 * the same.
 */
final class TianjinParameters {
  private TianjinParameters() {}

  /** "The last three years": the assessment year and the two before it (S-1; plan 四（二）8, 9). */
  static final Parameter<Integer> WINDOW_YEARS =
      integer("window-years", 3, "years", TianjinReferences.plan("四（二）8、9"));

  /** Days from receipt within which a complaint is investigated (D-PROC-3). */
  static final Parameter<Integer> COMPLAINT_DAYS =
      integer("complaint-days", 3, "days", TianjinReferences.supervisionRules("item 3"));

  /** Days an adopted charter or covenant is posted, counting both ends (D-CH-3: one week). */
  static final Parameter<Integer> NOTICE_DAYS =
      integer("notice-days", 7, "days", TianjinReferences.creationSummary("三"));

  /** How often family-planning policy and its implementation are disclosed (D-PROC-2). */
  static final Parameter<Cadence> DISCLOSURE_CADENCE =
      new Parameter<>(
          "disclosure-cadence",
          ParameterType.CADENCE,
          Cadence.QUARTERLY,
          "",
          TianjinReferences.supervisionRules("item 1"),
          description("disclosure-cadence"));

  /** The awareness rate of the assessment year (TJ-V4): at least 90%. */
  static final Parameter<Threshold> AWARENESS_RATE =
      threshold("awareness-rate", Threshold.atLeastPercent(90), TianjinReferences.plan("四（二）4"));

  /** The contraceptive rate in each year of the window (TJ-V9): at least 90%. */
  static final Parameter<Threshold> CONTRACEPTIVE_RATE =
      threshold(
          "contraceptive-rate", Threshold.atLeastPercent(90), TianjinReferences.plan("四（二）9"));

  /** The policy-compliant birth rate in each year of the window (TJ-V9): 100%. */
  static final Parameter<Threshold> POLICY_COMPLIANT_BIRTH_RATE =
      threshold("policy-compliant-birth-rate", Threshold.all(), TianjinReferences.plan("四（二）9"));

  /** Weeks of gestation from which an induced abortion is late-term (D-RATE-8): 14. */
  static final Parameter<Integer> LATE_TERM_WEEKS =
      integer("late-term-weeks", 14, "weeks", TianjinReferences.SEX_SELECTION_PROVISIONS);

  /**
   * The satisfaction rate of the assessment year's survey (TJ-R2). The plan says only "satisfaction
   * is high"; 90% is the project's default, in line with the plan's other 90% rates.
   */
  static final Parameter<Threshold> SATISFACTION_RATE =
      threshold("satisfaction-rate", Threshold.atLeastPercent(90), TianjinReferences.plan("四（一）2"));

  /**
   * The participation rate of the assessment year's survey (TJ-R2). The plan says only that
   * residents "take part actively"; 60%, a clear majority, is the project's default.
   */
  static final Parameter<Threshold> PARTICIPATION_RATE =
      threshold(
          "participation-rate", Threshold.atLeastPercent(60), TianjinReferences.plan("四（一）2"));

  private static Parameter<Integer> integer(
      String key, int value, String unit, LegalReference source) {
    return new Parameter<>(key, ParameterType.INTEGER, value, unit, source, description(key));
  }

  private static Parameter<Threshold> threshold(
      String key, Threshold value, LegalReference source) {
    return new Parameter<>(key, ParameterType.THRESHOLD, value, "%", source, description(key));
  }

  private static org.cunzhi.core.rule.LocalizedText description(String key) {
    return TianjinText.text("parameter." + key);
  }
}
