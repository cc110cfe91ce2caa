package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;

/**
 * The sorting of findings for a decision alone ({@code Inspections.of(..., false)}) applies to each
 * criterion what the full sorting applies, and leaves a failure open exactly when it does: over
 * criteria with repeated ids and criteria that take no findings, and findings that are stale,
 * repeated, of another installed standard or of none.
 */
class InspectionsProperties {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  /** Ids the criteria and the findings are drawn from; "x.other" is another standard's. */
  private static final List<String> IDS = List.of("x.a", "x.b", "x.c", "x.other", "x.none");

  private static final Set<String> INSTALLED = Set.of("x.a", "x.b", "x.c", "x.other");

  @Property(tries = 500)
  void decisionAlone_appliesWhatTheFullSortingApplies(
      @ForAll("criteria") List<Criterion> criteria,
      @ForAll("findings") List<InspectionFinding> findings,
      @ForAll @IntRange(min = 2024, max = 2026) int year) {
    Dossier dossier = dossier(findings, year);
    Inspections full = Inspections.of(dossier, criteria, INSTALLED, true);
    Inspections decided = Inspections.of(dossier, criteria, INSTALLED, false);

    List<InspectionFinding> fullAt = new ArrayList<>();
    List<InspectionFinding> decidedAt = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      fullAt.add(full.applicableAt(i));
      decidedAt.add(decided.applicableAt(i));
    }
    assertThat(decidedAt).isEqualTo(fullAt);
    for (String id : IDS) {
      assertThat(decided.applicableOrNull(id)).as(id).isEqualTo(full.applicableOrNull(id));
      assertThat(decided.applicable(id)).as(id).isEqualTo(full.applicable(id));
    }
    assertThat(decided.leavesFailureOpen()).isEqualTo(full.leavesFailureOpen());
    // and what the full sorting applies is what its map by id holds
    for (int i = 0; i < criteria.size(); i++) {
      if (fullAt.get(i) != null) {
        assertThat(full.applicableOrNull(criteria.get(i).id())).isEqualTo(fullAt.get(i));
      }
    }
  }

  @Property(tries = 200)
  void decisionAlone_ignoresTheOrderOfTheFindings(
      @ForAll("criteria") List<Criterion> criteria,
      @ForAll("findings") @Size(min = 2) List<InspectionFinding> findings) {
    List<InspectionFinding> reversed = new ArrayList<>(findings);
    Collections.reverse(reversed);
    Inspections forwards = Inspections.of(dossier(findings, 2025), criteria, INSTALLED, false);
    Inspections backwards = Inspections.of(dossier(reversed, 2025), criteria, INSTALLED, false);
    for (int i = 0; i < criteria.size(); i++) {
      assertThat(backwards.applicableAt(i)).isEqualTo(forwards.applicableAt(i));
    }
  }

  private static Dossier dossier(List<InspectionFinding> findings, int year) {
    return Dossier.builder(
            Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), year)
        .inspection(findings)
        .build();
  }

  @Provide
  Arbitrary<List<Criterion>> criteria() {
    Arbitrary<Criterion> criterion =
        Combinators.combine(
                Arbitraries.of("x.a", "x.b", "x.c"), Arbitraries.of(Criterion.Findings.values()))
            .as(
                (id, takes) ->
                    Criterion.builder(id)
                        .title("测试", "test")
                        .reference(LegalReference.of("test", "2025", id))
                        .check(c -> CheckResult.pass(WHY))
                        .findings(takes)
                        .build());
    return criterion.list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<InspectionFinding>> findings() {
    Arbitrary<InspectionFinding> finding =
        Combinators.combine(
                Arbitraries.of(IDS),
                Arbitraries.of(Finding.values()),
                Arbitraries.of("甲", "乙", "丙"),
                Arbitraries.integers().between(0, 3 * 365))
            .as(
                (id, f, note, day) ->
                    new InspectionFinding(id, f, note, LocalDate.of(2024, 1, 1).plusDays(day)));
    return finding.list().ofMaxSize(8);
  }
}
