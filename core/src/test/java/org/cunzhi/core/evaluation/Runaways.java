package org.cunzhi.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/**
 * Checks that overrun any time limit, and the one-criterion standards that hold them, for the tests
 * of the check time limit ({@link CheckTimeLimitTest}, {@link EvaluationPoolTest}). The spinning
 * check ignores interruption and ends only when {@link #stop()} is called, so that a worker given
 * up to it does not take a core from the rest of the test run.
 */
final class Runaways {
  static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  /** Sleeps forever; interruption ends it. */
  static final Check SLEEPS =
      c -> {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return CheckResult.pass(WHY);
      };

  private volatile boolean spinning = true;

  /** Spins until {@link #stop()}, ignoring interruption. */
  final Check spins =
      c -> {
        long n = 0;
        while (spinning) {
          n = (n + 1) % 1000;
        }
        return n >= 0 ? CheckResult.pass(WHY) : CheckResult.fail(WHY);
      };

  /** Ends every spinning check of this instance. */
  void stop() {
    spinning = false;
  }

  static Criterion criterion(String id, Check check) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", "item 1"))
        .check(check)
        .build();
  }

  /** A municipal village standard for division 12, in force from {@code effective}. */
  static Standard standard(LocalDate effective, Criterion... criteria) {
    return Standard.builder("test.standard")
        .version("1")
        .title("测试标准", "test standard")
        .authority("test")
        .documentNumber("T-1")
        .effective(effective, null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criteria))
        .build();
  }
}
