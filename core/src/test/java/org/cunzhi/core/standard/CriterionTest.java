package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.junit.jupiter.api.Test;

/** A criterion learns its sections, parameters and veto from its check, once. */
class CriterionTest {
  private static final LegalReference SOURCE = LegalReference.of("测试文件", "2025", "item 1");
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final LocalizedText VETO = LocalizedText.of("上访", "petitions");

  private static Parameter<Integer> days(String key) {
    return new Parameter<>(
        key, ParameterType.POSITIVE_INTEGER, 3, "days", SOURCE, LocalizedText.of("天数", "days"));
  }

  private static final Parameter<Integer> WINDOW = days("window");
  private static final Parameter<Integer> COMPLAINT = days("complaint");

  private static Criterion.Builder criterion() {
    return Criterion.builder("test.village.8").title("投诉", "complaints").reference(SOURCE);
  }

  @Test
  void check_tree_givesParametersSectionsAndVeto() {
    Criterion c =
        criterion()
            .veto(VETO)
            .check(
                Checks.allOf(
                    Checks.complaintsHandled(COMPLAINT),
                    Checks.veto(Checks.noIncidents(WINDOW, IncidentKind.COLLECTIVE_PETITION))))
            .build();

    assertThat(c.parameters()).containsExactly(COMPLAINT, WINDOW);
    assertThat(c.sections()).containsExactly(Section.INCIDENTS, Section.COMPLAINTS);
    assertThat(c.carriesVeto()).isTrue();
    assertThat(c.vetoPart()).contains(VETO);
    assertThat(c.requirements().isComplete()).isTrue();
  }

  @Test
  void vetoInTheTree_withoutANamedPart_stillCarriesIt() {
    Criterion c =
        criterion()
            .check(Checks.veto(Checks.noIncidents(WINDOW, IncidentKind.COLLECTIVE_PETITION)))
            .build();

    assertThat(c.carriesVeto()).isTrue();
    assertThat(c.vetoPart()).isEmpty();
  }

  @Test
  void noVetoInTheTree_carriesNone() {
    Criterion c = criterion().check(Checks.complaintsHandled(COMPLAINT)).build();

    assertThat(c.carriesVeto()).isFalse();
  }

  @Test
  void lambda_declaresWhatItReads_onTheBuilder() {
    Criterion c =
        criterion()
            .sections(Section.APPRAISALS)
            .parameters(COMPLAINT)
            .veto(VETO)
            .check(ctx -> CheckResult.fail(WHY).asVeto())
            .build();

    assertThat(c.sections()).containsExactly(Section.APPRAISALS);
    assertThat(c.requirements().needs()).containsExactly(Set.of(Section.APPRAISALS));
    assertThat(c.parameters()).containsExactly(COMPLAINT);
    assertThat(c.carriesVeto()).isTrue();
    assertThat(c.requirements().isComplete()).isFalse();
  }

  @Test
  void lambda_declaringNothing_readsNothingKnown() {
    Criterion c = criterion().check(ctx -> CheckResult.pass(WHY)).build();

    assertThat(c.parameters()).isEmpty();
    assertThat(c.sections()).isEmpty();
    assertThat(c.carriesVeto()).isFalse();
  }

  @Test
  void declaredBesideTheTree_addsOnceWithoutRepeating() {
    Criterion c =
        criterion()
            .parameters(WINDOW, COMPLAINT)
            .sections(Section.COMPLAINTS, Section.AUDITS)
            .check(Checks.complaintsHandled(COMPLAINT))
            .build();

    assertThat(c.parameters()).containsExactly(COMPLAINT, WINDOW);
    assertThat(c.sections()).containsExactly(Section.COMPLAINTS, Section.AUDITS);
  }
}
