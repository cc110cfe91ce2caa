package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Standard;

/** Over generated dossiers: never throws, one outcome per criterion, S-4 holds. */
class EvaluatorProperties {
  private static final Standard STANDARD = SampleStandards.village();

  @Provide
  Arbitrary<Dossier> dossiers() {
    Arbitrary<Set<Section>> removed =
        Arbitraries.of(
                Section.YEARS,
                Section.INSTRUMENTS,
                Section.BENEFITS,
                Section.ACTIVITIES,
                Section.DISCLOSURES,
                Section.COMPLAINTS,
                Section.INCIDENTS,
                Section.PRIVACY_BREACHES,
                Section.UNLAWFUL_FEES_OR_FINES,
                Section.USES_CONTRACT_MANAGEMENT)
            .set()
            .ofMaxSize(3);
    Arbitrary<List<YearStatistics>> years =
        Arbitraries.integers()
            .between(2021, 2026)
            .set()
            .ofMaxSize(4)
            .flatMap(
                ys ->
                    Combinators.combine(
                            Arbitraries.integers().between(0, 400).list().ofSize(ys.size()),
                            Arbitraries.integers().between(0, 40).list().ofSize(ys.size()))
                        .as(
                            (married, extra) -> {
                              List<YearStatistics> out = new ArrayList<>();
                              int i = 0;
                              for (int y : ys) {
                                int m = married.get(i);
                                out.add(Dossiers.year(y, Math.max(0, m - extra.get(i)), m));
                                i++;
                              }
                              return out;
                            }));
    Arbitrary<LocalDate> days =
        Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    Arbitrary<List<Incident>> incidents =
        Combinators.combine(
                days,
                Arbitraries.of(IncidentKind.class),
                Arbitraries.integers().between(8, 30),
                Arbitraries.of(true, false))
            .as(
                (d, k, w, m) ->
                    k == IncidentKind.INDUCED_ABORTION || k == IncidentKind.SEX_SELECTIVE_ABORTION
                        ? new Incident(d, k, w, m)
                        : new Incident(d, k, null, null))
            .list()
            .ofMaxSize(2);
    Arbitrary<List<Disclosure>> disclosures =
        days.map(
                d ->
                    new Disclosure(
                        d, EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION)))
            .list()
            .ofMaxSize(6);
    Arbitrary<Integer> complaintDays = Arbitraries.integers().between(0, 6);
    return Combinators.combine(removed, years, incidents, disclosures, complaintDays)
        .as(
            (gone, ys, is, ds, cd) -> {
              Dossier.Builder b =
                  Dossiers.complete().toBuilder()
                      .years(ys)
                      .incidents(is)
                      .disclosures(ds)
                      .complaints(List.of(Dossiers.complaint("C-1", cd)));
              for (Section s : gone) {
                b.without(s);
              }
              return b.build();
            });
  }

  @Property(tries = 300)
  void evaluate_anyDossier_oneOutcomePerCriterionAndVerdictFollowsS4(
      @ForAll("dossiers") Dossier dossier) {
    EvaluationResult r = Decided.evaluate(Evaluator.create(), STANDARD, dossier);
    assertThat(r.criteria()).hasSize(STANDARD.allCriteria().size());
    assertThat(r.count(Outcome.ERROR)).isZero();
    Verdict expected =
        r.count(Outcome.FAIL) > 0
            ? Verdict.DOES_NOT_MEET
            : r.count(Outcome.INSUFFICIENT_EVIDENCE) > 0 ? Verdict.INCONCLUSIVE : Verdict.MEETS;
    assertThat(r.verdict()).isEqualTo(expected);
    if (r.vetoed()) {
      assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    }
    for (CriterionResult c : r.criteria()) {
      if (c.outcome() == Outcome.PASS || c.outcome() == Outcome.NOT_APPLICABLE) {
        assertThat(c.remedies()).isEmpty();
      }
      if (c.vetoed()) {
        assertThat(c.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(c.carriesVeto()).isTrue();
      }
      assertThat(c.reasons()).isNotEmpty();
    }
    assertThat(Decided.evaluate(Evaluator.create(), STANDARD, dossier)).isEqualTo(r);
  }

  @Property(tries = 200)
  void evaluate_missingSection_neverPassesACriterionThatNeedsIt(
      @ForAll("dossiers") Dossier dossier) {
    EvaluationResult r = Decided.evaluate(Evaluator.create(), STANDARD, dossier);
    if (!dossier.has(Section.DISCLOSURES)) {
      assertThat(r.criterion("sample.village.6").orElseThrow().outcome())
          .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    }
    if (!dossier.has(Section.COMPLAINTS) && !r.vetoed()) {
      assertThat(r.criterion("sample.village.8").orElseThrow().outcome())
          .isIn(Outcome.INSUFFICIENT_EVIDENCE, Outcome.FAIL);
    }
  }
}
