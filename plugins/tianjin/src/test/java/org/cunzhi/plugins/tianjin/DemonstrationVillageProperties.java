package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.EightRights;
import org.cunzhi.core.model.InstrumentKind;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rule.Outcome;

/** The Tianjin village rules' arithmetic, over generated figures: exact, never pooled. */
class DemonstrationVillageProperties {

  @Property
  void TJ_V9_passesExactlyWhenEachYearReaches90Percent(
      @ForAll @IntRange(min = 1, max = 5000) int women,
      @ForAll @IntRange(min = 0, max = 5000) int u) {
    int users = Math.min(u, women);
    List<YearStatistics> years = new ArrayList<>(TaiziDossier.years());
    YearStatistics y = years.get(1);
    years.set(1, new YearStatistics(2024, y.population(), women, users, y.births(), null, null));
    Outcome outcome = Evaluations.taiziWith(9, b -> b.years(years)).outcome();
    assertThat(outcome)
        .isEqualTo((long) users * 10 >= (long) women * 9 ? Outcome.PASS : Outcome.FAIL);
  }

  @Property
  void TJ_V2_quorumIsMoreThanHalfOfTheEligible(
      @ForAll @IntRange(min = 1, max = 5000) int eligible,
      @ForAll @IntRange(min = 1, max = 5000) int p) {
    int present = Math.min(p, eligible);
    Charter c =
        new Charter(
            "charter",
            InstrumentKind.SELF_GOVERNANCE_CHARTER,
            d(2024, 11, 13),
            new Adoption(
                AdoptionBody.VILLAGERS_ASSEMBLY,
                d(2024, 11, 5),
                eligible,
                present,
                null,
                present,
                0,
                0),
            new PublicNotice(d(2024, 11, 6), d(2024, 11, 12), 0),
            EnumSet.allOf(EightRights.class),
            new LegalReview(true, List.of()));
    Outcome outcome =
        Evaluations.taiziWith(2, b -> b.instruments(List.of(c, TaiziDossier.contract()))).outcome();
    assertThat(outcome).isEqualTo((long) present * 2 > eligible ? Outcome.PASS : Outcome.FAIL);
  }

  @Property
  void TJ_V8_complaintPassesExactlyWhenInvestigatedWithinThreeDays(
      @ForAll @IntRange(min = 0, max = 60) int days) {
    Complaint c =
        new Complaint(
            "C-1",
            d(2025, 3, 1),
            d(2025, 3, 1).plusDays(days),
            d(2025, 5, 30),
            false,
            Reporter.named());
    Outcome outcome = Evaluations.taiziWith(8, b -> b.complaints(List.of(c))).outcome();
    assertThat(outcome).isEqualTo(days <= 3 ? Outcome.PASS : Outcome.FAIL);
  }
}
