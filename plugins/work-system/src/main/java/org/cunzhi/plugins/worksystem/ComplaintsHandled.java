package org.cunzhi.plugins.worksystem;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * WS-5: every complaint received in the assessment year investigated within the limit of calendar
 * days from receipt, and its outcome published on any date (D-PROC-3); no complaint passes. Each
 * complaint that falls short is missed under its {@code ref}; nothing else about it, and nothing
 * about its complainant, appears (DOMAIN S-6). Read only when the dossier has complaints.
 */
final class ComplaintsHandled implements Check {
  private final Parameter<Integer> days;

  ComplaintsHandled(Parameter<Integer> days) {
    this.days = days;
  }

  @Override
  public CheckResult check(CheckContext context) {
    int limit = context.parameter(days);
    int year = context.assessmentYear();
    String y = String.valueOf(year);
    String l = String.valueOf(limit);
    int received = 0;
    int notInvestigated = 0;
    int late = 0;
    int unpublished = 0;
    List<Missed> missed = new ArrayList<>();
    for (Complaint c : context.dossier().complaints()) {
      if (c.received().getYear() != year) {
        continue;
      }
      received++;
      OptionalLong taken = c.daysToInvestigation();
      if (taken.isEmpty()) {
        notInvestigated++;
        missed.add(new Missed(c.ref(), WorkSystemText.text("ws-5.missed.not-investigated", l)));
      } else if (taken.getAsLong() > limit) {
        late++;
        missed.add(
            new Missed(
                c.ref(),
                WorkSystemText.text("ws-5.missed.late", String.valueOf(taken.getAsLong()), l)));
      }
      if (c.outcomePublished() == null) {
        unpublished++;
        missed.add(new Missed(c.ref(), WorkSystemText.text("ws-5.missed.unpublished")));
      }
    }
    String n = String.valueOf(received);
    if (received == 0) {
      return CheckResult.pass(WorkSystemText.reason("ws-5.none", y));
    }
    if (missed.isEmpty()) {
      return CheckResult.pass(WorkSystemText.reason("ws-5.handled", y, n, l));
    }
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    if (notInvestigated > 0) {
      reasons.add(WorkSystemText.reason("ws-5.not-investigated", y, notInvestigated, n));
      remedies.add(remedy(year, notInvestigated, "ws-5.remedy.investigate"));
    }
    if (late > 0) {
      reasons.add(WorkSystemText.reason("ws-5.late", y, late, n, l));
    }
    if (unpublished > 0) {
      reasons.add(WorkSystemText.reason("ws-5.unpublished", y, unpublished, n));
      remedies.add(remedy(year, unpublished, "ws-5.remedy.publish"));
    }
    return new CheckResult(
        Outcome.FAIL, reasons, ImmutableList.of(), remedies, false, null, missed);
  }

  private static Remedy remedy(int year, int count, String key) {
    return new Remedy(
        Remedy.Kind.CORRECT_RECORD,
        "complaints",
        year,
        null,
        count,
        WorkSystemText.text(key, String.valueOf(count)));
  }

  @Override
  public Requirements requirements() {
    return Requirements.none().reading(days);
  }
}
