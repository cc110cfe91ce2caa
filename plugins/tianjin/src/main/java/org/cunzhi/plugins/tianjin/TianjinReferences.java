package org.cunzhi.plugins.tianjin;

import org.cunzhi.core.rule.LegalReference;

/** Where the Tianjin rules come from: the municipal plan's items and the laws it rests on. */
final class TianjinReferences {
  private TianjinReferences() {}

  /**
   * The municipal plan (the first source document). The sources give its title and year but no
   * document number.
   */
  static final String PLAN = "天津市人口和计划生育基层群众自治示范活动实施方案";

  /** The plan's year as the sources give it. */
  static final String PLAN_VERSION = "2025";

  /** The municipal model-community standard the demonstration community builds on. */
  static final String MODEL_COMMUNITY = "天津市人口和计划生育示范社区创建标准（津人口计生委〔2025〕11号）";

  /** Item {@code article} of the plan, e.g. {@code 四（二）9}. */
  static LegalReference plan(String article) {
    return LegalReference.of(PLAN, PLAN_VERSION, article);
  }

  /** A village's democratic-supervision rules (the fifth source document), item {@code n}. */
  static LegalReference supervisionRules(String item) {
    return new LegalReference("能岸村计划生育民主监督制度", null, item);
  }

  /** The township's evaluation summary (the fourth source document), section {@code part}. */
  static LegalReference creationSummary(String part) {
    return LegalReference.of("人口和计划生育基层群众自治示范村（居）创建评估总结", "2025", part);
  }

  /** The national provisions of 2002 on fetal sex determination, art. 7 (14 weeks). */
  static final LegalReference SEX_SELECTION_PROVISIONS =
      LegalReference.of("关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定", "2002", "art. 7");
}
