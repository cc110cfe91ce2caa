package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;

class CountCheckTest {
  private static final CountCheck REWARDS =
      Checks.equal(
          "rewards-granted",
          Section.BENEFITS,
          d -> requireNonNull(d.benefits()).rewardsGranted(),
          d -> requireNonNull(d.benefits()).rewardsEligible());

  private static final CountCheck IMPROVED =
      Checks.atLeast(
          "difficult-families-improved",
          Section.BENEFITS,
          d -> requireNonNull(d.benefits()).difficultFamilies().improved(),
          1);

  private static Dossier breaches(int n) {
    return Dossiers.complete().toBuilder().privacyBreaches(n).build();
  }

  private static Dossier benefits(int eligible, int granted, int improved) {
    return Dossiers.complete().toBuilder()
        .benefits(new Benefits(eligible, granted, 0, new DifficultFamilies(3, 3, improved)))
        .build();
  }

  @Test
  void zero_none_passes_one_failsWithDecreaseByOne() {
    assertThat(
            TestContext.checked(Checks.noPrivacyBreaches(), TestContext.of(breaches(0))).outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult r = TestContext.checked(Checks.noPrivacyBreaches(), TestContext.of(breaches(1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.DECREASE_COUNT);
              assertThat(m.amount()).isEqualTo(1);
            });
    assertThat(r.reasons().get(0).text().zh()).isEqualTo("侵犯个人隐私事件为 1，按要求应为 0。");
  }

  @Test
  void zero_sectionAbsent_isInsufficient() {
    Dossier d = Dossiers.complete().toBuilder().privacyBreaches(null).build();
    CheckResult r = TestContext.checked(Checks.noPrivacyBreaches(), TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .extracting(Remedy::subject)
        .isEqualTo("privacyBreaches");
  }

  @Test
  void noUnlawfulFeesOrFines_oneFound_fails() {
    Dossier d = Dossiers.complete().toBuilder().unlawfulFeesOrFines(1).build();
    assertThat(TestContext.checked(Checks.noUnlawfulFeesOrFines(), TestContext.of(d)).outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(
            TestContext.checked(Checks.noUnlawfulFeesOrFines(), TestContext.of(Dossiers.complete()))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void equal_allGranted_passes() {
    assertThat(TestContext.checked(REWARDS, TestContext.of(benefits(12, 12, 1))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void equal_oneShort_failsWithTheDifference() {
    CheckResult r = TestContext.checked(REWARDS, TestContext.of(benefits(12, 11, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
              assertThat(m.amount()).isEqualTo(1);
              assertThat(m.text().en()).contains("1 more", "12");
            });
  }

  @Test
  void equal_over_failsWithDecrease() {
    CheckResult r = TestContext.checked(REWARDS, TestContext.of(benefits(10, 12, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .singleElement()
        .extracting(Remedy::kind)
        .isEqualTo(Remedy.Kind.DECREASE_COUNT);
  }

  @Test
  void atLeast_exactlyTheMinimum_passes_oneUnder_fails() {
    assertThat(TestContext.checked(IMPROVED, TestContext.of(benefits(1, 1, 1))).outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult r = TestContext.checked(IMPROVED, TestContext.of(benefits(1, 1, 0)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).singleElement().extracting(Remedy::amount).isEqualTo(1L);
  }

  @Test
  void atLeast_parameterMinimum_isReadAndRecorded() {
    Parameter<Integer> minimum =
        new Parameter<>(
            "min-improved",
            ParameterType.INTEGER,
            2,
            "",
            LegalReference.of("test", "1", "1"),
            LocalizedText.of("测试", "test"));
    TestContext context = TestContext.of(benefits(1, 1, 1));
    CheckResult r =
        Checks.atLeast(
                "difficult-families-improved",
                Section.BENEFITS,
                d -> requireNonNull(d.benefits()).difficultFamilies().improved(),
                minimum)
            .check(context);
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(context.read).containsEntry("min-improved", "2");
  }

  @Test
  void labelled_namesTheCount() {
    CheckResult r =
        REWARDS
            .labelled(LocalizedText.of("奖励", "rewards"))
            .check(TestContext.of(benefits(12, 11, 1)));
    assertThat(r.reasons().get(0).text().en()).isEqualTo("rewards: 11 of 12, 1 short.");
  }
}
