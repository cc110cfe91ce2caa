package org.cunzhi.plugins.worksystem;

import com.google.common.collect.ImmutableList;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Period;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * WS-2: the yearly report, an assembly meeting with family planning on the agenda in the fourth
 * quarter of the assessment year (D-PROC-1). Read only when the dossier has meetings.
 */
final class YearlyReport implements Check {
  @Override
  public CheckResult check(CheckContext context) {
    int year = context.assessmentYear();
    Period q4 = Period.of(year, Cadence.QUARTERLY, 4);
    for (Meeting m : context.dossier().meetings()) {
      if (q4.contains(m.date()) && VillageWorkSystem.isAssemblyReport(m)) {
        return CheckResult.pass(WorkSystemText.reason("ws-2.held", q4.text(), m.date().toString()));
      }
    }
    return new CheckResult(
        Outcome.FAIL,
        ImmutableList.of(WorkSystemText.reason("ws-2.missing", q4.text())),
        ImmutableList.of(),
        ImmutableList.of(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                "assembly-report",
                year,
                4,
                1,
                WorkSystemText.text("ws-2.remedy", q4.text()))),
        false,
        null,
        ImmutableList.of(Missed.of(q4, WorkSystemText.text("ws-2.missing", q4.text()))));
  }

  @Override
  public Requirements requirements() {
    return Requirements.none();
  }
}
