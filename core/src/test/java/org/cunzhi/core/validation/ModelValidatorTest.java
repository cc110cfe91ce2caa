package org.cunzhi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelValidatorTest {
  private final ModelValidator validator = ModelValidator.get();

  /** The two problems of the Nantuo example (examples/nantuo-2025-invalid.json). */
  private static Dossier nantuo() {
    Dossier d = Samples.valid();
    d = Samples.withYearAt(d, 2, y -> Samples.withCounts(y, 361, 380));
    return Samples.withCharterAt(
        d, 0, c -> Samples.withAdoption(c, Samples.adoption(1180, 702, null, 800, 4, 8)));
  }

  @Test
  void validate_validDossier_isEmpty() {
    assertThat(validator.validate(Samples.valid())).isEmpty();
  }

  @Test
  void validate_validDossier_isRememberedByIdentity_soASecondValidationIsFree() {
    Dossier d = Samples.valid();
    Dossier equalCopy = d.toBuilder().build();
    assertThat(validator.isKnownValid(d)).isFalse();
    assertThat(validator.validate(d)).isEmpty();
    assertThat(validator.isKnownValid(d)).isTrue();
    assertThat(validator.isKnownValid(equalCopy)).isFalse();
    assertThat(validator.requireValid(d)).isSameAs(d);
  }

  @Test
  void validate_invalidDossier_isNeverRemembered() {
    Dossier d = nantuo();
    assertThat(validator.validate(d)).hasSize(2);
    assertThat(validator.isKnownValid(d)).isFalse();
    assertThat(validator.validate(d)).hasSize(2);
  }

  @Test
  void validate_nantuo_reportsBothProblemsAtOnce() {
    assertThat(validator.validate(nantuo()))
        .containsExactly(
            new Violation(
                "/instruments/0/adoption/votesFor",
                "votes cast (800 + 4 + 8 = 812) exceed those present (702)"),
            new Violation("/years/2/contraceptiveUsers", "380 exceeds marriedWomen15to49 (361)"));
  }

  @Test
  void requireValid_nantuo_throwsWithEveryViolation() {
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> validator.requireValid(nantuo()))
        .satisfies(
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly(
                        "/instruments/0/adoption/votesFor", "/years/2/contraceptiveUsers"))
        .withMessageContaining("2 problems");
  }

  @Test
  void requireValid_validDossier_returnsIt() {
    Dossier d = Samples.valid();
    assertThat(validator.requireValid(d)).isSameAs(d);
  }

  @Test
  void validate_manyRulesBrokenInOneRecordAndAcross_reportsEveryOne() {
    Dossier d =
        Samples.withCharterAt(
            nantuo(), 1, c -> Samples.withAdoption(c, Samples.adoption(700, 702, 413, 703, 0, 0)));
    d = Samples.withYearAt(d, 0, y -> Samples.withBirths(y, new Births(15, 16, 9, 7)));
    d = d.toBuilder().benefits(Samples.benefits(46, 47, 3, 4, 5)).build();

    assertThat(validator.validate(d))
        .extracting(Violation::pointer)
        .containsExactly(
            "/benefits/difficultFamilies/assisted",
            "/benefits/difficultFamilies/improved",
            "/benefits/rewardsGranted",
            "/instruments/0/adoption/votesFor",
            "/instruments/1/adoption/householdsRepresented",
            "/instruments/1/adoption/present",
            "/instruments/1/adoption/votesFor",
            "/years/0/births/policyCompliant",
            "/years/0/births/total",
            "/years/2/contraceptiveUsers");
  }

  @Test
  void validate_yearTwice_reportsTheRepeatAtItsYear() {
    Dossier d = Samples.withYearAt(Samples.valid(), 2, y -> Samples.withYear(y, 2024));
    assertThat(validator.validate(d))
        .containsExactly(
            new Violation(
                "/years/2/year", "2024 appears more than once in years (first at index 1)"));
  }

  @Test
  void validate_yearThrice_reportsEachRepeat() {
    Dossier d = Samples.valid();
    d = Samples.withYearAt(d, 1, y -> Samples.withYear(y, 2023));
    d = Samples.withYearAt(d, 2, y -> Samples.withYear(y, 2023));
    assertThat(validator.validate(d))
        .extracting(Violation::pointer)
        .containsExactly("/years/1/year", "/years/2/year");
  }

  @Test
  void validate_instrumentIdTwice_reportsTheRepeatAtItsId() {
    Dossier d =
        Samples.withInstrumentAt(Samples.valid(), 2, i -> Samples.withId(i, "charter-2024"));
    assertThat(validator.validate(d))
        .containsExactly(
            new Violation(
                "/instruments/2/id",
                "\"charter-2024\" appears more than once in instruments (first at index 0)"));
  }

  @Test
  void validate_idWithTemplateCharacters_isQuotedLiterally() {
    String id = "a{b}$c\\d{{x}}";
    Dossier d = Samples.valid();
    d = Samples.withInstrumentAt(d, 0, i -> Samples.withId(i, id));
    d = Samples.withInstrumentAt(d, 1, i -> Samples.withId(i, id));
    assertThat(validator.validate(d))
        .containsExactly(
            new Violation(
                "/instruments/1/id",
                "\"" + id + "\" appears more than once in instruments (first at index 0)"));
  }

  @Test
  void validate_unitHouseholdsUnknown_doesNotCheckHouseholdsRepresented() {
    Dossier d =
        Samples.withCharterAt(
            Samples.valid(),
            0,
            c -> Samples.withAdoption(c, Samples.adoption(1180, 702, 5000, 690, 4, 8)));
    assertThat(validator.validate(d))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/0/adoption/householdsRepresented");
    assertThat(validator.validate(d.toBuilder().unit(Samples.unit(null)).build())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"})
  void validate_abortionWithGestationAndReason_passes(IncidentKind kind) {
    Dossier d = Samples.withIncidentAt(Samples.valid(), 0, incident(kind, 16, false));
    assertThat(validator.validate(d)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"})
  void validate_abortionWithoutGestationOrReason_reportsBoth(IncidentKind kind) {
    Dossier d = Samples.withIncidentAt(Samples.valid(), 0, incident(kind, null, null));
    assertThat(validator.validate(d))
        .containsExactly(
            new Violation("/incidents/0/gestationWeeks", "required when kind is " + kind),
            new Violation("/incidents/0/medicalReason", "required when kind is " + kind));
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"})
  void validate_abortionWithoutReasonOnly_reportsReason(IncidentKind kind) {
    Dossier d = Samples.withIncidentAt(Samples.valid(), 1, incident(kind, 16, null));
    assertThat(validator.validate(d))
        .containsExactly(
            new Violation("/incidents/1/medicalReason", "required when kind is " + kind));
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"},
      mode = EnumSource.Mode.EXCLUDE)
  void validate_otherKindWithoutGestationAndReason_passes(IncidentKind kind) {
    Dossier d = Samples.withIncidentAt(Samples.valid(), 1, incident(kind, null, null));
    assertThat(validator.validate(d)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"},
      mode = EnumSource.Mode.EXCLUDE)
  void validate_otherKindWithGestationOrReason_reportsEachWithoutItsValue(IncidentKind kind) {
    Dossier d = Samples.withIncidentAt(Samples.valid(), 1, incident(kind, 23, true));
    List<Violation> violations = validator.validate(d);
    assertThat(violations)
        .containsExactly(
            new Violation("/incidents/1/gestationWeeks", "must be absent when kind is " + kind),
            new Violation("/incidents/1/medicalReason", "must be absent when kind is " + kind));
    assertThat(violations).noneMatch(v -> v.message().contains("23"));
  }

  @Test
  void validate_singleRecord_givesPointerRelativeToIt() {
    YearStatistics year =
        new YearStatistics(2025, new Population(10, 10), 5, 6, new Births(1, 1, 1, 0), null, null);
    assertThat(validator.validate(year))
        .containsExactly(new Violation("/contraceptiveUsers", "6 exceeds marriedWomen15to49 (5)"));
  }

  /** A rule that names a component the record lacks is a programming error, not bad input. */
  @NotGreaterThan(field = "count", limit = "nosuchComponent")
  public record Misdeclared(int count) {}

  @Test
  void validate_ruleNamingUnknownComponent_failsLoudly() {
    assertThatThrownBy(() -> validator.validate(new Misdeclared(1)))
        .isInstanceOf(ValidationException.class)
        .hasStackTraceContaining("no record component \"nosuchComponent\"");
  }

  private static Incident incident(
      IncidentKind kind, @Nullable Integer weeks, @Nullable Boolean medicalReason) {
    return new Incident(LocalDate.of(2024, 3, 1), kind, weeks, medicalReason);
  }
}
