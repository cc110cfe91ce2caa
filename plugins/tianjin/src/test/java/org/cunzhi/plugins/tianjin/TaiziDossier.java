package org.cunzhi.plugins.tianjin;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.Audit;
import org.cunzhi.core.model.AuditKind;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.CadreRole;
import org.cunzhi.core.model.CadreSelection;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.EightRights;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.GroupLeaders;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.InstrumentKind;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.PresidentKind;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.SecretaryGeneralKind;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;

/**
 * Test fixtures that mirror the example dossiers (examples/taizi-2025.json and its two siblings),
 * built with the model's builders so that this module needs no JSON reader.
 */
final class TaiziDossier {
  private TaiziDossier() {}

  /** The complainant's name and phone in taizi-2025.json: they must appear in no output. */
  static final String REPORTER_NAME = "王秀兰";

  static final String REPORTER_PHONE = "13900001234";

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static Unit unit(String code, String name, int households, int adultResidents) {
    return new Unit(
        DivisionCode.parse(code), name, UnitKind.VILLAGE, "马场乡", "示例区", households, adultResidents);
  }

  /** taizi-2025.json: meets the Tianjin village standard. */
  static Dossier taizi() {
    return builder(unit("120119105201", "台子村", 412, 1180)).build();
  }

  /**
   * dongying-2025-fails.json: 2024 contraceptive users 318 of 356, and a late-term induced abortion
   * at 20 weeks in 2024.
   */
  static Dossier dongying() {
    Dossier.Builder b = builder(unit("120119105202", "东营村", 288, 820));
    List<YearStatistics> years = new ArrayList<>(years());
    YearStatistics y2024 = years.get(1);
    years.set(
        1,
        new YearStatistics(
            2024, y2024.population(), 356, 318, y2024.births(), null, y2024.fundingYuan()));
    return b.years(years)
        .incidents(List.of(new Incident(d(2024, 8, 14), IncidentKind.INDUCED_ABORTION, 20, false)))
        .build();
  }

  /** xihe-2025-inconclusive.json: no statistics for 2023, and no mass appraisal's scorecard. */
  static Dossier xihe() {
    return builder(unit("120119105203", "西河村", 412, 1180))
        .years(years().subList(1, 3))
        .scorecards(
            scorecards().stream().filter(c -> c.by() != ScorecardKind.MASS_APPRAISAL).toList())
        .build();
  }

  /** A builder holding every section of taizi-2025.json, for tests to change one thing. */
  static Dossier.Builder builder(Unit unit) {
    return Dossier.builder(unit, 2025)
        .usesContractManagement(true)
        .organization(organization())
        .instruments(
            List.of(
                charter("charter-2024", InstrumentKind.SELF_GOVERNANCE_CHARTER, 690, 4, 8),
                charter("covenant-2024", InstrumentKind.FAMILY_PLANNING_COVENANT, 702, 0, 0),
                contract()))
        .years(years())
        .incidents(List.of())
        .benefits(new Benefits(46, 46, 0, new DifficultFamilies(3, 3, 2)))
        .activities(activities())
        .meetings(meetings())
        .disclosures(disclosures())
        .complaints(
            List.of(
                new Complaint(
                    "C-2025-01",
                    d(2025, 4, 2),
                    d(2025, 4, 4),
                    d(2025, 4, 10),
                    false,
                    Reporter.named())))
        .appraisals(List.of(new Appraisal(d(2025, 12, 10), 86, true)))
        .audits(List.of(new Audit(d(2025, 6, 30), AuditKind.FINANCIAL)))
        .scorecards(scorecards())
        .surveys(Map.of(2025, new Surveys(new Satisfaction(150, 141), new Participation(150, 122))))
        .privacyBreaches(0)
        .unlawfulFeesOrFines(0)
        .inspection(
            List.of(
                new InspectionFinding(
                    "tianjin.village.5", Finding.MET, "两户困难家庭收入恢复，一户子女复学", d(2025, 11, 20))));
  }

  /** The scorecards of taizi-2025.json: every dimension 96 (SELF), 92 (MASS), 94 (TOWNSHIP). */
  static List<Scorecard> scorecards() {
    return List.of(
        scorecard(ScorecardKind.SELF, d(2025, 11, 10), 96),
        scorecard(ScorecardKind.MASS_APPRAISAL, d(2025, 12, 10), 92),
        scorecard(ScorecardKind.TOWNSHIP_INSPECTION, d(2025, 11, 20), 94));
  }

