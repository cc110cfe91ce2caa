package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A section a criterion reads, when absent, makes that criterion INSUFFICIENT_EVIDENCE naming the
 * section (DOSSIER-v1, S-2), never a pass or a fail, unless the sections present settle it (S-9);
 * the other criteria are unaffected.
 */
class MissingSectionsTest {

  static Stream<Arguments> villageSections() {
    return Stream.of(
        Arguments.of(1, Section.ORGANIZATION),
        Arguments.of(1, Section.MEETINGS),
        Arguments.of(2, Section.INSTRUMENTS),
        Arguments.of(3, Section.BENEFITS),
        Arguments.of(4, Section.ACTIVITIES),
        Arguments.of(4, Section.YEARS),
        Arguments.of(4, Section.PRIVACY_BREACHES),
        Arguments.of(5, Section.BENEFITS),
        Arguments.of(6, Section.DISCLOSURES),
        Arguments.of(7, Section.APPRAISALS),
        Arguments.of(8, Section.COMPLAINTS),
        Arguments.of(8, Section.UNLAWFUL_FEES_OR_FINES),
        Arguments.of(8, Section.INCIDENTS),
        Arguments.of(9, Section.YEARS),
        Arguments.of(9, Section.INCIDENTS));
  }

  @ParameterizedTest(name = "TJ-V{0} without {1}")
  @MethodSource("villageSections")
  void village_sectionAbsent_insufficientNamingIt_S_2(int item, Section section) {
    Dossier d = TaiziDossier.taizi().toBuilder().without(section).build();
    EvaluationResult r = Evaluations.evaluate(d);
    CriterionResult c = r.criterion("tianjin.village." + item).orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(Evaluations.text(c)).contains(section.fieldName());
    assertThat(c.remedies())
        .anySatisfy(x -> assertThat(x.kind()).isEqualTo(Remedy.Kind.SUPPLY_DATA));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @ParameterizedTest(name = "without {0}, only the criteria reading it are affected")
  @MethodSource("villageSections")
  void village_sectionAbsent_othersStillPass(int item, Section section) {
    Dossier d = TaiziDossier.taizi().toBuilder().without(section).build();
    EvaluationResult r = Evaluations.evaluate(d);
    villageSections()
        .filter(a -> a.get()[1] == section)
        .map(a -> "tianjin.village." + a.get()[0])
        .forEach(
            id ->
                assertThat(r.criterion(id).orElseThrow().outcome())
                    .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE));
    assertThat(r.criteria())
        .filteredOn(c -> c.outcome() != Outcome.INSUFFICIENT_EVIDENCE)
        .extracting(CriterionResult::outcome)
        .containsOnly(Outcome.PASS);
  }

  /**
   * Sections a criterion reads that Taizi's other sections already settle it without (S-9): its
   * association council meets every quarter, so TJ-V1 needs no activities; its one contract in
   * force is sound, so TJ-V2 holds whether or not contracts are used.
   */
  static Stream<Arguments> settledWithout() {
    return Stream.of(
        Arguments.of(1, Section.ACTIVITIES), Arguments.of(2, Section.USES_CONTRACT_MANAGEMENT));
  }

  @ParameterizedTest(name = "TJ-V{0} without {1}")
  @MethodSource("settledWithout")
  void village_sectionAbsentButTheOthersSettleIt_passes_S_9(int item, Section section) {
    Dossier d = TaiziDossier.taizi().toBuilder().without(section).build();
    assertThat(Evaluations.village(d, item).outcome()).isEqualTo(Outcome.PASS);
  }

  static Stream<Arguments> communitySections() {
    return Stream.of(
        Arguments.of("r1", Section.DISCLOSURES),
        Arguments.of("r1", Section.COMPLAINTS),
        Arguments.of("r2", Section.SURVEYS));
  }

  @ParameterizedTest(name = "TJ-R {0} without {1}")
  @MethodSource("communitySections")
  void community_sectionAbsent_insufficientNamingIt_S_2(String item, Section section) {
    Dossier d = DemonstrationCommunityTest.community().toBuilder().without(section).build();
    CriterionResult c =
        Evaluations.evaluate(Evaluations.COMMUNITY, d)
            .criterion("tianjin.community." + item)
            .orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(Evaluations.text(c)).contains(section.fieldName());
    assertThat(d.unit().kind()).isEqualTo(UnitKind.COMMUNITY);
  }
}
