package org.cunzhi.plugins.worksystem;

import com.google.common.collect.ImmutableList;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Period;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * WS-6: at least N activities by the association (body ASSOCIATION or GROUP) dated in the
 * assessment year, "on average monthly" (D-PROC-5): a cadence of at least N in the year, so a
 * shortfall misses the year itself. Read only when the dossier has activities.
 */
final class ActivitiesInYear implements Check {
  private final Parameter<Integer> minimum;

  ActivitiesInYear(Parameter<Integer> minimum) {
    this.minimum = minimum;
  }

  @Override
  public CheckResult check(CheckContext context) {
    int least = context.parameter(minimum);
    int year = context.assessmentYear();
    int held = 0;
    for (Activity a : context.dossier().activities()) {
      if (a.date().getYear() == year
          && (a.body() == ActivityBody.ASSOCIATION || a.body() == ActivityBody.GROUP)) {
        held++;
      }
    }
    String y = String.valueOf(year);
    String h = String.valueOf(held);
    String n = String.valueOf(least);
    // the count against the minimum, as a coverage of the minimum: 11 of 12 is short by 1
    Measure measure =
        new Measure(
            "association-activities",
            WorkSystemText.text("label.association-activities"),
            year,
            Rate.of(Math.min(held, least), least),
            Threshold.all(),
            Measure.Kind.COVERAGE);
    if (held >= least) {
      return CheckResult.pass(WorkSystemText.reason("ws-6.enough", y, h, n)).withMeasure(measure);
    }
    Period whole = Period.of(year, Cadence.YEARLY, 1);
    return new CheckResult(
        Outcome.FAIL,
        ImmutableList.of(WorkSystemText.reason("ws-6.short", y, h, n)),
        ImmutableList.of(measure),
        ImmutableList.of(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                "activities",
                year,
                null,
                least - held,
                WorkSystemText.text("ws-6.remedy", String.valueOf(least - held)))),
        false,
        null,
        ImmutableList.of(Missed.of(whole, WorkSystemText.text("ws-6.missed", h, n))));
  }

  @Override
  public Requirements requirements() {
    return Requirements.none().reading(minimum);
  }
}
