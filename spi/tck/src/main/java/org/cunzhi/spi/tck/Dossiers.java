package org.cunzhi.spi.tck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.cunzhi.core.model.Instrument;
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
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;

/**
 * Generators of dossiers for properties: complete ones that keep every rule of the dossier format
 * (DOSSIER-v1), and incomplete ones with sections or years missing. Counts lean towards the values
 * that decide criteria (rates near 90%, no incidents), so that generated units pass, fail and fall
 * short of evidence in useful proportions.
 *
 * <p>Every dossier is valid: counts never exceed what they count (users ≤ married women, votes ≤
 * present ≤ eligible, granted ≤ eligible, assisted ≤ identified, …), male + female births = total,
 * no year twice, no instrument id twice, a notice ends no earlier than it starts, abortion
 * incidents and only they carry gestation and a medical reason, and dates follow each other (vote,
 * notice, effect; receipt, investigation, publication).
 */
public final class Dossiers {
  private static final List<String> VILLAGE_NAMES =
      List.of("台子村", "东营村", "西河村", "南坨村", "北辰村", "小站村", "杨柳青村");
  private static final List<String> COMMUNITY_NAMES = List.of("幸福社区", "和平里社区", "新华居委会");
  private static final List<String> INSPECTED =
      List.of(
          "tianjin.village.1",
          "tianjin.village.4",
          "tianjin.village.9",
          "tianjin.community.r1",
          "example-county.integrity.appraisal");

  private Dossiers() {}

  /** Complete or incomplete dossiers, half and half. */
  public static Arbitrary<Dossier> any() {
    return any(units());
  }

  /** Complete or incomplete dossiers, half and half, for the units {@code units} gives. */
  public static Arbitrary<Dossier> any(Arbitrary<Unit> units) {
    return Arbitraries.oneOf(complete(units), incomplete(units));
  }

  /** Valid dossiers with every section present, of any unit, for assessment years 2015-2035. */
  public static Arbitrary<Dossier> complete() {
    return complete(units());
  }

  /** Valid dossiers with every section present, for the units {@code units} gives. */
  public static Arbitrary<Dossier> complete(Arbitrary<Unit> units) {
    return Combinators.combine(units, assessmentYears(), dossiers())
        .as((unit, year, dossier) -> dossier.in(unit, year));
  }

  /**
   * Valid dossiers that lack at least one section, and sometimes years of the window (the
   * assessment year and the two before it).
   */
  public static Arbitrary<Dossier> incomplete() {
    return incomplete(units());
  }

  /** Incomplete dossiers for the units {@code units} gives. */
  public static Arbitrary<Dossier> incomplete(Arbitrary<Unit> units) {
    return Combinators.combine(
            complete(units),
            Arbitraries.subsetOf(Section.values()).ofMinSize(1),
            Arbitraries.subsetOf(0, 1, 2))
        .as(Dossiers::without);
  }

  private static Dossier without(Dossier dossier, Set<Section> sections, Set<Integer> yearsBack) {
    Dossier.Builder b = dossier.toBuilder();
    if (!yearsBack.isEmpty()) {
      b.years(
          dossier.years().stream()
              .filter(y -> !yearsBack.contains(dossier.assessmentYear() - y.year()))
              .toList());
    }
    for (Section section : sections) {
      b.without(section);
    }
    return b.build();
  }

