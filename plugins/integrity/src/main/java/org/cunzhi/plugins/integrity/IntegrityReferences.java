package org.cunzhi.plugins.integrity;

import org.cunzhi.core.rule.LegalReference;

/**
 * Where the integrity standard comes from: the township's evaluation report on its integrity
 * family-planning demonstration villages (the second source document) and its plan for one
 * demonstration village (the third), which name the five goods and three grades; and the project's
 * own readings (DOMAIN §11), since the sources give no points, weights or cut-offs. The sources
 * give no document numbers.
 */
final class IntegrityReferences {
  private IntegrityReferences() {}

  /** The evaluation report (the second source document), as the sources title it. */
  static final String REPORT = "2025人口和计划生育基层群众自治暨诚信计生示范村评估验收报告";

  /** The source of every number the sources leave open (DOMAIN §11, S-5). */
  static final String PROJECT_DEFAULT = "project default (the sources give none)";

  /** The evaluation report, the part naming the five goods and grades. */
  static LegalReference report() {
    return new LegalReference(REPORT, null, null);
  }

  /** The project's reading {@code rule} (e.g. {@code CV-D3}), as the source of a default. */
  static LegalReference projectDefault(String rule) {
    return new LegalReference(PROJECT_DEFAULT, null, rule);
  }

  /** The national provisions of 2002 on fetal sex determination, art. 7 (14 weeks, D-RATE-8). */
  static final LegalReference SEX_SELECTION_PROVISIONS =
      LegalReference.of("关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定", "2002", "art. 7");
}
