package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Standards.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Resolving {@code extends} (DOMAIN TJ-R). */
class StandardsTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  private static Standard extending(String id, @Nullable String base, String criterion) {
    return Standard.builder(id)
        .version("1")
        .title(id, id)
        .authority("test")
        .documentNumber("T")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(
            List.of(
                Criterion.builder(criterion)
                    .title("测试", "test")
                    .reference(LegalReference.of("test", "1", "1"))
                    .check(c -> CheckResult.pass(WHY))
                    .build()))
        .extending(base)
        .build();
  }

  @Test
  void resolve_chain_attachesBasesInOrder() {
    Standard a = extending("t.a", null, "t.a.1");
    Standard b = extending("t.b", "t.a", "t.b.1");
    Standard c = extending("t.c", "t.b", "t.c.1");
    Standards.Resolution r = Standards.resolve(List.of(c, a, b));
    assertThat(r.isComplete()).isTrue();
    assertThat(r.standards()).extracting(Standard::id).containsExactly("t.c", "t.a", "t.b");
    Standard rc = r.standard("t.c").orElseThrow();
    assertThat(rc.isBaseMissing()).isFalse();
    assertThat(rc.allCriteria())
        .extracting(Criterion::id)
        .containsExactly("t.a.1", "t.b.1", "t.c.1");
  }

  @Test
  void resolve_missingBase_isAProblemAndTheStandardCannotMeet() {
    Standard b = extending("t.b", "t.nowhere", "t.b.1");
    Standards.Resolution r = Standards.resolve(List.of(b));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MISSING_BASE);
              assertThat(p.message()).contains("t.b", "t.nowhere");
            });
    EvaluationResult e =
        Evaluator.create().evaluate(r.standard("t.b").orElseThrow(), Dossiers.complete());
    assertThat(e.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(e.notes()).extracting(Reason::key).contains("note.base-missing");
  }

  @Test
  void resolve_cycle_namesTheCycleForEachMember() {
    Standard a = extending("t.a", "t.b", "t.a.1");
    Standard b = extending("t.b", "t.a", "t.b.1");
    Standard x = extending("t.x", "t.a", "t.x.1");
    Standards.Resolution r = Standards.resolve(List.of(a, b, x));
    assertThat(r.problems())
        .extracting(Problem::standardId, Problem::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("t.a", Problem.Kind.CYCLE),
            org.assertj.core.groups.Tuple.tuple("t.b", Problem.Kind.CYCLE),
            org.assertj.core.groups.Tuple.tuple("t.x", Problem.Kind.UNRESOLVED_BASE));
    assertThat(r.problems().get(0).message()).contains("t.a → t.b → t.a");
    assertThat(r.standards()).allSatisfy(s -> assertThat(s.isBaseMissing()).isTrue());
  }

  @Test
  void resolve_selfExtension_isACycle() {
    Standards.Resolution r = Standards.resolve(List.of(extending("t.a", "t.a", "t.a.1")));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.CYCLE);
              assertThat(p.message()).contains("t.a → t.a");
            });
  }

  @Test
  void resolve_ambiguousBase_isAProblem() {
    Standards.Resolution r =
        Standards.resolve(
            List.of(
                extending("t.a", null, "t.a.1"),
                extending("t.a", null, "t.a.2"),
                extending("t.b", "t.a", "t.b.1")));
    assertThat(r.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.AMBIGUOUS_BASE);
  }

  @Test
  void resolve_valuesForParametersTheBaseLacks_isIncompatible() {
    Standard b =
        extending("t.b", "t.a", "t.b.1").toBuilder()
            .values(ParameterValues.none().with(TestParameters.NOTICE_DAYS, 9))
            .build();
    Standards.Resolution r = Standards.resolve(List.of(extending("t.a", null, "t.a.1"), b));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.INCOMPATIBLE_BASE);
              assertThat(p.message()).contains("notice-days");
            });
  }

  @Test
  void resolve_extensionOfTheSample_evaluatesAllCriteria() {
    Standard community =
        extending("sample.community", SampleStandards.village().id(), "sample.community.r1");
    Standards.Resolution r = Standards.resolve(List.of(SampleStandards.village(), community));
    Standard resolved = r.standard("sample.community").orElseThrow();
    EvaluationResult e = Evaluator.create().evaluate(resolved, Dossiers.complete());
    assertThat(e.criteria()).hasSize(7);
    assertThat(e.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(resolved.fingerprint()).isNotEqualTo(community.fingerprint());
  }
}
