package org.cunzhi.plugins.integrity;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.GradeStanding;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.CadreRole;
import org.cunzhi.core.model.CadreSelection;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.junit.jupiter.api.Test;

/**
 * The five goods' rules (DOMAIN CV-D1 to CV-D8), each on both sides of its boundary, on dossiers
 * made from the taizi example by changing one thing at a time.
 */
class FiveGoodsRulesTest {

  private static final int YEAR = 2025;

  // ---------------------------------------------------------------- fixtures

  /** Taizi with every contract signed: all 60 quantitative points. */
  private static Dossier full() {
    Dossier t = Samples.taizi();
    List<Instrument> instruments = new ArrayList<>();
    for (Instrument i : t.instruments()) {
      if (i instanceof Contract c) {
        instruments.add(
            new Contract(
                c.id(),
                c.kind(),
                c.effective(),
                c.households(),
                c.households(),
                c.informedVoluntary(),
                c.villagerObligations(),
                c.committeeObligations(),
                c.legalReview()));
      } else {
        instruments.add(i);
      }
    }
    return t.toBuilder().instruments(instruments).build();
  }

  private static Scorecard card(ScorecardKind by, String date, int score) {
    Map<ScorecardDimension, Integer> m = new EnumMap<>(ScorecardDimension.class);
    for (ScorecardDimension d : ScorecardDimension.values()) {
      m.put(d, score);
    }
    return new Scorecard(by, LocalDate.parse(date), m);
  }

  private static Scorecard card(ScorecardKind by, String date, Map<ScorecardDimension, Integer> m) {
    return new Scorecard(by, LocalDate.parse(date), m);
  }

  private static List<Scorecard> all(int self, int mass, int township) {
    return List.of(
        card(ScorecardKind.SELF, "2025-11-10", self),
        card(ScorecardKind.MASS_APPRAISAL, "2025-12-10", mass),
        card(ScorecardKind.TOWNSHIP_INSPECTION, "2025-11-20", township));
  }

  private static Dossier withCards(Dossier d, List<Scorecard> cards) {
    return d.toBuilder().scorecards(cards).build();
  }

  private static Span score(Dossier d) {
    return Samples.evaluate(d).score().orElseThrow();
  }

  private static ScoreCard card(EvaluationResult r) {
    return requireNonNull(r.scoreCard());
  }

  private static Span earned(String id, Dossier d) {
    return requireNonNull(Samples.criterion(id, d).points()).earned();
  }

  private static Fraction f(long n, long d) {
    return Fraction.of(n, d);
  }

  private static Fraction dec(String s) {
    return Fraction.of(new BigDecimal(s));
  }

  private static Dossier withYear(Dossier d, YearStatistics changed) {
    List<YearStatistics> years = new ArrayList<>();
    for (YearStatistics y : d.years()) {
      years.add(y.year() == changed.year() ? changed : y);
    }
    return d.toBuilder().years(years).build();
  }

  private static YearStatistics year(Dossier d) {
    return d.year(YEAR).orElseThrow();
  }

  private static YearStatistics withAwareness(YearStatistics y, int surveyed, int aware) {
    return new YearStatistics(
        y.year(),
        y.population(),
        y.marriedWomen15to49(),
        y.contraceptiveUsers(),
        y.births(),
        new Awareness(surveyed, aware),
        y.fundingYuan());
  }

  private static YearStatistics withContraception(YearStatistics y, int women, int users) {
    return new YearStatistics(
        y.year(), y.population(), women, users, y.births(), y.awareness(), y.fundingYuan());
  }

  private static Dossier withCadres(Dossier d, List<Cadre> cadres) {
    Organization o = requireNonNull(d.organization());
    return d.toBuilder()
        .organization(
            new Organization(
                o.partyBranch(), o.villagersCommittee(), cadres, o.groupLeaders(), o.association()))
        .build();
  }

  // ---------------------------------------------------------------- CV-D1, CV-D2, CV-D6 grades

