package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extend and tailor, one mechanism: an extension sets its base's parameters by key (S-5). */
class ExtensionTest {
  private static final Standard BASE = SampleStandards.village();

  private static final Criterion OWN =
      Criterion.builder("county.village.own")
          .title("县自定项", "the county's own item")
          .reference(LegalReference.of("县文件", "2025", "item 1"))
          .check(c -> CheckResult.pass(new Reason("test.why", LocalizedText.of("因为", "because"))))
          .build();

  /** A county standard extending the sample, with its metadata copied as a tailoring would. */
  private static Standard.Builder county() {
    return Standard.builder("county.village")
        .extending(BASE.id())
        .version("2025-1")
        .title(BASE.title().zh(), BASE.title().en())
        .authority(BASE.authority())
        .documentNumber(BASE.documentNumber())
        .effective(BASE.effectiveFrom(), BASE.effectiveTo().orElse(null))
        .level(BASE.level())
        .purpose(BASE.purpose())
        .applicability(BASE.applicability())
        .scoring(BASE.scoring());
  }

  private static InvalidInputException invalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  @Test
  void set_baseParameterByKey_takesEffectWhenJoined() {
    Standard unjoined = county().set("awareness-rate", ">= 95%").criteria(List.of(OWN)).build();
    assertThat(unjoined.isBaseMissing()).isTrue();
    assertThat(unjoined.settings()).containsEntry("awareness-rate", ">= 95%");

    Standard joined = unjoined.withBase(BASE);

    assertThat(joined.valueOf(TestParameters.AWARENESS_RATE))
        .isEqualTo(Threshold.atLeastPercent(95));
    assertThat(joined.valueOf(TestParameters.WINDOW_YEARS)).isEqualTo(3);
    assertThat(joined.allCriteria()).hasSize(BASE.allCriteria().size() + 1);
    assertThat(joined.allCriteria().subList(0, BASE.allCriteria().size()))
        .isEqualTo(BASE.allCriteria());
    assertThat(joined.settings()).containsExactly(java.util.Map.entry("awareness-rate", ">= 95%"));
  }

  @Test
  void set_typedAndText_giveTheSameJoinedStandard() {
    Standard text = county().set("awareness-rate", ">=95%").build().withBase(BASE);
    Standard typed =
        county()
            .set(TestParameters.AWARENESS_RATE, Threshold.atLeastPercent(95))
            .build()
            .withBase(BASE);
    assertThat(typed.values()).isEqualTo(text.values());
    assertThat(typed.fingerprint()).isEqualTo(text.fingerprint());
  }

  @Test
  void fingerprint_aSetValueChangesIt_theSameDefinitionKeepsIt() {
    Standard plain = county().build().withBase(BASE);
    Standard at95 = county().set("awareness-rate", ">= 95%").build().withBase(BASE);
    Standard at96 = county().set("awareness-rate", ">= 96%").build().withBase(BASE);
    assertThat(at95.fingerprint())
        .isNotEqualTo(plain.fingerprint())
        .isNotEqualTo(at96.fingerprint())
        .isEqualTo(county().set("awareness-rate", ">= 95%").build().withBase(BASE).fingerprint());
    assertThat(county().set("awareness-rate", ">= 95%").build().fingerprint())
        .as("unjoined")
        .isNotEqualTo(county().build().fingerprint());
  }

