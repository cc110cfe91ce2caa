package org.cunzhi.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/** Standards made in a test, of criteria whose checks the test gives. */
final class TestStandards {
  private TestStandards() {}

  /** A criterion with a test title and reference. */
  static Criterion criterion(String id, Check check) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", "item 1"))
        .check(check)
        .build();
  }

  /** A municipal village standard for division 12, in force since 2020. */
  static Standard standard(String id, Criterion... criteria) {
    return Standard.builder(id)
        .version("1")
        .title("测试标准", "test standard")
        .authority("test")
        .documentNumber("T-1")
        .effective(LocalDate.of(2020, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criteria))
        .build();
  }
}
