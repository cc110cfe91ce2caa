package org.cunzhi.plugins.worksystem;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * WS-9: an activity on World Population Day (11 July) and one on the 29 May member activity day of
 * the assessment year (D-PROC-5). An activity counts for a day when its {@code occasion} names the
 * day and it is dated in the assessment year, whoever held it (as CV-D8 reads the occasions), or
 * when it is dated on the day itself. A day without one is missed under its date. Read only when
 * the dossier has activities.
 */
final class DayActivities implements Check {
  private static final MonthDay WORLD_POPULATION_DAY = MonthDay.of(7, 11);
  private static final MonthDay MEMBER_DAY = MonthDay.of(5, 29);

  @Override
  public CheckResult check(CheckContext context) {
    int year = context.assessmentYear();
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    boolean all = true;
    for (Occasion o : List.of(Occasion.MEMBER_DAY_0529, Occasion.WORLD_POPULATION_DAY)) {
      LocalDate day =
          (o == Occasion.WORLD_POPULATION_DAY ? WORLD_POPULATION_DAY : MEMBER_DAY).atYear(year);
      LocalizedText name = WorkSystemText.text("occasion." + o.name());
      boolean held = false;
      for (Activity a : context.dossier().activities()) {
        if (a.date().equals(day) || (a.occasion() == o && a.date().getYear() == year)) {
          held = true;
          break;
        }
      }
      if (held) {
        reasons.add(WorkSystemText.reason("ws-9.held", name, day.toString()));
      } else {
        all = false;
        reasons.add(WorkSystemText.reason("ws-9.missing", name, day.toString()));
        remedies.add(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                "activities",
                year,
                (day.getMonthValue() - 1) / 3 + 1,
                1,
                WorkSystemText.text("ws-9.remedy", name, day.toString())));
        missed.add(new Missed(day.toString(), WorkSystemText.text("ws-9.missed", name)));
      }
    }
    return new CheckResult(
        all ? Outcome.PASS : Outcome.FAIL,
        reasons,
        ImmutableList.of(),
        all ? ImmutableList.of() : remedies,
        false,
        null,
        missed);
  }

  @Override
  public Requirements requirements() {
    return Requirements.none();
  }
}
