package org.cunzhi.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
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
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;

/**
 * Random dossiers that are structurally sound (they may break cross-field rules): distinct years
 * and instrument ids, gestation only on abortion incidents, strings that UTF-8 can carry.
 */
final class DossierArbitraries {
  private DossierArbitraries() {}

  static Arbitrary<Dossier> dossiers() {
    return Builders.withBuilder(() -> new Parts())
        .use(units())
        .in((p, v) -> p.with(b -> b.unit(v)))
        .use(Arbitraries.integers().between(1000, 9999))
        .in((p, v) -> p.with(b -> b.assessmentYear(v)))
        .use(Arbitraries.of(true, false).injectNull(0.5))
        .in((p, v) -> p.with(b -> b.usesContractManagement(v)))
        .use(organizations().injectNull(0.4))
        .in((p, v) -> p.with(b -> b.organization(v)))
        .use(instruments())
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.instruments(v)))
        .use(years())
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.years(v)))
        .use(incidents().list().ofMaxSize(3))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.incidents(v)))
        .use(benefits().injectNull(0.4))
        .in((p, v) -> p.with(b -> b.benefits(v)))
        .use(activities().list().ofMaxSize(3))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.activities(v)))
        .use(meetings().list().ofMaxSize(3))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.meetings(v)))
        .use(disclosures().list().ofMaxSize(3))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.disclosures(v)))
        .use(complaints().list().ofMaxSize(3))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.complaints(v)))
        .use(appraisals().list().ofMaxSize(2))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.appraisals(v)))
        .use(audits().list().ofMaxSize(2))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.audits(v)))
        .use(surveys())
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.surveys(v)))
        .use(counts().injectNull(0.5))
        .in((p, v) -> p.with(b -> b.privacyBreaches(v)))
        .use(counts().injectNull(0.5))
        .in((p, v) -> p.with(b -> b.unlawfulFeesOrFines(v)))
        .use(inspection().list().ofMaxSize(2))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.inspection(v)))
        .use(scorecards().list().ofMaxSize(4))
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.scorecards(v)))
        .use(extensions())
        .withProbability(0.6)
        .in((p, v) -> p.with(b -> b.extensions(v)))
        .build(Parts::build);
  }

  /** Collects builder steps; the unit comes first, so the real builder is made at the end. */
  private static final class Parts {
    private final List<java.util.function.Consumer<Dossier.Builder>> steps = new ArrayList<>();

    Parts with(java.util.function.Consumer<Dossier.Builder> step) {
      steps.add(step);
      return this;
    }

    Dossier build() {
      Dossier.Builder builder =
          Dossier.builder(Unit.of(DivisionCode.parse("120000000000"), "x", UnitKind.VILLAGE), 2025);
      steps.forEach(s -> s.accept(builder));
      return builder.build();
    }
  }

  static Arbitrary<Integer> counts() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 2000);
    return Arbitraries.oneOf(
        small,
        small,
        small,
        Arbitraries.integers().between(0, Integer.MAX_VALUE),
        Arbitraries.of(0, 1, Integer.MAX_VALUE));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u4e00', '\u9fa5')
        .withChars('\n', '\t', '"', '\\', '\u0000', '\u00e9', '/')
        .ofMaxLength(12);
  }

  static Arbitrary<String> nonEmptyTexts() {
    return texts().filter(s -> !s.isEmpty());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Unit> units() {
    Arbitrary<DivisionCode> codes =
        Arbitraries.strings().numeric().ofLength(12).map(DivisionCode::parse);
    Arbitrary<Integer> positive =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 5000), Arbitraries.of(1, Integer.MAX_VALUE));
    return Combinators.combine(
            codes,
            nonEmptyTexts(),
            Arbitraries.of(UnitKind.class),
            texts().injectNull(0.3),
            texts().injectNull(0.3),
            positive.injectNull(0.3),
            positive.injectNull(0.3))
        .as(Unit::new);
  }

  static Arbitrary<Organization> organizations() {
    Arbitrary<Cadre> cadres =
        Combinators.combine(
                Arbitraries.of(CadreRole.class),
                Arbitraries.of(true, false),
                Arbitraries.of(CadreSelection.class).injectNull(0.5))
            .as(Cadre::new);
    Arbitrary<Association> associations =
        Combinators.combine(
                dates(),
                Arbitraries.of(PresidentKind.class),
                Arbitraries.of(true, false),
                Arbitraries.of(SecretaryGeneralKind.class),
                counts(),
                counts(),
                counts())
            .as(Association::new);
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            cadres.list().ofMaxSize(3),
            Combinators.combine(counts(), Arbitraries.of(true, false)).as(GroupLeaders::new),
            associations.injectNull(0.3))
        .as(Organization::new);
  }

  static Arbitrary<List<Instrument>> instruments() {
    Arbitrary<LegalReview> reviews =
        Combinators.combine(Arbitraries.of(true, false), texts().list().ofMaxSize(2))
            .as(LegalReview::new);
    Arbitrary<Adoption> adoptions =
        Combinators.combine(
                Arbitraries.of(AdoptionBody.class),
                dates(),
                counts(),
                counts(),
                counts().injectNull(0.5),
                counts(),
                counts(),
                counts())
            .as(Adoption::new);
    Arbitrary<PublicNotice> notices =
        Combinators.combine(dates(), dates(), counts()).as(PublicNotice::new);
    Arbitrary<Set<EightRights>> rights =
        Arbitraries.of(EightRights.class)
            .set()
            .map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
    Arbitrary<Instrument> charters =
        Combinators.combine(
                nonEmptyTexts(),
                Arbitraries.of(
                    InstrumentKind.SELF_GOVERNANCE_CHARTER,
                    InstrumentKind.FAMILY_PLANNING_COVENANT),
                dates().injectNull(0.3),
                adoptions,
                notices,
                rights,
                reviews)
            .as(Charter::new);
    Arbitrary<Instrument> contracts =
        Combinators.combine(
                nonEmptyTexts(),
                dates().injectNull(0.3),
                counts(),
                counts(),
                Arbitraries.of(true, false),
                counts(),
                counts(),
                reviews)
            .as(
                (id, effective, households, signed, informed, villager, committee, review) ->
                    new Contract(
                        id,
                        InstrumentKind.FAMILY_PLANNING_CONTRACT,
                        effective,
                        households,
                        signed,
                        informed,
                        villager,
                        committee,
                        review));
    return Arbitraries.oneOf(charters, contracts)
        .list()
        .ofMaxSize(3)
        .uniqueElements(Instrument::id);
  }

  static Arbitrary<List<YearStatistics>> years() {
    Arbitrary<YearStatistics> years =
        Combinators.combine(
                Arbitraries.integers().between(1000, 9999),
                Combinators.combine(counts(), counts()).as(Population::new),
                counts(),
                counts(),
                Combinators.combine(counts(), counts(), counts(), counts()).as(Births::new),
                Combinators.combine(counts(), counts()).as(Awareness::new).injectNull(0.5),
                Arbitraries.oneOf(
                        Arbitraries.longs().between(0, 10_000_000),
                        Arbitraries.of(0L, Long.MAX_VALUE))
                    .injectNull(0.3))
            .as(YearStatistics::new);
    return years.list().ofMaxSize(3).uniqueElements(YearStatistics::year);
  }

  static Arbitrary<Incident> incidents() {
    return Combinators.combine(
            dates(), Arbitraries.of(IncidentKind.class), counts(), Arbitraries.of(true, false))
        .as(
            (date, kind, weeks, medical) ->
                kind == IncidentKind.INDUCED_ABORTION || kind == IncidentKind.SEX_SELECTIVE_ABORTION
                    ? new Incident(date, kind, weeks, medical)
                    : new Incident(date, kind, null, null));
  }

  static Arbitrary<Benefits> benefits() {
    return Combinators.combine(
            counts(),
            counts(),
            counts(),
            Combinators.combine(counts(), counts(), counts()).as(DifficultFamilies::new))
        .as(Benefits::new);
  }

  static Arbitrary<Activity> activities() {
    return Combinators.combine(
            dates(),
            Arbitraries.of(ActivityKind.class),
            Arbitraries.of(Occasion.class).injectNull(0.5),
            Arbitraries.of(ActivityBody.class))
        .as(Activity::new);
  }

  static Arbitrary<Meeting> meetings() {
    return Combinators.combine(
            dates(),
            Arbitraries.of(MeetingBody.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            counts())
        .as(Meeting::new);
  }

  static Arbitrary<Disclosure> disclosures() {
    return Combinators.combine(
            dates(),
            Arbitraries.of(DisclosureTopic.class)
                .set()
                .map(s -> s.isEmpty() ? Set.<DisclosureTopic>of() : EnumSet.copyOf(s)))
        .as(Disclosure::new);
  }

  static Arbitrary<Complaint> complaints() {
    return Combinators.combine(
            nonEmptyTexts(),
            dates(),
            dates().injectNull(0.3),
            dates().injectNull(0.3),
            Arbitraries.of(true, false),
            Arbitraries.of(Reporter.named(), Reporter.anonymous()))
        .as(Complaint::new);
  }

  static Arbitrary<Appraisal> appraisals() {
    return Combinators.combine(dates(), counts(), Arbitraries.of(true, false)).as(Appraisal::new);
  }

  static Arbitrary<Audit> audits() {
    return dates().map(d -> new Audit(d, AuditKind.FINANCIAL));
  }

  /** Scorecards of any kind, each dimension scored 0 to 100 or left out. */
  static Arbitrary<Scorecard> scorecards() {
    Arbitrary<Map<ScorecardDimension, Integer>> scores =
        Arbitraries.maps(
                Arbitraries.of(ScorecardDimension.class),
                Arbitraries.integers().between(Scorecard.MIN_SCORE, Scorecard.MAX_SCORE))
            .ofMaxSize(ScorecardDimension.values().length);
    return Combinators.combine(Arbitraries.of(ScorecardKind.class), dates(), scores)
        .as(Scorecard::new);
  }

  static Arbitrary<Map<Integer, Surveys>> surveys() {
    Arbitrary<Surveys> surveys =
        Combinators.combine(
                Combinators.combine(counts(), counts()).as(Satisfaction::new).injectNull(0.3),
                Combinators.combine(counts(), counts()).as(Participation::new).injectNull(0.3))
            .as(Surveys::new);
    return Arbitraries.maps(Arbitraries.integers().between(1000, 9999), surveys).ofMaxSize(3);
  }

  static Arbitrary<InspectionFinding> inspection() {
    return Combinators.combine(nonEmptyTexts(), Arbitraries.of(Finding.class), texts(), dates())
        .as(InspectionFinding::new);
  }

  /** Extensions as the reader keeps them: compact JSON text. */
  static Arbitrary<Map<String, String>> extensions() {
    Arbitrary<String> json =
        Arbitraries.of(
            "1",
            "-2",
            "1.5",
            "true",
            "null",
            "\"文本\"",
            "[]",
            "{}",
            "[1,\"a\",null]",
            "{\"a\":{\"b\":[false]}}");
    return Arbitraries.maps(texts(), json).ofMaxSize(3);
  }
}