  @Test
  void grade_at90Exactly_isDemonstration() {
    // 60 quantitative + 40 × 75% = 90
    EvaluationResult r = Samples.evaluate(withCards(full(), all(75, 75, 75)));
    assertThat(score(withCards(full(), all(75, 75, 75))).low()).isEqualTo(f(90, 1));
    assertThat(requireNonNull(card(r).lowest()).id()).isEqualTo("demonstration");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void grade_at89point992_isAdvanced() {
    // one dimension at 20 × 76 + 30 × 74 + 50 × 75 = 74.9%: 90 − 8 × 0.1% = 89.992, shown 89.99
    List<Scorecard> cards = new ArrayList<>();
    int[] by = {76, 74, 75};
    String[] dates = {"2025-11-10", "2025-12-10", "2025-11-20"};
    ScorecardKind[] kinds = ScorecardKind.values();
    for (int k = 0; k < 3; k++) {
      Map<ScorecardDimension, Integer> m = new EnumMap<>(ScorecardDimension.class);
      for (ScorecardDimension d : ScorecardDimension.values()) {
        m.put(d, d == ScorecardDimension.INTEGRITY ? by[k] : 75);
      }
      cards.add(card(kinds[k], dates[k], m));
    }
    EvaluationResult r = Samples.evaluate(withCards(full(), cards));
    Span s = r.score().orElseThrow();
    assertThat(s.low()).isEqualTo(dec("89.992"));
    assertThat(s.lowDecimal(2)).isEqualTo(new BigDecimal("89.99"));
    assertThat(requireNonNull(card(r).lowest()).id()).isEqualTo("advanced");
  }

  @Test
  void grade_at75And60_andJustBelow() {
    // 60 + 40 × 37.5% = 75; 60 + 0 = 60; and with one point less quantitative, below each
    assertThat(Samples.evaluate(withCards(full(), all(0, 0, 75))).grade().orElseThrow().id())
        .isEqualTo("advanced");
    assertThat(Samples.evaluate(withCards(full(), all(0, 0, 0))).grade().orElseThrow().id())
        .isEqualTo("qualified");
    Dossier lessQuant = full().toBuilder().unlawfulFeesOrFines(1).build(); // integrity loses 3
    EvaluationResult r = Samples.evaluate(withCards(lessQuant, all(0, 0, 0)));
    assertThat(r.score().orElseThrow().low()).isEqualTo(f(57, 1));
    assertThat(card(r).standing()).isEqualTo(GradeStanding.NOT_QUALIFIED);
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    EvaluationResult r2 = Samples.evaluate(withCards(lessQuant, all(0, 0, 90)));
    // 57 + 40 × 45% = 75
    assertThat(r2.score().orElseThrow().low()).isEqualTo(f(75, 1));
    assertThat(r2.grade().orElseThrow().id()).isEqualTo("advanced");
  }

  @Test
  void dimension_fullPoints_passes_lessPassesWithExactCredit() {
    Dossier d = withCards(full(), all(100, 100, 100));
    assertThat(Samples.criterion("integrity.organization", d).outcome()).isEqualTo(Outcome.PASS);
    assertThat(Samples.evaluate(d).score().orElseThrow().low()).isEqualTo(f(100, 1));
    Dossier less = withCards(full(), all(100, 99, 100));
    CriterionResult c = Samples.criterion("integrity.organization", less);
    assertThat(c.outcome()).isEqualTo(Outcome.PASS);
    assertThat(Samples.criterion("integrity.organization", d).remedies()).isEmpty();
    // 12 + 8 × 99.7% = 19.976
    assertThat(requireNonNull(c.points()).earned().low()).isEqualTo(dec("19.976"));
  }

  // ---------------------------------------------------------------- CV-D5 intervals

  @Test
  void missingScorecard_whoseIntervalStaysInOneGrade_awardsIt() {
    // SELF missing: 60 + 40 × [80%, 100%] = [92, 100], demonstration at both ends
    List<Scorecard> cards =
        List.of(
            card(ScorecardKind.MASS_APPRAISAL, "2025-12-10", 100),
            card(ScorecardKind.TOWNSHIP_INSPECTION, "2025-11-20", 100));
    EvaluationResult r = Samples.evaluate(withCards(full(), cards));
    assertThat(r.score().orElseThrow()).isEqualTo(Span.of(f(92, 1), f(100, 1)));
    assertThat(card(r).standing()).isEqualTo(GradeStanding.AWARDED);
    assertThat(r.grade().orElseThrow().id()).isEqualTo("demonstration");
  }

  @Test
  void missingScorecard_whoseIntervalStraddles90_leavesTheGradeOpen() {
    // MASS missing: 60 + 40 × [70%, 100%] = [88, 100]
    List<Scorecard> cards =
        List.of(
            card(ScorecardKind.SELF, "2025-11-10", 100),
            card(ScorecardKind.TOWNSHIP_INSPECTION, "2025-11-20", 100));
    EvaluationResult r = Samples.evaluate(withCards(full(), cards));
    assertThat(r.score().orElseThrow()).isEqualTo(Span.of(f(88, 1), f(100, 1)));
    assertThat(card(r).standing()).isEqualTo(GradeStanding.INCONCLUSIVE);
    assertThat(card(r).missing()).extracting(x -> x.zh()).containsExactly("群众评议评分表");
    CriterionResult c = Samples.criterion("integrity.organization", withCards(full(), cards));
    assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(c.remedies()).anyMatch(x -> x.kind() == Remedy.Kind.SUPPLY_DATA);
  }

  @Test
  void scorecards_emptyArray_isNoScorecard_likeAnAbsentSection() {
    Dossier empty = withCards(Samples.taizi(), List.of());
    Dossier absent = Samples.taizi().toBuilder().without(Section.SCORECARDS).build();
    Fraction quant = f(57, 1).plus(f(597, 206));
    assertThat(score(empty)).isEqualTo(Span.of(quant, quant.plus(f(40, 1))));
    assertThat(score(absent)).isEqualTo(score(empty));
  }

  @Test
  void scorecards_ofAnEarlierYear_areIgnored() {
    List<Scorecard> cards =
        List.of(
            card(ScorecardKind.SELF, "2025-11-10", 96),
            card(ScorecardKind.MASS_APPRAISAL, "2024-12-10", 92),
            card(ScorecardKind.TOWNSHIP_INSPECTION, "2025-11-20", 94));
    Span s = score(withCards(Samples.taizi(), cards));
    assertThat(s.lowDecimal(2)).isEqualTo(new BigDecimal("86.38"));
    assertThat(s.highDecimal(2)).isEqualTo(new BigDecimal("98.38"));
    assertThat(
            Samples.criterion("integrity.organization", withCards(Samples.taizi(), cards))
                .reasons())
        .anyMatch(x -> x.text().en().contains("not dated in 2025"));
  }

  @Test
  void scorecards_theLatestOfAKindCounts_andADimensionItLeavesOutIsMissing() {
    Map<ScorecardDimension, Integer> partial = new EnumMap<>(ScorecardDimension.class);
    for (ScorecardDimension d : ScorecardDimension.values()) {
      if (d != ScorecardDimension.INTEGRITY) {
        partial.put(d, 50);
      }
    }
    List<Scorecard> cards = new ArrayList<>(all(96, 92, 94));
    cards.add(card(ScorecardKind.SELF, "2025-12-01", partial)); // later than the 96 card
    Dossier d = withCards(Samples.taizi(), cards);
    // organisation: SELF 50 → 8 × (10 + 27.6 + 47)% = 6.768
    assertThat(earned("integrity.organization", d)).isEqualTo(Span.exactly(dec("18.768")));
    // integrity: SELF missing from the latest card → 8 × [74.6%, 94.6%]
    Span integrity = earned("integrity.integrity", d);
    Fraction quant = f(9, 1).plus(f(597, 206));
    assertThat(integrity).isEqualTo(Span.of(quant.plus(dec("5.968")), quant.plus(dec("7.568"))));
  }

  @Test
  void scorecards_twoOfAKindOnTheSameLatestDay_spanBoth() {
    List<Scorecard> cards = new ArrayList<>(all(96, 92, 94));
    cards.add(card(ScorecardKind.MASS_APPRAISAL, "2025-12-10", 82));
    Span s = earned("integrity.organization", withCards(Samples.taizi(), cards));
    // 12 + 8 × [90.8%, 93.8%]
    assertThat(s).isEqualTo(Span.of(dec("19.264"), dec("19.504")));
  }

  // ---------------------------------------------------------------- CV-D6, CV-D8 veto

  private static Dossier withIncident(Dossier d, Incident i) {
    return d.toBuilder().incidents(List.of(i)).build();
  }

  @Test
  void veto_capsA100PointUnit_toNotQualified_andTheScoreIsShownAsComputed() {
    Dossier hundred = withCards(full(), all(100, 100, 100));
    Dossier vetoed =
        withIncident(
            hundred,
            new Incident(LocalDate.of(2023, 1, 1), IncidentKind.COLLECTIVE_PETITION, null, null));
    EvaluationResult r = Samples.evaluate(vetoed);
    assertThat(r.score().orElseThrow().low()).isEqualTo(f(100, 1));
    assertThat(r.vetoed()).isTrue();
    assertThat(card(r).standing()).isEqualTo(GradeStanding.NOT_QUALIFIED);
    assertThat(card(r).capped()).isTrue();
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void veto_beforeTheWindow_doesNotFire() {
    Dossier d =
        withIncident(
            withCards(full(), all(100, 100, 100)),
            new Incident(LocalDate.of(2022, 12, 31), IncidentKind.COLLECTIVE_PETITION, null, null));
    EvaluationResult r = Samples.evaluate(d);
    assertThat(r.vetoed()).isFalse();
    assertThat(r.grade().orElseThrow().id()).isEqualTo("demonstration");
  }

  @Test
  void veto_lateTermAbortion_at14WeeksFires_at13DoesNot() {
    Dossier base = withCards(full(), all(100, 100, 100));
    Incident at14 =
        new Incident(LocalDate.of(2024, 8, 14), IncidentKind.INDUCED_ABORTION, 14, false);
    Incident at13 =
        new Incident(LocalDate.of(2024, 8, 14), IncidentKind.INDUCED_ABORTION, 13, false);
    assertThat(Samples.evaluate(withIncident(base, at14)).vetoed()).isTrue();
    assertThat(Samples.evaluate(withIncident(base, at13)).vetoed()).isFalse();
  }

  @Test
  void veto_withoutIncidents_leavesTheGradeOpen_unlessEvenTheTopIsBelow60() {
    Dossier noIncidents =
        withCards(full(), all(100, 100, 100)).toBuilder().without(Section.INCIDENTS).build();
    EvaluationResult r = Samples.evaluate(noIncidents);
    assertThat(Samples.criterion(FiveGoodsVillage.VETO, noIncidents).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(card(r).standing()).isEqualTo(GradeStanding.INCONCLUSIVE);
    // below 60 at the top: fees (3), no association work or publicity activities, no cadres
    Dossier poor =
        withCadres(withCards(noIncidents, all(0, 0, 0)), List.of()).toBuilder()
            .unlawfulFeesOrFines(2)
            .meetings(List.of())
            .activities(List.of())
            .disclosures(List.of())
            .build();
    EvaluationResult p = Samples.evaluate(poor);
    assertThat(p.score().orElseThrow().high().compareTo(f(60, 1))).isNegative();
    assertThat(card(p).standing()).isEqualTo(GradeStanding.NOT_QUALIFIED);
  }

  // ---------------------------------------------------------------- CV-D2, CV-D3 items

  @Test
  void notApplicable_contracts_giveTheirShareToTheOtherIntegrityItems() {
    Dossier d =
        withCards(Samples.taizi(), all(100, 100, 100)).toBuilder()
            .usesContractManagement(false)
            .build();
    CriterionResult c = Samples.criterion("integrity.integrity", d);
    assertThat(requireNonNull(c.points()).earned()).isEqualTo(Span.exactly(f(20, 1)));
    assertThat(c.outcome()).isEqualTo(Outcome.PASS);
    assertThat(c.reasons()).anyMatch(x -> x.text().zh().equals("无违规收费、罚款：4.00 / 4 分"));
    // with fees: 3 items of 4 points, fees lost
    Dossier fees = d.toBuilder().unlawfulFeesOrFines(1).build();
    assertThat(earned("integrity.integrity", fees)).isEqualTo(Span.exactly(f(16, 1)));
  }

  @Test
  void notApplicable_rewards_andDifficultFamilies() {
    Dossier d =
        withCards(Samples.taizi(), all(100, 100, 100)).toBuilder()
            .benefits(new Benefits(0, 0, 1, new DifficultFamilies(3, 2, 1)))
            .build();
    // rewards not applicable: difficult 2/3 × 6 + distribution 0 × 6 = 4
    assertThat(earned("integrity.rewards-assistance", d)).isEqualTo(Span.exactly(f(4 + 8, 1)));
    Dossier granted =
        d.toBuilder().benefits(new Benefits(46, 40, 0, new DifficultFamilies(0, 0, 0))).build();
    // difficult not applicable: 40/46 × 6 + 6
    assertThat(earned("integrity.rewards-assistance", granted))
        .isEqualTo(Span.exactly(f(40 * 6, 46).plus(f(6 + 8, 1))));
  }

  @Test
  void partialCredit_organisationItems() {
    Dossier d = withCards(Samples.taizi(), all(100, 100, 100));
    // association work: drop the fourth-quarter association meetings and activities
    Dossier threeQuarters =
        d.toBuilder()
            .meetings(d.meetings().stream().filter(m -> m.date().getMonthValue() < 10).toList())
            .activities(d.activities().stream().filter(a -> a.date().getMonthValue() < 10).toList())
            .build();
    // 5 items of 12/5: 4 full + 3/4 → 12 − 0.6
    assertThat(earned("integrity.organization", threeQuarters))
        .isEqualTo(Span.exactly(dec("19.4")));
    // all or nothing: one cadre without duties loses 2.4
    Dossier noDuties =
        withCadres(
            d,
            List.of(
                new Cadre(CadreRole.FULL_TIME, true, CadreSelection.ELECTION),
                new Cadre(CadreRole.PART_TIME, false, CadreSelection.ELECTION)));
    assertThat(earned("integrity.organization", noDuties)).isEqualTo(Span.exactly(dec("17.6")));
  }

  @Test
  void partialCredit_institutionsItems() {
    Dossier d = withCards(Samples.taizi(), all(100, 100, 100));
    // cadres elected 1 of 2: 6 items of 2 points, that one earns 1
    Dossier half =
        withCadres(
            d,
            List.of(
                new Cadre(CadreRole.FULL_TIME, true, CadreSelection.ELECTION),
                new Cadre(CadreRole.PART_TIME, true, CadreSelection.APPOINTMENT)));
    assertThat(earned("integrity.institutions", half)).isEqualTo(Span.exactly(f(19, 1)));
    // no cadres: "cadres elected" earns 0
    assertThat(earned("integrity.institutions", withCadres(d, List.of())))
        .isEqualTo(Span.exactly(f(18, 1)));
    // disclosures in 3 quarters: 2 × 3/4
    Dossier threeDisclosures = d.toBuilder().disclosures(d.disclosures().subList(0, 3)).build();
    assertThat(earned("integrity.institutions", threeDisclosures))
        .isEqualTo(Span.exactly(dec("19.5")));
    // any audit of the year, but not of the year before
    Dossier oldAudit =
        d.toBuilder()
            .audits(
                List.of(
                    new org.cunzhi.core.model.Audit(
                        LocalDate.of(2024, 6, 30), org.cunzhi.core.model.AuditKind.FINANCIAL)))
            .build();
    assertThat(earned("integrity.institutions", oldAudit)).isEqualTo(Span.exactly(f(18, 1)));
  }

  @Test
  void selectedByAbsent_isAnInterval() {
    Dossier d =
        withCadres(
            withCards(Samples.taizi(), all(100, 100, 100)),
            List.of(
                new Cadre(CadreRole.FULL_TIME, true, CadreSelection.ELECTION),
                new Cadre(CadreRole.PART_TIME, true, null)));
    CriterionResult c = Samples.criterion("integrity.institutions", d);
    assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(requireNonNull(c.points()).earned()).isEqualTo(Span.of(f(19, 1), f(20, 1)));
    assertThat(c.remedies())
        .anyMatch(
            x ->
                x.kind() == Remedy.Kind.SUPPLY_DATA && x.text().zh().equals("干部的产生方式（selectedBy）"));
  }

  @Test
  void usesContractManagementAbsent_spansBothReadings() {
    Dossier d =
        withCards(Samples.taizi(), all(100, 100, 100)).toBuilder()
            .without(Section.USES_CONTRACT_MANAGEMENT)
            .build();
    // used: 9 + 597/206 + 8; not used: 12 + 8
    assertThat(earned("integrity.integrity", d))
        .isEqualTo(Span.of(f(17, 1).plus(f(597, 206)), f(20, 1)));
    // used with no contract in force gives 0: [9, 12] + 8
    Dossier noContracts =
        d.toBuilder()
            .instruments(d.instruments().stream().filter(i -> !(i instanceof Contract)).toList())
            .build();
    assertThat(earned("integrity.integrity", noContracts)).isEqualTo(Span.of(f(17, 1), f(20, 1)));
    assertThat(
            earned(
                "integrity.integrity",
                noContracts.toBuilder().usesContractManagement(true).build()))
        .isEqualTo(Span.exactly(f(17, 1)));
  }

  @Test
  void awareness_at90Percent_earns_justUnder_doesNot() {
    Dossier d = withCards(Samples.taizi(), all(100, 100, 100));
    Dossier at90 = withYear(d, withAwareness(year(d), 120, 108));
    Dossier under = withYear(d, withAwareness(year(d), 120, 107));
    assertThat(earned("integrity.publicity-service", at90)).isEqualTo(Span.exactly(f(20, 1)));
    assertThat(earned("integrity.publicity-service", under)).isEqualTo(Span.exactly(f(16, 1)));
    // a survey of nobody is missing evidence (S-1)
    Dossier nobody = withYear(d, withAwareness(year(d), 0, 0));
    assertThat(earned("integrity.publicity-service", nobody))
        .isEqualTo(Span.of(f(16, 1), f(20, 1)));
  }

  @Test
  void contraception_at90Percent_earns_justUnder_doesNot_noWomenEarns() {
    Dossier d =
        withCards(Samples.taizi(), all(100, 100, 100)).toBuilder()
            .usesContractManagement(false)
            .build();
    assertThat(earned("integrity.integrity", withYear(d, withContraception(year(d), 100, 90))))
        .isEqualTo(Span.exactly(f(20, 1)));
    assertThat(earned("integrity.integrity", withYear(d, withContraception(year(d), 100, 89))))
        .isEqualTo(Span.exactly(f(16, 1)));
    assertThat(earned("integrity.integrity", withYear(d, withContraception(year(d), 0, 0))))
        .isEqualTo(Span.exactly(f(20, 1)));
  }

  @Test
  void days_areRecognisedByOccasion_whoeverHeldThem_halfEach() {
    Dossier d = withCards(Samples.taizi(), all(100, 100, 100));
    List<Activity> others = d.activities().stream().filter(a -> a.occasion() == null).toList();
    List<Activity> withCommitteeDay = new ArrayList<>(others);
    // a World Population Day activity by the committee, dated a day late: its occasion decides
    withCommitteeDay.add(
        new Activity(
            LocalDate.of(2025, 7, 12),
            ActivityKind.PUBLICITY,
            Occasion.WORLD_POPULATION_DAY,
            ActivityBody.COMMITTEE));
    // the 29 May activity without its occasion does not count
    withCommitteeDay.add(
        new Activity(
            LocalDate.of(2025, 5, 29), ActivityKind.SERVICE, null, ActivityBody.ASSOCIATION));
    Dossier half = d.toBuilder().activities(withCommitteeDay).build();
    // publicity: 3 items of 4 points; days 1/2 → 18
    assertThat(earned("integrity.publicity-service", half)).isEqualTo(Span.exactly(f(18, 1)));
    assertThat(earned("integrity.publicity-service", d)).isEqualTo(Span.exactly(f(20, 1)));
  }

  @Test
  void inspectionFinding_onADimension_isNotedNotApplied() {
    Dossier d = withCards(full(), all(100, 100, 100));
    Dossier found =
        d.toBuilder()
            .inspection(
                List.of(
                    new InspectionFinding(
                        "integrity.organization",
                        Finding.NOT_MET,
                        "未达标",
                        LocalDate.of(2025, 11, 20))))
            .build();
    assertThat(Samples.criterion("integrity.organization", found).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(earned("integrity.organization", found)).isEqualTo(Span.exactly(f(20, 1)));
  }
}