  private static Scorecard scorecard(ScorecardKind by, LocalDate date, int everyScore) {
    Map<ScorecardDimension, Integer> scores = new EnumMap<>(ScorecardDimension.class);
    for (ScorecardDimension dimension : ScorecardDimension.values()) {
      scores.put(dimension, everyScore);
    }
    return new Scorecard(by, date, scores);
  }

  static Organization organization() {
    return new Organization(
        true,
        true,
        List.of(
            new Cadre(CadreRole.FULL_TIME, true, CadreSelection.ELECTION),
            new Cadre(CadreRole.PART_TIME, true, CadreSelection.ELECTION)),
        new GroupLeaders(9, true),
        new Association(
            d(2023, 3, 1),
            PresidentKind.PARTY_SECRETARY,
            true,
            SecretaryGeneralKind.FP_CADRE,
            7,
            9,
            180));
  }

  static Charter charter(String id, InstrumentKind kind, int votesFor, int against, int abstain) {
    return new Charter(
        id,
        kind,
        d(2024, 11, 13),
        new Adoption(
            AdoptionBody.VILLAGERS_ASSEMBLY,
            d(2024, 11, 5),
            1180,
            702,
            null,
            votesFor,
            against,
            abstain),
        new PublicNotice(d(2024, 11, 6), d(2024, 11, 12), 0),
        EnumSet.allOf(EightRights.class),
        new LegalReview(true, List.of()));
  }

  static Contract contract() {
    return new Contract(
        "contract-2025",
        InstrumentKind.FAMILY_PLANNING_CONTRACT,
        d(2025, 1, 1),
        412,
        398,
        true,
        5,
        4,
        new LegalReview(true, List.of()));
  }

  static List<YearStatistics> years() {
    return ImmutableList.of(
        new YearStatistics(
            2023, new Population(1620, 1634), 352, 330, new Births(15, 15, 8, 7), null, 102_000L),
        new YearStatistics(
            2024, new Population(1634, 1641), 356, 334, new Births(13, 13, 6, 7), null, 104_500L),
        new YearStatistics(
            2025,
            new Population(1641, 1652),
            361,
            340,
            new Births(17, 17, 9, 8),
            new Awareness(120, 113),
            108_000L));
  }

  static List<Activity> activities() {
    return ImmutableList.of(
        new Activity(d(2025, 2, 18), ActivityKind.EDUCATION, null, ActivityBody.ASSOCIATION),
        new Activity(
            d(2025, 5, 29),
            ActivityKind.SERVICE,
            Occasion.MEMBER_DAY_0529,
            ActivityBody.ASSOCIATION),
        new Activity(
            d(2025, 7, 11),
            ActivityKind.PUBLICITY,
            Occasion.WORLD_POPULATION_DAY,
            ActivityBody.ASSOCIATION),
        new Activity(d(2025, 11, 6), ActivityKind.SERVICE, null, ActivityBody.COMMITTEE));
  }

  static List<Meeting> meetings() {
    List<Meeting> m = new ArrayList<>();
    for (int month : new int[] {3, 6, 9, 12}) {
      m.add(new Meeting(d(2025, month, 10), MeetingBody.TWO_COMMITTEES, true, true, true, 7));
    }
    for (int month : new int[] {3, 6, 9, 12}) {
      m.add(new Meeting(d(2025, month, 12), MeetingBody.ASSOCIATION_COUNCIL, true, true, true, 7));
    }
    for (int month = 1; month <= 12; month++) {
      m.add(new Meeting(d(2025, month, 5), MeetingBody.GROUP_LEADERS_MONTHLY, true, true, true, 9));
    }
    m.add(new Meeting(d(2025, 1, 20), MeetingBody.MEMBER_CONGRESS, true, true, true, 151));
    m.add(new Meeting(d(2025, 12, 20), MeetingBody.VILLAGERS_ASSEMBLY, true, true, true, 640));
    return ImmutableList.copyOf(m);
  }

  static List<Disclosure> disclosures() {
    Set<DisclosureTopic> both = EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION);
    return ImmutableList.of(
        new Disclosure(d(2025, 3, 31), both),
        new Disclosure(d(2025, 6, 30), both),
        new Disclosure(d(2025, 9, 30), both),
        new Disclosure(d(2025, 12, 31), both));
  }
}
