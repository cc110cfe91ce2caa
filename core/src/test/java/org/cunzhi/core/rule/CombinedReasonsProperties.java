package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cunzhi.core.fixtures.Dossiers;

/**
 * Parts that must all hold give their reasons in order, each once: equal reasons built afresh (not
 * the same objects) are kept once, and reasons that differ only inside a message argument (a
 * quarter, a section, a number, a later string of the same length) are all kept. Totals above and
 * below the point where the combination hashes instead of comparing are both drawn.
 */
class CombinedReasonsProperties {
  private static final Messages CORE = Messages.core();
  private static final String[] SECTIONS = {"section.organization", "section.activities"};

  /**
   * A fresh reason for {@code code}, 0 to 63: its six bits choose the quarter (two bits), section,
   * number, string and key, so that different codes give different reasons.
   */
  private static Reason reason(int code) {
    int quarter = (code & 3) + 1;
    String section = SECTIONS[(code >> 2) & 1];
    int number = (code >> 3) & 1;
    // new String: equal text, another object, so that equality is tested, not identity
    String later = new String(((code >> 4) & 1) == 0 ? "ab" : "cd");
    Message period = CORE.text("period.quarter." + quarter, new String("2024"));
    return ((code >> 5) & 1) == 0
        ? CORE.reason("event.missing", period, CORE.text(section), number, later)
        : CORE.reason("requires.missing", CORE.text(section), later, number, period);
  }

  @Property
  void allOf_keepsEachReasonOnceInOrder(
      @ForAll @Size(min = 1, max = 6)
          List<@Size(max = 8) List<@IntRange(min = 0, max = 63) Integer>> parts) {
    List<Check> checks = new ArrayList<>();
    LinkedHashSet<Reason> expected = new LinkedHashSet<>();
    for (List<Integer> codes : parts) {
      List<Reason> reasons = codes.stream().map(CombinedReasonsProperties::reason).toList();
      expected.addAll(reasons);
      checks.add(
          context ->
              new CheckResult(
                  Outcome.PASS, reasons, ImmutableList.of(), ImmutableList.of(), false));
    }
    CheckResult combined = Checks.allOf(checks).check(TestContext.of(Dossiers.complete()));
    assertThat(combined.reasons()).containsExactlyElementsOf(expected);
  }

  @Property
  void reasonsThatDifferOnlyInAnArgument_areAllKept(
      @ForAll @IntRange(min = 0, max = 63) int a, @ForAll @IntRange(min = 0, max = 4) int bit) {
    int b = a ^ 1 << bit; // another quarter, section, number or string; the same key
    CheckResult combined =
        Checks.allOf(
                context -> CheckResult.of(Outcome.PASS, reason(a)),
                context -> CheckResult.of(Outcome.PASS, reason(b)),
                context -> CheckResult.of(Outcome.PASS, reason(a)))
            .check(TestContext.of(Dossiers.complete()));
    assertThat(combined.reasons()).containsExactly(reason(a), reason(b));
  }
}