  /** Villages and communities anywhere, most of them in Tianjin (codes starting with 12). */
  public static Arbitrary<Unit> units() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, units(UnitKind.VILLAGE, "12")),
        Tuple.of(2, units(UnitKind.COMMUNITY, "12")),
        Tuple.of(1, Arbitraries.oneOf(units(UnitKind.VILLAGE, ""), units(UnitKind.COMMUNITY, ""))));
  }

  /** Units of {@code kind} whose division code starts with {@code codePrefix} (0-12 digits). */
  public static Arbitrary<Unit> units(UnitKind kind, String codePrefix) {
    if (!codePrefix.matches("[0-9]{0,12}")) {
      throw new IllegalArgumentException(
          "division-code prefix must be at most 12 digits, was \"" + codePrefix + "\"");
    }
    Arbitrary<String> codes =
        Arbitraries.strings()
            .numeric()
            .ofLength(DivisionCode.LENGTH - codePrefix.length())
            .map(rest -> codePrefix + rest);
    Arbitrary<String> names =
        Arbitraries.of(kind == UnitKind.VILLAGE ? VILLAGE_NAMES : COMMUNITY_NAMES);
    Arbitrary<Integer> households = Arbitraries.integers().between(1, 3000);
    Arbitrary<Integer> adults = Arbitraries.integers().between(1, 8000);
    return Combinators.combine(
            codes,
            names,
            Arbitraries.of("大寺镇", "杨柳青镇", "新华街道").injectNull(0.2),
            Arbitraries.of("西青区", "和平区", "静海区").injectNull(0.2),
            households.injectNull(0.1),
            adults.injectNull(0.1))
        .as(
            (code, name, township, county, hh, adult) ->
                new Unit(DivisionCode.parse(code), name, kind, township, county, hh, adult));
  }

  /** Assessment years from 2015 to 2035. */
  public static Arbitrary<Integer> assessmentYears() {
    return Arbitraries.integers().between(2015, 2035);
  }

  /**
   * A piece of a dossier, made once the unit and the assessment year are known. Generating the
   * pieces independently of both (days of the year, shares of a whole) and putting them together at
   * the end keeps generation fast and shrinking simple: no generator depends on another's value.
   */
  @FunctionalInterface
  private interface Part<T> {
    T in(Unit unit, int year);
  }

  private static <T> Arbitrary<Part<List<T>>> listOf(Arbitrary<Part<T>> parts, int maxSize) {
    return parts
        .list()
        .ofMaxSize(maxSize)
        .map(ps -> (unit, year) -> ps.stream().map(p -> p.in(unit, year)).toList());
  }

  private static Arbitrary<Part<Dossier>> dossiers() {
    Arbitrary<First> first =
        Combinators.combine(
                organizations(),
                instruments(),
                years(),
                incidents(),
                benefits(),
                listOf(activities(), 12),
                listOf(meetings(), 12),
                listOf(disclosures(), 8))
            .as(First::new);
    Arbitrary<Second> second =
        Combinators.combine(
                complaints(),
                listOf(appraisals(), 2),
                listOf(audits(), 2),
                surveys(),
                fewOrNone(),
                fewOrNone(),
                listOf(inspection(), 2),
                extensions())
            .as(Second::new);
    return Combinators.combine(first, second, listOf(scorecards(), 4), Arbitraries.of(true, false))
        .as(
            (a, b, scorecards, contracts) ->
                (unit, year) ->
                    Dossier.builder(unit, year)
                        .usesContractManagement(contracts)
                        .organization(a.organization().in(unit, year))
                        .instruments(a.instruments().in(unit, year))
                        .years(a.years().in(unit, year))
                        .incidents(a.incidents().in(unit, year))
                        .benefits(a.benefits())
                        .activities(a.activities().in(unit, year))
                        .meetings(a.meetings().in(unit, year))
                        .disclosures(a.disclosures().in(unit, year))
                        .complaints(b.complaints().in(unit, year))
                        .appraisals(b.appraisals().in(unit, year))
                        .audits(b.audits().in(unit, year))
                        .surveys(b.surveys().in(unit, year))
                        .privacyBreaches(b.privacyBreaches())
                        .unlawfulFeesOrFines(b.unlawfulFeesOrFines())
                        .inspection(b.inspection().in(unit, year))
                        .scorecards(scorecards.in(unit, year))
                        .extensions(b.extensions())
                        .build());
  }

  private record First(
      Part<Organization> organization,
      Part<List<Instrument>> instruments,
      Part<List<YearStatistics>> years,
      Part<List<Incident>> incidents,
      Benefits benefits,
      Part<List<Activity>> activities,
      Part<List<Meeting>> meetings,
      Part<List<Disclosure>> disclosures) {}

  private record Second(
      Part<List<Complaint>> complaints,
      Part<List<Appraisal>> appraisals,
      Part<List<Audit>> audits,
      Part<Map<Integer, Surveys>> surveys,
      Integer privacyBreaches,
      Integer unlawfulFeesOrFines,
      Part<List<InspectionFinding>> inspection,
      Map<String, String> extensions) {}

  /** Days of a year, 1 to 365. */
  private static Arbitrary<Integer> days() {
    return Arbitraries.integers().between(1, 365);
  }

  /** Years before the assessment year within the window: mostly none, sometimes one or two. */
  private static Arbitrary<Integer> yearsBackInWindow() {
    return Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2));
  }

  /** A day of the window (the assessment year and the two before), mostly of the first. */
  private static Arbitrary<Part<LocalDate>> dayInWindow() {
    return Combinators.combine(yearsBackInWindow(), days())
        .as((back, day) -> (unit, year) -> LocalDate.ofYearDay(year - back, day));
  }

  /** A day of the assessment year. */
  private static Arbitrary<Part<LocalDate>> dayOfYear() {
    return days().map(day -> (unit, year) -> LocalDate.ofYearDay(year, day));
  }

  /** A small count, zero most often. */
  private static Arbitrary<Integer> fewOrNone() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 3)));
  }

  /** A share in thousandths, often at or above 90%, sometimes all. */
  private static Arbitrary<Integer> shares() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers().between(0, 1000)),
        Tuple.of(2, Arbitraries.integers().between(900, 1000)),
        Tuple.of(1, Arbitraries.just(1000)));
  }

  /** {@code share} thousandths of {@code whole}, rounded down: never more than the whole. */
  private static int part(int whole, int share) {
    return (int) ((long) whole * share / 1000);
  }

  private static Arbitrary<Part<Organization>> organizations() {
    Arbitrary<Cadre> cadres =
        Combinators.combine(
                Arbitraries.of(CadreRole.values()),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of(CadreSelection.values()).injectNull(0.3))
            .as(Cadre::new);
    Arbitrary<GroupLeaders> leaders =
        Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
            .as(GroupLeaders::new);
    Arbitrary<Part<Association>> associations =
        Combinators.combine(
                Arbitraries.integers().between(0, 30),
                days(),
                Arbitraries.of(PresidentKind.values()),
                Arbitraries.of(true, false),
                Arbitraries.of(SecretaryGeneralKind.values()),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 500))
            .as(
                (back, day, president, elders, secretary, council, groups, members) ->
                    (unit, year) ->
                        new Association(
                            LocalDate.ofYearDay(year - back, day),
                            president,
                            elders,
                            secretary,
                            council,
                            groups,
                            members));
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            cadres.list().ofMaxSize(3),
            leaders,
            associations.injectNull(0.15))
        .as(
            (branch, committee, cs, gl, association) ->
                (unit, year) ->
                    new Organization(
                        branch,
                        committee,
                        cs,
                        gl,
                        association == null ? null : association.in(unit, year)));
  }

  private static Arbitrary<Part<List<Instrument>>> instruments() {
    return Combinators.combine(charters().list().ofMaxSize(3), contracts().list().ofMaxSize(2))
        .as(
            (cs, ks) ->
                (unit, year) -> {
                  List<Instrument> all = new ArrayList<>();
                  for (int i = 0; i < cs.size(); i++) {
                    all.add(cs.get(i).in(unit, year).withId("charter-" + (i + 1)));
                  }
                  for (int i = 0; i < ks.size(); i++) {
                    all.add(ks.get(i).in(unit, year).withId("contract-" + (i + 1)));
                  }
                  return List.copyOf(all);
                });
  }

  /** An instrument made once its id is known. */
  @FunctionalInterface
  private interface Unnamed {
    Instrument withId(String id);
  }

  private static Arbitrary<LegalReview> legalReviews() {
    return Combinators.combine(
            Arbitraries.of(true, true, true, false),
            Arbitraries.of("第五条", "第九条", "第十二条").list().ofMaxSize(1))
        .as(LegalReview::new);
  }

  /** The vote: who voted, and how many of each, as shares of the whole before them. */
  private static Arbitrary<Part<Adoption>> adoptions() {
    return Combinators.combine(
            Arbitraries.of(AdoptionBody.values()),
            Arbitraries.integers().between(1, 3000),
            shares(),
            shares(),
            shares(),
            shares(),
            shares().injectNull(0.5))
        .as(
            (body, size, presentShare, forShare, againstShare, abstainShare, householdShare) ->
                (unit, year) -> {
                  boolean assembly = body == AdoptionBody.VILLAGERS_ASSEMBLY;
                  Integer adults = unit.adultResidents();
                  int eligible =
                      assembly && adults != null ? adults : assembly ? size : 1 + size % 60;
                  int present = part(eligible, presentShare);
                  int votesFor = part(present, forShare);
                  int against = part(present - votesFor, againstShare);
                  int abstaining = part(present - votesFor - against, abstainShare);
                  Integer households = unit.households();
                  Integer represented =
                      assembly && households != null && householdShare != null
                          ? part(households, householdShare)
                          : null;
                  return new Adoption(
                      body,
                      LocalDate.of(year, 1, 1), // replaced by the charter's day
                      eligible,
                      present,
                      represented,
                      votesFor,
                      against,
                      abstaining);
                });
  }

  private static Arbitrary<Part<Unnamed>> charters() {
    Arbitrary<Part<LocalDate>> voted =
        Combinators.combine(Arbitraries.integers().between(0, 5), days())
            .as((back, day) -> (unit, year) -> LocalDate.ofYearDay(year - back, day));
    return Combinators.combine(
            Arbitraries.of(
                InstrumentKind.SELF_GOVERNANCE_CHARTER, InstrumentKind.FAMILY_PLANNING_COVENANT),
            adoptions(),
            voted,
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(1, 15).injectNull(0.1),
            Arbitraries.of(EightRights.values()).set(),
            Combinators.combine(fewOrNone(), legalReviews()).as(Upheld::new))
        .as(
            (kind, adoption, day, wait, days, delay, rights, more) ->
                (unit, year) -> {
                  LocalDate date = day.in(unit, year);
                  Adoption a = adoption.in(unit, year);
                  Adoption dated =
                      new Adoption(
                          a.body(),
                          date,
                          a.eligible(),
                          a.present(),
                          a.householdsRepresented(),
                          a.votesFor(),
                          a.votesAgainst(),
                          a.abstentions());
                  PublicNotice notice =
                      new PublicNotice(
                          date.plusDays(wait), date.plusDays(wait + days), more.objections());
                  LocalDate effective = delay == null ? null : notice.to().plusDays(delay);
                  return id ->
                      new Charter(id, kind, effective, dated, notice, rights, more.review());
                });
  }

  private record Upheld(int objections, LegalReview review) {}

  private static Arbitrary<Part<Unnamed>> contracts() {
    Arbitrary<Part<LocalDate>> effective =
        Combinators.combine(Arbitraries.integers().between(0, 5), days())
            .as((back, day) -> (unit, year) -> LocalDate.ofYearDay(year - back, day));
    return Combinators.combine(
            effective.injectNull(0.1),
            shares(),
            shares(),
            Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5),
            legalReviews())
        .as(
            (from, offeredShare, signedShare, voluntary, villager, committee, review) ->
                (unit, year) -> {
                  int households = unit.households() == null ? 500 : unit.households();
                  int offered = part(households, offeredShare);
                  LocalDate date = from == null ? null : from.in(unit, year);
                  return id ->
                      new Contract(
                          id,
                          InstrumentKind.FAMILY_PLANNING_CONTRACT,
                          date,
                          offered,
                          part(offered, signedShare),
                          voluntary,
                          villager,
                          committee,
                          review);
                });
  }

  /** The window's three years, and sometimes the year before it. */
  private static Arbitrary<Part<List<YearStatistics>>> years() {
    return Combinators.combine(
            yearStatistics().injectNull(0.7), yearStatistics(), yearStatistics(), yearStatistics())
        .as(
            (a, b, c, d) ->
                (unit, year) -> {
                  List<YearStatistics> all = new ArrayList<>();
                  if (a != null) {
                    all.add(a.in(unit, year - 3));
                  }
                  all.add(b.in(unit, year - 2));
                  all.add(c.in(unit, year - 1));
                  all.add(d.in(unit, year));
                  return List.copyOf(all);
                });
  }

  /** One year's statistics; the year it is for is the one it is made {@code in}. */
  private static Arbitrary<Part<YearStatistics>> yearStatistics() {
    Arbitrary<Population> populations =
        Combinators.combine(
                Arbitraries.integers().between(1, 6000), Arbitraries.integers().between(-200, 200))
            .as((start, change) -> new Population(start, Math.max(0, start + change)));
    Arbitrary<Births> births =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.oneOf(Arbitraries.just(1000), shares()),
                Arbitraries.integers().between(0, 1000))
            .as(
                (total, compliant, male) -> {
                  int boys = part(total, male);
                  return new Births(total, part(total, compliant), boys, total - boys);
                });
    Arbitrary<Awareness> awareness =
        Combinators.combine(Arbitraries.integers().between(0, 200), shares())
            .as((surveyed, share) -> new Awareness(surveyed, part(surveyed, share)));
    return Combinators.combine(
            populations,
            Arbitraries.integers().between(0, 250),
            shares(),
            births,
            awareness.injectNull(0.1),
            Arbitraries.longs().between(0, 500_000).injectNull(0.3))
        .as(
            (population, marriedShare, userShare, born, aware, funding) ->
                (unit, year) -> {
                  int married = part(population.start(), marriedShare);
                  return new YearStatistics(
                      year, population, married, part(married, userShare), born, aware, funding);
                });
  }

  private static Arbitrary<Part<List<Incident>>> incidents() {
    Arbitrary<Part<Incident>> incidents =
        Combinators.combine(
                dayInWindow(),
                Arbitraries.of(IncidentKind.values()),
                Arbitraries.integers().between(4, 30),
                Arbitraries.of(true, false))
            .as(
                (date, kind, weeks, medical) ->
                    (unit, year) ->
                        kind == IncidentKind.INDUCED_ABORTION
                                || kind == IncidentKind.SEX_SELECTIVE_ABORTION
                            ? new Incident(date.in(unit, year), kind, weeks, medical)
                            : new Incident(date.in(unit, year), kind, null, null));
    Part<List<Incident>> none = (unit, year) -> List.of();
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(none)), Tuple.of(1, listOf(incidents, 2)));
  }

  private static Arbitrary<Benefits> benefits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100),
            shares(),
            fewOrNone(),
            Arbitraries.integers().between(0, 20),
            shares(),
            shares())
        .as(
            (eligible, granted, violations, identified, assisted, improved) -> {
              int helped = part(identified, assisted);
              return new Benefits(
                  eligible,
                  part(eligible, granted),
                  violations,
                  new DifficultFamilies(identified, helped, part(helped, improved)));
            });
  }

  private static Arbitrary<Part<Activity>> activities() {
    return Combinators.combine(
            dayInWindow(),
            Arbitraries.of(ActivityKind.values()),
            Arbitraries.of(Occasion.values()).injectNull(0.7),
            Arbitraries.of(ActivityBody.values()))
        .as(
            (date, kind, occasion, body) ->
                (unit, year) -> new Activity(date.in(unit, year), kind, occasion, body));
  }

  private static Arbitrary<Part<Meeting>> meetings() {
    return Combinators.combine(
            dayInWindow(),
            Arbitraries.of(MeetingBody.values()),
            Arbitraries.of(true, true, false),
            Arbitraries.of(true, true, false),
            Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 80))
        .as(
            (date, body, agenda, minutes, signIn, present) ->
                (unit, year) ->
                    new Meeting(date.in(unit, year), body, agenda, minutes, signIn, present));
  }

  private static Arbitrary<Part<Disclosure>> disclosures() {
    Arbitrary<Set<DisclosureTopic>> topics =
        Arbitraries.oneOf(
            Arbitraries.just(EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION)),
            Arbitraries.of(DisclosureTopic.values()).set());
    return Combinators.combine(dayOfYear(), topics)
        .as((date, covers) -> (unit, year) -> new Disclosure(date.in(unit, year), covers));
  }

  private static Arbitrary<Part<List<Complaint>>> complaints() {
    Arbitrary<Part<Complaint>> complaints =
        Combinators.combine(
                dayOfYear(),
                Arbitraries.integers().between(0, 6).injectNull(0.15),
                Arbitraries.integers().between(0, 10).injectNull(0.15),
                Arbitraries.of(true, false),
                Arbitraries.of(Reporter.named(), Reporter.anonymous()))
            .as(
                (day, toInvestigate, toPublish, escalated, reporter) ->
                    (unit, year) -> {
                      LocalDate received = day.in(unit, year);
                      LocalDate investigated =
                          toInvestigate == null ? null : received.plusDays(toInvestigate);
                      LocalDate published =
                          investigated == null || toPublish == null
                              ? null
                              : investigated.plusDays(toPublish);
                      return new Complaint(
                          "ref", received, investigated, published, escalated, reporter);
                    });
    return listOf(complaints, 3)
        .map(
            list ->
                (unit, year) -> {
                  List<Complaint> made = list.in(unit, year);
                  List<Complaint> numbered = new ArrayList<>();
                  for (int i = 0; i < made.size(); i++) {
                    Complaint c = made.get(i);
                    numbered.add(
                        new Complaint(
                            "C-" + (i + 1),
                            c.received(),
                            c.investigated(),
                            c.outcomePublished(),
                            c.escalated(),
                            c.reporter()));
                  }
                  return List.copyOf(numbered);
                });
  }

  private static Arbitrary<Part<Appraisal>> appraisals() {
    return Combinators.combine(
            dayOfYear(), Arbitraries.integers().between(0, 100), Arbitraries.of(true, false))
        .as(
            (date, participants, linked) ->
                (unit, year) -> new Appraisal(date.in(unit, year), participants, linked));
  }

  private static Arbitrary<Part<Audit>> audits() {
    return dayInWindow()
        .map(date -> (unit, year) -> new Audit(date.in(unit, year), AuditKind.FINANCIAL));
  }

  private static Arbitrary<Part<Map<Integer, Surveys>>> surveys() {
    Arbitrary<Satisfaction> satisfaction =
        Combinators.combine(Arbitraries.integers().between(0, 300), shares())
            .as((n, share) -> new Satisfaction(n, part(n, share)));
    Arbitrary<Participation> participation =
        Combinators.combine(Arbitraries.integers().between(0, 300), shares())
            .as((n, share) -> new Participation(n, part(n, share)));
    Arbitrary<Surveys> surveys =
        Combinators.combine(satisfaction.injectNull(0.2), participation.injectNull(0.2))
            .as(Surveys::new);
    return Combinators.combine(surveys.injectNull(0.2), surveys.injectNull(0.7))
        .as(
            (current, previous) ->
                (unit, year) -> {
                  Map<Integer, Surveys> map = new TreeMap<>();
                  if (current != null) {
                    map.put(year, current);
                  }
                  if (previous != null) {
                    map.put(year - 1, previous);
                  }
                  return map;
                });
  }

  private static Arbitrary<Part<InspectionFinding>> inspection() {
    return Combinators.combine(
            Arbitraries.of(INSPECTED),
            Arbitraries.of(Finding.values()),
            Arbitraries.of("现场核查属实", "资料不全", "群众反映良好"),
            dayOfYear())
        .as(
            (criterion, finding, note, date) ->
                (unit, year) ->
                    new InspectionFinding(criterion, finding, note, date.in(unit, year)));
  }

  /**
   * Scorecards of any kind, mostly of the assessment year, sometimes of the two before; scores lean
   * high (near the cut-offs of a points standard), and a dimension is sometimes left out.
   */
  private static Arbitrary<Part<Scorecard>> scorecards() {
    Arbitrary<Integer> score =
        Arbitraries.frequencyOf(
                Tuple.of(
                    1, Arbitraries.integers().between(Scorecard.MIN_SCORE, Scorecard.MAX_SCORE)),
                Tuple.of(3, Arbitraries.integers().between(80, Scorecard.MAX_SCORE)),
                Tuple.of(1, Arbitraries.just(Scorecard.MAX_SCORE)))
            .injectNull(0.1);
    Arbitrary<Map<ScorecardDimension, Integer>> scores =
        score
            .list()
            .ofSize(ScorecardDimension.values().length)
            .map(
                values -> {
                  Map<ScorecardDimension, Integer> map = new EnumMap<>(ScorecardDimension.class);
                  for (ScorecardDimension dimension : ScorecardDimension.values()) {
                    Integer value = values.get(dimension.ordinal());
                    if (value != null) {
                      map.put(dimension, value);
                    }
                  }
                  return map;
                });
    return Combinators.combine(Arbitraries.of(ScorecardKind.values()), dayInWindow(), scores)
        .as((by, date, map) -> (unit, year) -> new Scorecard(by, date.in(unit, year), map));
  }

  private static Arbitrary<Map<String, String>> extensions() {
    return Arbitraries.of(Map.of(), Map.of("example-county", "{}"));
  }
}
