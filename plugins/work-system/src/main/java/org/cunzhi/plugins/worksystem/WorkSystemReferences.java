package org.cunzhi.plugins.worksystem;

import org.cunzhi.core.rule.LegalReference;

/**
 * The village work system's instruments (the fifth source document): a village's self-governance
 * work system and the association's rules under it. The sources give no document numbers or
 * versions.
 */
final class WorkSystemReferences {
  private WorkSystemReferences() {}

  /** The whole work system, as the sources title it. */
  static final String WORK_SYSTEM = "能岸村计划生育村民自治、民主管理工作制度";

  /** Item {@code item} of the work system itself, e.g. {@code 一、1}. */
  static LegalReference workSystem(String item) {
    return new LegalReference(WORK_SYSTEM, null, item);
  }

  /** Item {@code item} of the democratic-supervision rules (D-PROC-2, D-PROC-3). */
  static LegalReference supervision(String item) {
    return new LegalReference("能岸村计划生育民主监督制度", null, item);
  }

  /** Item {@code item} of the association's work rules (D-PROC-5). */
  static LegalReference association(String item) {
    return new LegalReference("能岸村计划生育协会工作制度", null, item);
  }

  /** Item {@code item} of the association's monthly-meeting rules (D-PROC-6). */
  static LegalReference monthlyMeeting(String item) {
    return new LegalReference("能岸村计划生育协会月例会制度", null, item);
  }

  /** Item {@code item} of the association's group-activity rules (D-PROC-6). */
  static LegalReference groupActivity(String item) {
    return new LegalReference("能岸村计生协会小组活动制度", null, item);
  }
}
