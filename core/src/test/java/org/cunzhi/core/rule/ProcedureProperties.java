package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.rate.Rate;

/**
 * D-PROC: over any meetings, a procedure misses exactly the periods no counting meeting falls in.
 */
class ProcedureProperties {

  @Provide
  Arbitrary<Meeting> meetings() {
    // days from 2024-12-01 to 2026-01-31, so some fall outside the assessment year 2025
    LocalDate start = LocalDate.of(2024, 12, 1);
    return Arbitraries.integers()
        .between(0, 426)
        .flatMap(
            offset ->
                Arbitraries.of(true, false)
                    .tuple2()
                    .map(
                        t ->
                            new Meeting(
                                start.plusDays(offset),
                                MeetingBody.GROUP_LEADERS_MONTHLY,
                                false,
                                t.get1(),
                                t.get2(),
                                4)));
  }

  private static Dossier with(List<Meeting> meetings) {
    return Dossiers.complete().toBuilder().meetings(meetings).build();
  }

  @Property
  void each_missesExactlyThePeriodsWithoutACountingMeeting(
      @ForAll Cadence cadence,
      @ForAll @Size(max = 30) List<@net.jqwik.api.From("meetings") Meeting> meetings,
      @ForAll boolean recordsRequired) {
    Procedure p = Procedure.each(cadence).of("meeting", Events.meetings(m -> true));
    if (recordsRequired) {
      p = p.requiring(MeetingRecord.MINUTES, MeetingRecord.SIGN_IN_SHEET);
    }
    CheckResult r = TestContext.checked(p, TestContext.of(with(meetings)));

    Set<String> held = new TreeSet<>();
    for (Meeting m : meetings) {
      if (m.date().getYear() == 2025 && (!recordsRequired || (m.minutes() && m.signInSheet()))) {
        held.add(Period.containing(m.date(), cadence).code());
      }
    }
    List<String> expected = new ArrayList<>();
    for (Period period : Period.allOf(2025, cadence)) {
      if (!held.contains(period.code())) {
        expected.add(period.code());
      }
    }
    assertThat(r.missed()).extracting(Missed::period).containsExactlyElementsOf(expected);
    assertThat(r.outcome()).isEqualTo(expected.isEmpty() ? Outcome.PASS : Outcome.FAIL);
    assertThat(r.remedies()).hasSize(expected.size());
    int periods = cadence.periodsPerYear();
    assertThat(r.measures().get(0).rate()).isEqualTo(Rate.of(periods - expected.size(), periods));
  }
}
