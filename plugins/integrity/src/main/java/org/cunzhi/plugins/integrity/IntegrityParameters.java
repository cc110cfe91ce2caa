package org.cunzhi.plugins.integrity;

import java.util.List;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;

/**
 * The numbers of the integrity standard (DOMAIN §11). The sources name the five goods and three
 * grades but give no points, weights or cut-offs, so each number here is the project's default,
 * declared with that source ({@link IntegrityReferences#PROJECT_DEFAULT}) and the reading that
 * settles it; a county may tailor any of them within its range (S-5, D-ADM-5).
 *
 * <p>A dimension's points are split between its quantitative and its qualitative part in the ratio
 * of {@link #QUANTITATIVE_POINTS} to {@link #QUALITATIVE_POINTS}; with the defaults, 12 + 8 = 20,
 * the parts' points are the points themselves.
 */
final class IntegrityParameters {
  private IntegrityParameters() {}

  /** CV-D1: each of the five dimensions is worth 20 points. */
  static final Parameter<Integer> DIMENSION_POINTS =
      number("dimension-points", 20, "points", "CV-D1", 1, 100, Strictness.NEITHER);

  /** CV-D2: the quantitative part of a dimension, 12 points. */
  static final Parameter<Integer> QUANTITATIVE_POINTS =
      number("quantitative-points", 12, "points", "CV-D2", 0, 100, Strictness.NEITHER);

  /** CV-D2: the qualitative part of a dimension, 8 points. */
  static final Parameter<Integer> QUALITATIVE_POINTS =
      number("qualitative-points", 8, "points", "CV-D2", 0, 100, Strictness.NEITHER);

  /** CV-D4: the weight of the unit's self-assessment, 20%. */
  static final Parameter<Integer> SELF_WEIGHT =
      number("self-weight", 20, "%", "CV-D4", 1, 100, Strictness.NEITHER);

  /** CV-D4: the weight of the mass appraisal, 30%. */
  static final Parameter<Integer> MASS_APPRAISAL_WEIGHT =
      number("mass-appraisal-weight", 30, "%", "CV-D4", 1, 100, Strictness.NEITHER);

  /** CV-D4: the weight of the township's inspection, 50%. */
  static final Parameter<Integer> TOWNSHIP_INSPECTION_WEIGHT =
      number("township-inspection-weight", 50, "%", "CV-D4", 1, 100, Strictness.NEITHER);

  /** CV-D6: the least score of a demonstration village, 90 points. */
  static final Parameter<Integer> DEMONSTRATION_MINIMUM =
      number("demonstration-minimum", 90, "points", "CV-D6", 0, 100, Strictness.HIGHER);

  /** CV-D6: the least score of an advanced village, 75 points. */
  static final Parameter<Integer> ADVANCED_MINIMUM =
      number("advanced-minimum", 75, "points", "CV-D6", 0, 100, Strictness.HIGHER);

  /** CV-D6: the least score of a qualified village, 60 points. */
  static final Parameter<Integer> QUALIFIED_MINIMUM =
      number("qualified-minimum", 60, "points", "CV-D6", 0, 100, Strictness.HIGHER);

  /** CV-D3: the awareness rate of the assessment year, at least 90%. */
  static final Parameter<Threshold> AWARENESS_RATE = atLeast("awareness-rate", 90, "CV-D3");

  /** CV-D3: the contraceptive rate of the assessment year, at least 90%. */
  static final Parameter<Threshold> CONTRACEPTIVE_RATE = atLeast("contraceptive-rate", 90, "CV-D3");

  /** CV-D3: days a charter or covenant is posted before it takes effect (D-CH-3), at least 7. */
  static final Parameter<Integer> NOTICE_DAYS =
      number("notice-days", 7, "days", "D-CH-3", 1, 30, Strictness.HIGHER);

  /** CV-D6: the veto's window, the assessment year and the two before it (S-1), 3 years. */
  static final Parameter<Integer> WINDOW_YEARS =
      number("window-years", 3, "years", "S-1", 1, 10, Strictness.HIGHER);

  /**
   * CV-D6: the gestation from which an induced abortion without a medical reason is late-term
   * (D-RATE-8), 14 weeks: the one number here that a source gives.
   */
  static final Parameter<Integer> LATE_TERM_WEEKS =
      new Parameter<>(
              "late-term-weeks",
              ParameterType.POSITIVE_INTEGER,
              14,
              "weeks",
              IntegrityReferences.SEX_SELECTION_PROVISIONS,
              description("late-term-weeks"))
          .withRange(1, 28)
          .withStricter(Strictness.LOWER);

  /** Every parameter the standard reads, the scoring model's among them. */
  static final List<Parameter<?>> ALL =
      List.of(
          DIMENSION_POINTS,
          QUANTITATIVE_POINTS,
          QUALITATIVE_POINTS,
          SELF_WEIGHT,
          MASS_APPRAISAL_WEIGHT,
          TOWNSHIP_INSPECTION_WEIGHT,
          DEMONSTRATION_MINIMUM,
          ADVANCED_MINIMUM,
          QUALIFIED_MINIMUM,
          AWARENESS_RATE,
          CONTRACEPTIVE_RATE,
          NOTICE_DAYS,
          WINDOW_YEARS,
          LATE_TERM_WEEKS);

  private static Parameter<Integer> number(
      String key, int value, String unit, String rule, int least, int greatest, Strictness s) {
    LegalReference source = IntegrityReferences.projectDefault(rule);
    ParameterType<Integer> type =
        least >= 1 ? ParameterType.POSITIVE_INTEGER : ParameterType.INTEGER;
    return new Parameter<>(key, type, value, unit, source, description(key))
        .withRange(least, greatest)
        .withStricter(s);
  }

  private static Parameter<Threshold> atLeast(String key, int percent, String rule) {
    return new Parameter<>(
            key,
            ParameterType.THRESHOLD,
            Threshold.atLeastPercent(percent),
            "%",
            IntegrityReferences.projectDefault(rule),
            description(key))
        .withRange(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100))
        .withStricter(Strictness.HIGHER);
  }

  private static LocalizedText description(String key) {
    return IntegrityText.text("parameter." + key);
  }
}
