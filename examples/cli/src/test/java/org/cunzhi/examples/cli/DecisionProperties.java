package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.Decision;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.Impact;
import org.cunzhi.spi.tck.Dossiers;

/**
 * The verdict-only path decides what the full evaluation says ({@code Assessor.decideAgainst}
 * against {@code assessAgainst}): for the tck's valid and incomplete dossiers and every installed
 * standard (Tianjin village and community, the work system, integrity) and two tailorings of the
 * village standard, one stricter and one looser in every parameter it can change, the verdict, each
 * criterion's outcome and veto, and the grade are equal. A dossier that breaks the model's rules is
 * refused by both with the same violations.
 */
class DecisionProperties {
  private static final Assessor ASSESSOR = Assessor.discover();
  private static final Assessor TIMED = ASSESSOR.withCheckTimeLimit(Duration.ofSeconds(30));
  private static final String VILLAGE = "tianjin.demonstration-village";

  private static final String STRICTER =
      "id=tianjin.stricter\nversion=2026\nbase="
          + VILLAGE
          + "\nparameter.window-years=5\nparameter.complaint-days=1\nparameter.notice-days=14\n"
          + "parameter.disclosure-cadence=MONTHLY\nparameter.awareness-rate=>= 95%\n"
          + "parameter.contraceptive-rate=>= 97.5%\nparameter.late-term-weeks=10\n";

  private static final String LOOSER =
      "id=tianjin.looser\nversion=2026\nbase="
          + VILLAGE
          + "\nparameter.window-years=1\nparameter.complaint-days=15\nparameter.notice-days=3\n"
          + "parameter.disclosure-cadence=YEARLY\nparameter.awareness-rate=>= 80%\n"
          + "parameter.contraceptive-rate=>= 85%\nparameter.late-term-weeks=24\n";

  /** Every installed standard, and the two tailorings. */
  private static final List<Standard> STANDARDS = standards();

  private static List<Standard> standards() {
    List<Standard> all = new ArrayList<>(ASSESSOR.registry().standards());
    Standard village = ASSESSOR.registry().get(VILLAGE);
    all.add(Tailoring.parse(STRICTER).applyTo(village));
    all.add(Tailoring.parse(LOOSER).applyTo(village));
    return List.copyOf(all);
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return Arbitraries.oneOf(Dossiers.complete(), Dossiers.incomplete());
  }

  @Property(tries = 1000)
  void decideAgainst_everyStandard_isTheFullEvaluationsDecision(@ForAll("dossiers") Dossier d) {
    for (Standard s : STANDARDS) {
      Decision evaluated = Decision.of(ASSESSOR.assessAgainst(s, d));
      assertThat(ASSESSOR.decideAgainst(s, d)).as("%s", s.id()).isEqualTo(evaluated);
    }
  }

  /**
   * {@code Impact}, deciding first, lists a unit exactly when its full evaluations under the base
   * and the tailoring differ in verdict, grade or a criterion's outcome, with those outcomes.
   */
  @Property(tries = 300)
  void impact_listsAUnitExactlyWhenItsFullEvaluationsDiffer(@ForAll("dossiers") Dossier d) {
    Standard village = ASSESSOR.registry().get(VILLAGE);
    for (Standard tailored : STANDARDS.subList(STANDARDS.size() - 2, STANDARDS.size())) {
      EvaluationResult before = ASSESSOR.assessAgainst(village, d);
      EvaluationResult after = ASSESSOR.assessAgainst(tailored, d);
      List<String> expected = new ArrayList<>();
      for (CriterionResult b : before.criteria()) {
        CriterionResult a = after.criterion(b.id()).orElseThrow();
        if (a.outcome() != b.outcome()) {
          expected.add(b.id());
        }
      }
      boolean differs = before.verdict() != after.verdict() || !expected.isEmpty();
      Optional<Impact.Change> change = Impact.accumulate(ASSESSOR, village, tailored).add(d);
      assertThat(change.isPresent()).as("%s", tailored.id()).isEqualTo(differs);
      change.ifPresent(
          c -> {
            assertThat(c.verdictBefore()).isEqualTo(before.verdict());
            assertThat(c.verdictAfter()).isEqualTo(after.verdict());
            assertThat(c.criteria())
                .extracting(Impact.CriterionChange::id)
                .containsExactlyElementsOf(expected);
          });
    }
  }

  @Property(tries = 100)
  void decideAgainst_underATimeLimit_isTheSame(@ForAll("dossiers") Dossier d) {
    for (Standard s : STANDARDS) {
      assertThat(TIMED.decideAgainst(s, d))
          .as("%s", s.id())
          .isEqualTo(Decision.of(ASSESSOR.assessAgainst(s, d)));
    }
  }

  @Property(tries = 100)
  void decideAgainst_aBrokenDossier_isRefusedAsAssessAgainstRefusesIt(
      @ForAll("dossiers") Dossier d) {
    Dossier broken =
        d.toBuilder()
            .years(
                List.of(
                    new YearStatistics(
                        d.assessmentYear(),
                        new Population(1500, 1510),
                        100,
                        200,
                        new Births(1, 1, 1, 0),
                        null,
                        null)))
            .build();
    for (Standard s : STANDARDS) {
      InvalidInputException assessed =
          catchThrowableOfType(
              InvalidInputException.class, () -> ASSESSOR.assessAgainst(s, broken));
      InvalidInputException decided =
          catchThrowableOfType(
              InvalidInputException.class, () -> ASSESSOR.decideAgainst(s, broken));
      assertThat(assessed).isNotNull();
      assertThat(decided).isNotNull();
      assertThat(decided.violations()).isEqualTo(assessed.violations());
    }
  }
}
