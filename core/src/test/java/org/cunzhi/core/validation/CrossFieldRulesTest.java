package org.cunzhi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.core.validation.Samples.NOTICE_FROM;
import static org.cunzhi.core.validation.Samples.RECEIVED;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.PublicNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each "not more than" or "not before" rule of DOSSIER-v1, on both sides of its limit: exactly at
 * the limit passes; one over (one day early) is reported at its exact JSON Pointer, alone.
 */
class CrossFieldRulesTest {

  /**
   * One rule: a dossier {@code over} past the limit (0 = exactly at it), and the violation one past
   * the limit gives.
   */
  record Rule(String name, IntFunction<Dossier> over, String pointer, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Rule> rules() {
    Dossier d = Samples.valid();
    return Stream.of(
        new Rule(
            "contraceptiveUsers ≤ marriedWomen15to49",
            k -> Samples.withYearAt(d, 2, y -> Samples.withCounts(y, 361, 361 + k)),
            "/years/2/contraceptiveUsers",
            "362 exceeds marriedWomen15to49 (361)"),
        new Rule(
            "births.policyCompliant ≤ births.total",
            k -> Samples.withYearAt(d, 0, y -> Samples.withBirths(y, new Births(15, 15 + k, 8, 7))),
            "/years/0/births/policyCompliant",
            "16 exceeds total (15)"),
        new Rule(
            "births.male + births.female = births.total, sum above",
            k -> Samples.withYearAt(d, 1, y -> Samples.withBirths(y, new Births(13, 13, 6 + k, 7))),
            "/years/1/births/total",
            "male + female (7 + 7 = 14) differ from total (13)"),
        new Rule(
            "births.male + births.female = births.total, sum below",
            k -> Samples.withYearAt(d, 1, y -> Samples.withBirths(y, new Births(13 + k, 13, 6, 7))),
            "/years/1/births/total",
            "male + female (6 + 7 = 13) differ from total (14)"),
        new Rule(
            "awareness.aware ≤ awareness.surveyed",
            k ->
                Samples.withYearAt(
                    d, 2, y -> Samples.withAwareness(y, new Awareness(120, 120 + k))),
            "/years/2/awareness/aware",
            "121 exceeds surveyed (120)"),
        new Rule(
            "votes cast ≤ present",
            k ->
                Samples.withCharterAt(
                    d,
                    0,
                    c -> Samples.withAdoption(c, Samples.adoption(1180, 702, null, 690 + k, 4, 8))),
            "/instruments/0/adoption/votesFor",
            "votes cast (691 + 4 + 8 = 703) exceed those present (702)"),
        new Rule(
            "adoption.present ≤ adoption.eligible",
            k ->
                Samples.withCharterAt(
                    d,
                    1,
                    c -> Samples.withAdoption(c, Samples.adoption(1180, 1180 + k, null, 2, 0, 0))),
            "/instruments/1/adoption/present",
            "1181 exceeds eligible (1180)"),
        new Rule(
            "adoption.householdsRepresented ≤ unit.households",
            k ->
                Samples.withCharterAt(
                    d,
                    0,
                    c -> Samples.withAdoption(c, Samples.adoption(1180, 702, 412 + k, 690, 4, 8))),
            "/instruments/0/adoption/householdsRepresented",
            "413 exceeds unit.households (412)"),
        new Rule(
            "publicNotice.to not before publicNotice.from",
            k ->
                Samples.withCharterAt(
                    d,
                    1,
                    c ->
                        Samples.withNotice(
                            c, new PublicNotice(NOTICE_FROM, NOTICE_FROM.minusDays(k), 0))),
            "/instruments/1/publicNotice/to",
            "2024-11-05 is before from (2024-11-06)"),
        new Rule(
            "contract.signedHouseholds ≤ contract.households",
            k ->
                Samples.withInstrumentAt(
                    d, 2, i -> Samples.contract("contract-2025", 412, 412 + k)),
            "/instruments/2/signedHouseholds",
            "413 exceeds households (412)"),
        new Rule(
            "benefits.rewardsGranted ≤ benefits.rewardsEligible",
            k -> d.toBuilder().benefits(Samples.benefits(46, 46 + k, 3, 3, 2)).build(),
            "/benefits/rewardsGranted",
            "47 exceeds rewardsEligible (46)"),
        new Rule(
            "difficultFamilies.assisted ≤ difficultFamilies.identified",
            k -> d.toBuilder().benefits(Samples.benefits(46, 46, 3, 3 + k, 2)).build(),
            "/benefits/difficultFamilies/assisted",
            "4 exceeds identified (3)"),
        new Rule(
            "difficultFamilies.improved ≤ difficultFamilies.assisted",
            k -> d.toBuilder().benefits(Samples.benefits(46, 46, 3, 3, 3 + k)).build(),
            "/benefits/difficultFamilies/improved",
            "4 exceeds assisted (3)"),
        new Rule(
            "satisfaction.satisfied ≤ satisfaction.surveyed",
            k ->
                d.toBuilder()
                    .surveys(ImmutableMap.of(2025, Samples.surveys(150, 150 + k, 122)))
                    .build(),
            "/surveys/2025/satisfaction/satisfied",
            "151 exceeds surveyed (150)"),
        new Rule(
            "participation.participated ≤ participation.surveyed",
            k ->
                d.toBuilder()
                    .surveys(ImmutableMap.of(2025, Samples.surveys(150, 141, 150 + k)))
                    .build(),
            "/surveys/2025/participation/participated",
            "151 exceeds surveyed (150)"),
        new Rule(
            "complaint.investigated not before complaint.received",
            k ->
                d.toBuilder()
                    .complaints(
                        List.of(
                            Samples.complaint(
                                RECEIVED, RECEIVED.minusDays(k), RECEIVED.plusDays(2))))
                    .build(),
            "/complaints/0/investigated",
            "2025-04-01 is before received (2025-04-02)"),
        new Rule(
            "complaint.outcomePublished not before complaint.received",
            k ->
                d.toBuilder()
                    .complaints(List.of(Samples.complaint(RECEIVED, null, RECEIVED.minusDays(k))))
                    .build(),
            "/complaints/0/outcomePublished",
            "2025-04-01 is before received (2025-04-02)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_exactlyAtLimit_passes(Rule rule) {
    assertThat(ModelValidator.get().validate(rule.over().apply(0))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_oneOverLimit_reportsOnlyThatPointer(Rule rule) {
    assertThat(ModelValidator.get().validate(rule.over().apply(1)))
        .containsExactly(new Violation(rule.pointer(), rule.message()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_farOverLimit_reportsThatPointer(Rule rule) {
    assertThat(ModelValidator.get().validate(rule.over().apply(50)))
        .extracting(Violation::pointer)
        .containsExactly(rule.pointer());
  }

  @Test
  void validate_sameDayNoticeAndComplaint_passes() {
    Dossier d =
        Samples.withCharterAt(
                Samples.valid(),
                0,
                c -> Samples.withNotice(c, new PublicNotice(NOTICE_FROM, NOTICE_FROM, 0)))
            .toBuilder()
            .complaints(List.of(Samples.complaint(RECEIVED, RECEIVED, RECEIVED)))
            .build();
    assertThat(ModelValidator.get().validate(d)).isEmpty();
  }
}
