package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cunzhi.core.model.DivisionCode;

class CandidacyProperties {
  private static final CampaignCalendar Y2026 = CampaignCalendar.of(2026, false);
  private static final LocalDate ASSESSED = LocalDate.of(2026, 10, 10);

  private static Candidacy assessed() {
    return Candidacy.file(DivisionCode.parse("120119105201"), Y2026, LocalDate.of(2026, 1, 10))
        .orElseThrow()
        .startCreation(LocalDate.of(2026, 2, 1))
        .orElseThrow()
        .assessByDistrict(ASSESSED)
        .orElseThrow();
  }

  @Property
  void report_acceptedExactlyFromTheAssessmentTo20October(
      @ForAll @IntRange(min = -30, max = 30) int offset) {
    LocalDate date = ASSESSED.plusDays(offset);
    Transition t = assessed().report(date);
    boolean inWindow = !date.isBefore(ASSESSED) && !date.isAfter(Y2026.reportDeadline());
    assertThat(t.isAccepted()).isEqualTo(inWindow);
    t.refusal()
        .ifPresent(
            r ->
                assertThat(r.reason())
                    .isEqualTo(
                        date.isBefore(ASSESSED)
                            ? RefusalReason.BEFORE_PREVIOUS_STEP
                            : RefusalReason.LATE));
  }

  @Property
  void file_acceptedExactlyByTheDeadline(@ForAll @IntRange(min = 0, max = 364) int dayOfYear) {
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(dayOfYear);
    assertThat(Candidacy.file(DivisionCode.parse("120119105201"), Y2026, date).isAccepted())
        .isEqualTo(!date.isAfter(LocalDate.of(2026, 1, 31)));
  }
}
