package org.cunzhi.core.rule;

import org.cunzhi.core.rate.Threshold;

/**
 * Parameters that the source documents leave open and that many standards share (DOMAIN S-5), each
 * with its default and its source. A standard declares the ones it reads; a tailoring can then
 * change their values without code. A standard may also declare its own instead.
 */
public final class CommonParameters {
  private CommonParameters() {}

  private static final LegalReference TIANJIN_SCHEME =
      LegalReference.of("天津市人口和计划生育基层群众自治示范活动实施方案", "2025", "四（二）8、9");

  /** The years a rule looks back over, counting the assessment year: 3 (DOMAIN S-1). */
  public static final Parameter<Integer> WINDOW_YEARS =
      new Parameter<>(
          "window-years",
          ParameterType.POSITIVE_INTEGER,
          3,
          "years",
          TIANJIN_SCHEME,
          Messages.core().text("parameter.window-years"));

  /** Weeks of gestation from which an induced abortion is late-term: 14 (D-RATE-8). */
  public static final Parameter<Integer> LATE_TERM_WEEKS =
      new Parameter<>(
          "late-term-weeks",
          ParameterType.POSITIVE_INTEGER,
          14,
          "weeks",
          LegalReference.of("关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定", "2002", "art. 7"),
          Messages.core().text("parameter.late-term-weeks"));

  /** Days an adopted instrument is posted, counting the first and last day: 7 (D-CH-3). */
  public static final Parameter<Integer> NOTICE_DAYS =
      new Parameter<>(
          "notice-days",
          ParameterType.POSITIVE_INTEGER,
          7,
          "days",
          LegalReference.of("人口和计划生育基层群众自治示范村（居）创建评估总结", "2025", "三"),
          Messages.core().text("parameter.notice-days"));

  /** Days within which a complaint is investigated after receipt: 3 (D-PROC-3). */
  public static final Parameter<Integer> COMPLAINT_DAYS =
      new Parameter<>(
          "complaint-days",
          ParameterType.POSITIVE_INTEGER,
          3,
          "days",
          LegalReference.of("能岸村计划生育民主监督制度", "2025", "item 3"),
          Messages.core().text("parameter.complaint-days"));

  /** How often family-planning matters are disclosed: quarterly (D-PROC-2). */
  public static final Parameter<Cadence> DISCLOSURE_CADENCE =
      new Parameter<>(
          "disclosure-cadence",
          ParameterType.CADENCE,
          Cadence.QUARTERLY,
          "",
          LegalReference.of("能岸村计划生育民主监督制度", "2025", "item 1"),
          Messages.core().text("parameter.disclosure-cadence"));

  /** The contraceptive rate each year must reach: at least 90% (TJ-V9, D-RATE-1). */
  public static final Parameter<Threshold> CONTRACEPTIVE_RATE =
      new Parameter<>(
          "contraceptive-rate",
          ParameterType.THRESHOLD,
          Threshold.atLeastPercent(90),
          "%",
          TIANJIN_SCHEME,
          Messages.core().text("parameter.contraceptive-rate"));

  /** The policy-compliant birth rate each year must reach: 100% (TJ-V9, D-RATE-2). */
  public static final Parameter<Threshold> POLICY_COMPLIANT_BIRTH_RATE =
      new Parameter<>(
          "policy-compliant-birth-rate",
          ParameterType.THRESHOLD,
          Threshold.all(),
          "%",
          TIANJIN_SCHEME,
          Messages.core().text("parameter.policy-compliant-birth-rate"));

  /** The awareness rate the assessment year must reach: at least 90% (TJ-V4, D-RATE-3). */
  public static final Parameter<Threshold> AWARENESS_RATE =
      new Parameter<>(
          "awareness-rate",
          ParameterType.THRESHOLD,
          Threshold.atLeastPercent(90),
          "%",
          LegalReference.of("天津市人口和计划生育基层群众自治示范活动实施方案", "2025", "四（二）4"),
          Messages.core().text("parameter.awareness-rate"));
}
