package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cunzhi.spi.TestStandards.TAIZI;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Basis;
import org.cunzhi.core.evaluation.StandardChoice.Role;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.TestStandards.First;
import org.junit.jupiter.api.Test;

/** Precedence among applicable standards (D-ADM-4), stricter never looser (D-ADM-5). */
class SelectionTest {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

  private static Standard at(String id, JurisdictionLevel level, String... prefixes) {
    return TestStandards.builder(id)
        .level(level)
        .applicability(new Applicability(Set.of(UnitKind.VILLAGE), Set.of(prefixes)))
        .build();
  }

  private static Selection select(LocalDate date, String purpose, Standard... standards) {
    return StandardRegistry.of(List.of(new First(standards))).select(TAIZI, date, purpose);
  }

  private static List<String> order(Selection selection) {
    return selection.candidates().stream().map(Standard::id).toList();
  }

  @Test
  void select_levels_nationalOverMunicipalOverCountyOverTownship() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            at("test.township", JurisdictionLevel.TOWNSHIP, "120119105"),
            at("test.county", JurisdictionLevel.COUNTY, "120119"),
            at("test.national", JurisdictionLevel.NATIONAL),
            at("test.municipal", JurisdictionLevel.MUNICIPAL, "12"));

    assertThat(order(selection))
        .containsExactly("test.national", "test.municipal", "test.county", "test.township");
    assertThat(selection.prevailing().map(Standard::id)).contains("test.national");
    assertThat(selection.shadowed())
        .extracting(Standard::id)
        .containsExactly("test.municipal", "test.county", "test.township");
  }

  @Test
  void select_levelBeatsSpecificity_nationalEverywhereOverCountyForThisVillage() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            at("test.county", JurisdictionLevel.COUNTY, "120119105201"),
            at("test.national", JurisdictionLevel.NATIONAL));

    assertThat(order(selection)).containsExactly("test.national", "test.county");
  }

  @Test
  void select_sameLevel_moreSpecificPrefixFirst() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            at("test.a-everywhere", JurisdictionLevel.COUNTY),
            at("test.b-province", JurisdictionLevel.COUNTY, "12"),
            at("test.c-county", JurisdictionLevel.COUNTY, "120119"),
            at("test.d-prefecture", JurisdictionLevel.COUNTY, "1201", "3301"));

    assertThat(order(selection))
        .containsExactly(
            "test.c-county", "test.d-prefecture", "test.b-province", "test.a-everywhere");
  }

  @Test
  void select_sameLevelAndPrefix_laterEffectiveDateFirst() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            TestStandards.builder("test.a-2019").effective(LocalDate.of(2019, 1, 1), null).build(),
            TestStandards.builder("test.b-2025").effective(LocalDate.of(2025, 3, 1), null).build(),
            TestStandards.builder("test.c-2022").effective(LocalDate.of(2022, 1, 1), null).build());

    assertThat(order(selection)).containsExactly("test.b-2025", "test.c-2022", "test.a-2019");
  }

  @Test
  void select_fullTie_orderedById() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            TestStandards.standard("test.b"),
            TestStandards.standard("test.a"));

    assertThat(order(selection)).containsExactly("test.a", "test.b");
  }

  @Test
  void select_effectiveDates_bothEndsInclusive() {
    Standard window =
        TestStandards.builder("test.window")
            .effective(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))
            .build();

    assertThat(select(LocalDate.of(2020, 12, 31), "demonstration", window).isEmpty()).isTrue();
    assertThat(order(select(LocalDate.of(2021, 1, 1), "demonstration", window)))
        .containsExactly("test.window");
    assertThat(order(select(LocalDate.of(2023, 12, 31), "demonstration", window)))
        .containsExactly("test.window");
    assertThat(select(LocalDate.of(2024, 1, 1), "demonstration", window).isEmpty()).isTrue();
  }

  @Test
  void select_expiredNationalStandard_municipalPrevails() {
    Selection selection =
        select(
            END_2025,
            "demonstration",
            TestStandards.builder("test.national")
                .level(JurisdictionLevel.NATIONAL)
                .effective(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31))
                .build(),
            TestStandards.standard("test.municipal"));

    assertThat(order(selection)).containsExactly("test.municipal");
  }

  @Test
  void select_otherPurpose_filteredOut() {
    Standard integrity = TestStandards.builder("test.integrity").purpose("integrity").build();
    Standard demonstration = TestStandards.standard("test.demonstration");

    assertThat(order(select(END_2025, "demonstration", integrity, demonstration)))
        .containsExactly("test.demonstration");
    assertThat(order(select(END_2025, "integrity", integrity, demonstration)))
        .containsExactly("test.integrity");
    assertThat(select(END_2025, "grading", integrity, demonstration).isEmpty()).isTrue();
  }

  @Test
  void select_otherKindOrPrefix_filteredOut() {
    Standard community =
        TestStandards.builder("test.community")
            .applicability(Applicability.of(UnitKind.COMMUNITY, "12"))
            .build();
    Standard zhejiang =
        TestStandards.builder("test.zhejiang")
            .applicability(Applicability.of(UnitKind.VILLAGE, "33"))
            .build();
    Standard neighbour =
        TestStandards.builder("test.neighbour")
            .applicability(Applicability.of(UnitKind.VILLAGE, "120119105202"))
            .build();

    assertThat(select(END_2025, "demonstration", community, zhejiang, neighbour).isEmpty())
        .isTrue();
  }

  @Test
  void select_communityUnit_getsCommunityStandard() {
    Unit community = Unit.of(DivisionCode.parse("120101001001"), "示例社区", UnitKind.COMMUNITY);
    Standard forCommunities =
        TestStandards.builder("test.community")
            .applicability(Applicability.of(UnitKind.COMMUNITY, "12"))
            .build();
    Standard forVillages = TestStandards.standard("test.village");

    Selection selection =
        StandardRegistry.of(List.of(new First(forCommunities, forVillages)))
            .select(community, END_2025, "demonstration");

    assertThat(order(selection)).containsExactly("test.community");
  }

  @Test
  void require_noneApplies_throwsNamingUnitDateAndPurpose() {
    Selection selection = select(END_2025, "integrity", TestStandards.standard("test.a"));

    assertThat(selection.prevailing()).isEmpty();
    assertThat(selection.shadowed()).isEmpty();
    assertThatThrownBy(selection::require)
        .isInstanceOfSatisfying(
            NoApplicableStandardException.class,
            e -> {
              assertThat(e.code()).isEqualTo(TAIZI.code());
              assertThat(e.kind()).isEqualTo(UnitKind.VILLAGE);
              assertThat(e.purpose()).isEqualTo("integrity");
              assertThat(e.date()).isEqualTo(END_2025);
            })
        .hasMessageContaining("\"integrity\"")
        .hasMessageContaining("120119105201")
        .hasMessageContaining("2025-12-31");
  }

  @Test
  void require_oneApplies_returnsIt() {
    Standard a = TestStandards.standard("test.a");

    assertThat(select(END_2025, "demonstration", a).require()).isSameAs(a);
  }

  @Test
  void selection_candidatesCopied() {
    Standard a = TestStandards.standard("test.a");
    List<Standard> list = new java.util.ArrayList<>(List.of(a));
    Selection selection = Selection.of(TAIZI, END_2025, "demonstration", list);
    list.clear();

    assertThat(selection.candidates()).containsExactly(a);
    assertThat(selection.toString()).contains("test.a", "demonstration", "120119105201");
  }

  // ---------------------------------------------------------------- stricter, never looser

  private static final String MUNICIPAL = "test.municipal";
  private static final String COUNTY = "test.county";
  private static final String TOWNSHIP = "test.township";

  private static Standard municipal() {
    return TestStandards.withParameters(MUNICIPAL).build();
  }

  private static Standard.Builder county(String id) {
    return TestStandards.extension(id, MUNICIPAL, JurisdictionLevel.COUNTY, "120119");
  }

  private static Standard.Builder township(String id, String baseId) {
    return TestStandards.extension(id, baseId, JurisdictionLevel.TOWNSHIP, "120119105");
  }

  private static Selection joined(Standard... standards) {
    StandardRegistry registry = StandardRegistry.of(List.of(new First(standards)));
    assertThat(registry.problems()).isEmpty();
    return registry.select(TAIZI, END_2025, "demonstration");
  }

  private static StandardChoice.Candidate standing(Selection s, String id) {
    return s.standingOf(id).orElseThrow();
  }

  @Test
  void refinement_sameValues_isChosenWhereItApplies() {
    Selection selection = joined(municipal(), county(COUNTY).build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
    assertThat(selection.prevailing().map(Standard::id)).contains(MUNICIPAL);
    assertThat(standing(selection, COUNTY))
        .returns(Role.CHOSEN, StandardChoice.Candidate::role)
        .returns(Basis.REFINEMENT, StandardChoice.Candidate::basis)
        .returns(MUNICIPAL, StandardChoice.Candidate::against);
    assertThat(standing(selection, MUNICIPAL))
        .returns(Role.SHADOWED, StandardChoice.Candidate::role)
        .returns(Basis.REFINED, StandardChoice.Candidate::basis)
        .returns(COUNTY, StandardChoice.Candidate::against);
    assertThat(selection.shadowed()).extracting(Standard::id).containsExactly(MUNICIPAL);
  }

  @Test
  void refinement_stricterValues_isChosen() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).set("awareness-rate", ">= 95%").set("complaint-days", "2").build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
    assertThat(selection.require().valueOf(TestStandards.AWARENESS))
        .isEqualTo(Threshold.atLeastPercent(95));
  }

  @Test
  void refinement_valueAtTheBasesExactly_isNotLooser() {
    Selection selection =
        joined(municipal(), county(COUNTY).set("awareness-rate", ">= 90%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
  }

  @Test
  void looser_thresholdJustUnderTheBase_isNeverChosenAndSaysWhich() {
    Selection selection =
        joined(municipal(), county(COUNTY).set("awareness-rate", ">= 89.99%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(MUNICIPAL);
    assertThat(standing(selection, MUNICIPAL).basis()).isEqualTo(Basis.PREVAILING);
    assertThat(standing(selection, MUNICIPAL).against()).isNull();
    StandardChoice.Candidate county = standing(selection, COUNTY);
    assertThat(county.role()).isEqualTo(Role.EXCLUDED);
    assertThat(county.basis()).isEqualTo(Basis.LOOSER);
    assertThat(county.against()).isEqualTo(MUNICIPAL);
    assertThat(county.loosenings())
        .containsExactly(
            new StandardChoice.Loosening("awareness-rate", ">= 89.99%", MUNICIPAL, ">= 90%"));
  }

  @Test
  void looser_moreDaysWhereFewerIsStricter_isExcluded() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).set("awareness-rate", ">= 95%").set("complaint-days", "4").build());

    assertThat(selection.chosen().map(Standard::id)).contains(MUNICIPAL);
    assertThat(standing(selection, COUNTY).loosenings())
        .extracting(StandardChoice.Loosening::key)
        .containsExactly("complaint-days");
  }

  @Test
  void neither_aParameterWithNoStricterDirection_neverLoosens() {
    Selection selection = joined(municipal(), county(COUNTY).set("postings", "-100").build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
  }

  @Test
  void chain_municipalCountyRefinementTownshipRefinement_theTownshipIsChosen() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).set("awareness-rate", ">= 92%").build(),
            township(TOWNSHIP, COUNTY).set("awareness-rate", ">= 95%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(TOWNSHIP);
    assertThat(standing(selection, TOWNSHIP))
        .returns(Basis.REFINEMENT, StandardChoice.Candidate::basis)
        .returns(MUNICIPAL, StandardChoice.Candidate::against);
    assertThat(standing(selection, COUNTY).basis()).isEqualTo(Basis.REFINED);
    assertThat(standing(selection, MUNICIPAL).basis()).isEqualTo(Basis.REFINED);
    assertThat(order(selection)).containsExactly(MUNICIPAL, COUNTY, TOWNSHIP);
  }

  @Test
  void chain_townshipLooserThanTheCountyThoughNotTheMunicipal_isExcluded() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).set("awareness-rate", ">= 95%").build(),
            township(TOWNSHIP, COUNTY).set("awareness-rate", ">= 92%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
    assertThat(standing(selection, TOWNSHIP).loosenings())
        .containsExactly(
            new StandardChoice.Loosening("awareness-rate", ">= 92%", COUNTY, ">= 95%"));
  }

  @Test
  void chain_throughALooserCounty_theTownshipThatRestoresTheBaseIsARefinement() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).set("awareness-rate", ">= 85%").build(),
            township(TOWNSHIP, COUNTY).set("awareness-rate", ">= 90%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(TOWNSHIP);
    assertThat(standing(selection, COUNTY).role()).isEqualTo(Role.EXCLUDED);
  }

  @Test
  void twoRefinementsOfTheSameDepth_precedenceDecides() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).build(),
            township(TOWNSHIP, MUNICIPAL).set("awareness-rate", ">= 99%").build());

    assertThat(selection.chosen().map(Standard::id)).contains(COUNTY);
    assertThat(standing(selection, TOWNSHIP))
        .returns(Basis.HIGHER_LEVEL, StandardChoice.Candidate::basis)
        .returns(COUNTY, StandardChoice.Candidate::against);
  }

  @Test
  void aShorterChain_isLessRefined() {
    Selection selection =
        joined(
            municipal(),
            county(COUNTY).build(),
            township(TOWNSHIP, COUNTY).build(),
            township("test.other-township", MUNICIPAL).build());

    assertThat(selection.chosen().map(Standard::id)).contains(TOWNSHIP);
    assertThat(standing(selection, "test.other-township").basis()).isEqualTo(Basis.LESS_REFINED);
  }

  @Test
  void anUnrelatedLowerStandard_isShadowedByTheHigherLevel() {
    Selection selection =
        joined(municipal(), at("test.unrelated", JurisdictionLevel.COUNTY, "120119"));

    assertThat(selection.chosen().map(Standard::id)).contains(MUNICIPAL);
    assertThat(standing(selection, "test.unrelated"))
        .returns(Role.SHADOWED, StandardChoice.Candidate::role)
        .returns(Basis.HIGHER_LEVEL, StandardChoice.Candidate::basis)
        .returns(MUNICIPAL, StandardChoice.Candidate::against);
  }

  @Test
  void aLooserStandardAheadOfItsBaseInPrecedence_isStillExcluded() {
    Standard looser =
        TestStandards.extension("test.a-district", MUNICIPAL, JurisdictionLevel.MUNICIPAL, "1201")
            .set("awareness-rate", ">= 80%")
            .build();
    Selection selection = joined(municipal(), looser);

    assertThat(order(selection)).containsExactly("test.a-district", MUNICIPAL);
    assertThat(selection.chosen().map(Standard::id)).contains(MUNICIPAL);
    assertThat(standing(selection, "test.a-district").role()).isEqualTo(Role.EXCLUDED);
  }

  @Test
  void onlyALooserStandardApplies_noneIsChosen() {
    Standard forCommunities =
        TestStandards.withParameters(MUNICIPAL)
            .applicability(Applicability.of(UnitKind.COMMUNITY, "12"))
            .build();
    Selection selection =
        joined(forCommunities, county(COUNTY).set("awareness-rate", ">= 50%").build());

    assertThat(order(selection)).containsExactly(COUNTY);
    assertThat(selection.chosen()).isEmpty();
    assertThat(selection.isEmpty()).isFalse();
    assertThatThrownBy(selection::require).isInstanceOf(NoApplicableStandardException.class);
  }

  @Test
  void loosenings_ofAStandardWithoutJoinedBase_areNone() {
    assertThat(Selection.loosenings(county(COUNTY).set("awareness-rate", ">= 10%").build()))
        .isEmpty();
  }

  @Test
  void choiceFor_recordsEveryStanding() {
    Selection selection = joined(municipal(), county(COUNTY).build());
    StandardChoice choice = selection.choiceFor(selection.require());

    assertThat(choice.standardId()).isEqualTo(COUNTY);
    assertThat(choice.named()).isFalse();
    assertThat(choice.appliesToUnit()).isTrue();
    assertThat(choice.chosen().map(StandardChoice.Candidate::standardId)).contains(COUNTY);
    assertThat(choice.candidates()).isEqualTo(selection.standings());
  }
}