  @Test
  void set_unknownKey_refusedAtJoinNamingTheStandardAndTheKey() {
    Standard unjoined = county().set("no-such-key", "3").build();
    assertThatThrownBy(() -> unjoined.withBase(BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-key")
        .hasMessageContaining("county.village")
        .hasMessageContaining(BASE.id());
    Standards.Resolution r = Standards.resolve(List.of(BASE, unjoined));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Standards.Problem.Kind.INCOMPATIBLE_BASE);
              assertThat(p.standardId()).isEqualTo("county.village");
              assertThat(p.message()).contains("no-such-key");
            });
  }

  @Test
  void set_unknownKeyOnAStandardWithoutBase_refusedAtBuild() {
    assertThatThrownBy(() -> SampleStandards.villageBuilder().set("no-such-key", "3").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-key")
        .hasMessageContaining("window-years");
  }

  @Test
  void set_malformedKey_refusedAtBuildEvenWithoutTheBase() {
    assertThatThrownBy(() -> county().set("Awareness_Rate", ">= 95%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Awareness_Rate");
  }

  @Test
  void set_ownParameter_checkedAtBuild() {
    assertThat(
            SampleStandards.villageBuilder()
                .set("window-years", "10")
                .build()
                .valueOf(TestParameters.WINDOW_YEARS))
        .isEqualTo(10);
    assertThatThrownBy(() -> SampleStandards.villageBuilder().set("window-years", "11").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window-years must be from 1 to 10 years, was 11");
  }

  @Test
  void set_typedOutsideItsRange_refusedAtOnce() {
    assertThatThrownBy(() -> county().set(TestParameters.WINDOW_YEARS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window-years");
  }

  @ParameterizedTest
  @CsvSource({
    "window-years, 1",
    "window-years, 10",
    "complaint-days, 1",
    "complaint-days, 30",
    "awareness-rate, >= 0%",
    "awareness-rate, >= 100%",
    "disclosure-cadence, YEARLY",
    "disclosure-cadence, MONTHLY"
  })
  void join_valueAtAnEndOfTheRange_isTaken(String key, String value) {
    assertThat(county().set(key, value).build().withBase(BASE).settings()).containsKey(key);
  }

  @ParameterizedTest
  @CsvSource({
    "window-years, 0",
    "window-years, 11",
    "complaint-days, 31",
    "awareness-rate, >= 100.5%",
    "awareness-rate, <= 90%",
    "awareness-rate, 95",
    "policy-compliant-birth-rate, >= 99%",
    "disclosure-cadence, WEEKLY"
  })
  void join_valueOutsideTheRangeOrNotParsing_isRefusedNamingTheKey(String key, String value) {
    Standard unjoined = county().set(key, value).build();
    assertThatThrownBy(() -> unjoined.withBase(BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter " + key + " of standard county.village is invalid");
  }

  @Test
  void join_typedValueOfAnotherType_isRefused() {
    Parameter<Integer> wrong =
        new Parameter<>(
            "awareness-rate",
            ParameterType.INTEGER,
            95,
            "%",
            LegalReference.of("县文件", "2025", "item 1"),
            LocalizedText.of("错", "wrong"));
    Standard unjoined = county().set(wrong, 95).build();
    assertThatThrownBy(() -> unjoined.withBase(BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("awareness-rate is a threshold, not a Integer");
  }

  @Test
  void join_parameterDeclaredAgain_isRefused() {
    Standard unjoined = county().parameters(List.of(TestParameters.AWARENESS_RATE)).build();
    assertThatThrownBy(() -> unjoined.withBase(BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("awareness-rate")
        .hasMessageContaining("declared again");
  }

  @Test
  void join_extensionAddingCriteriaOnly_stillJoins() {
    Standard joined = county().criteria(List.of(OWN)).build().withBase(BASE);
    assertThat(joined.values()).isEqualTo(BASE.values());
    assertThat(joined.isBaseMissing()).isFalse();
  }

  @Test
  void tailoringAndJavaExtension_sameSettings_sameCriteriaValuesAndFingerprint() {
    Standard java =
        county()
            .set("awareness-rate", ">= 95%")
            .set(TestParameters.COMPLAINT_DAYS, 2)
            .build()
            .withBase(BASE);
    Standard tailored =
        Tailoring.parse(
                "id=county.village\nversion=2025-1\nbase="
                    + BASE.id()
                    + "\nparameter.awareness-rate=>= 95%\nparameter.complaint-days=2\n")
            .applyTo(BASE);
    assertThat(tailored.allCriteria()).isEqualTo(java.allCriteria());
    assertThat(tailored.values()).isEqualTo(java.values());
    assertThat(tailored.settings()).isEqualTo(java.settings());
    assertThat(tailored.baseId()).isEqualTo(java.baseId());
    assertThat(tailored.fingerprint()).isEqualTo(java.fingerprint());
  }

  @Test
  void tailoring_refusesWhatTheJoinRefuses_withThePointerOfEachKey() {
    InvalidInputException e =
        invalid(
            () ->
                Tailoring.parse(
                        "id=county.village\nversion=1\nparameter.window-years=0\n"
                            + "parameter.awareness-rate=<= 90%\nparameter.no-such-key=1\n")
                    .applyTo(BASE));
    assertThat(e.violations())
        .extracting(Violation::pointer)
        .containsExactly(
            "/parameter.awareness-rate", "/parameter.no-such-key", "/parameter.window-years");
    assertThat(e.violations().get(2).message())
        .isEqualTo(
            "parameter.window-years is invalid: \"0\" is not a whole number of at least 1;"
                + " expected from 1 to 10 years.");
  }

  @Test
  void tailoring_definition_isAnExtensionWithNoCriteriaOfItsOwn() {
    Standard defined =
        Tailoring.parse("id=county.village\nversion=1\nparameter.window-years=4\n")
            .definitionFor(BASE);
    assertThat(defined.baseId()).contains(BASE.id());
    assertThat(defined.criteria()).isEmpty();
    assertThat(defined.isBaseMissing()).isTrue();
    assertThat(defined.settings()).containsEntry("window-years", "4");
    assertThat(defined.level()).isEqualTo(BASE.level());
    assertThat(defined.applicability()).isEqualTo(BASE.applicability());
  }

  @Test
  void tailoring_ofAnExtension_extendsIt() {
    Standard community =
        Standard.builder("sample.community")
            .version("1")
            .title("社区", "community")
            .authority("test")
            .documentNumber("T")
            .effective(LocalDate.of(2025, 1, 1), null)
            .level(JurisdictionLevel.MUNICIPAL)
            .applicability(Applicability.of(UnitKind.COMMUNITY, "12"))
            .extending(BASE.id())
            .build()
            .withBase(BASE);
    Standard derived =
        Tailoring.parse("id=x.community\nversion=1\nparameter.window-years=4\n").applyTo(community);
    assertThat(derived.base().flatMap(Standard::base)).contains(BASE);
    assertThat(derived.valueOf(TestParameters.WINDOW_YEARS)).isEqualTo(4);
  }
}
