package org.cunzhi.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.EightRights;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.InstrumentKind;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;

/** Generators of model objects that break none of the cross-field rules. */
final class DossierArbitraries {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private DossierArbitraries() {}

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 4000).map(EPOCH::plusDays);
  }

  /** {@code 0..max}; jqwik's edge cases include both ends. */
  static Arbitrary<Integer> upTo(int max) {
    return Arbitraries.integers().between(0, max);
  }

  static Arbitrary<Births> births() {
    return upTo(80)
        .flatMap(
            total ->
                Combinators.combine(upTo(total), upTo(total))
                    .as((compliant, male) -> new Births(total, compliant, male, total - male)));
  }

  static Arbitrary<Awareness> awareness() {
    return upTo(600)
        .flatMap(surveyed -> upTo(surveyed).map(aware -> new Awareness(surveyed, aware)));
  }

  static Arbitrary<YearStatistics> year(int year) {
    Arbitrary<Integer> married = upTo(3000);
    return married.flatMap(
        m ->
            Combinators.combine(
                    upTo(m),
                    upTo(5000),
                    upTo(5000),
                    births(),
                    awareness().injectNull(0.3),
                    Arbitraries.longs().between(0, 1_000_000).injectNull(0.3))
                .as(
                    (users, start, end, births, awareness, funding) ->
                        new YearStatistics(
                            year,
                            new Population(start, end),
                            m,
                            users,
                            births,
                            awareness,
                            funding)));
  }

  static Arbitrary<List<YearStatistics>> years() {
    return Arbitraries.integers()
        .between(2015, 2026)
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            ys ->
                Combinators.combine(ys.stream().map(DossierArbitraries::year).toList()).as(l -> l));
  }

  static Arbitrary<Adoption> adoption(@Nullable Integer unitHouseholds) {
    int households = unitHouseholds == null ? 5000 : unitHouseholds;
    return upTo(3000)
        .flatMap(
            eligible ->
                upTo(eligible)
                    .flatMap(
                        present ->
                            upTo(present)
                                .flatMap(
                                    votesFor ->
                                        upTo(present - votesFor)
                                            .flatMap(
                                                against ->
                                                    Combinators.combine(
                                                            upTo(present - votesFor - against),
                                                            upTo(households).injectNull(0.5),
                                                            Arbitraries.of(AdoptionBody.class),
                                                            dates())
                                                        .as(
                                                            (abstentions,
                                                                represented,
                                                                body,
                                                                date) ->
                                                                new Adoption(
                                                                    body,
                                                                    date,
                                                                    eligible,
                                                                    present,
                                                                    represented,
                                                                    votesFor,
                                                                    against,
                                                                    abstentions))))));
  }

  static Arbitrary<PublicNotice> publicNotice() {
    return Combinators.combine(dates(), upTo(30), upTo(3))
        .as((from, days, upheld) -> new PublicNotice(from, from.plusDays(days), upheld));
  }

  static Arbitrary<Instrument> charter(String id, @Nullable Integer unitHouseholds) {
    return Combinators.combine(
            Arbitraries.of(
                InstrumentKind.SELF_GOVERNANCE_CHARTER, InstrumentKind.FAMILY_PLANNING_COVENANT),
            dates().injectNull(0.2),
            adoption(unitHouseholds),
            publicNotice(),
            Arbitraries.subsetOf(EightRights.values()),
            Arbitraries.of(true, false))
        .as(
            (kind, effective, adoption, notice, rights, reviewed) ->
                new Charter(
                    id,
                    kind,
                    effective,
                    adoption,
                    notice,
                    rights.isEmpty() ? EnumSet.noneOf(EightRights.class) : EnumSet.copyOf(rights),
                    new LegalReview(reviewed, List.of())));
  }

  static Arbitrary<Instrument> contract(String id) {
    return upTo(1000)
        .flatMap(
            households ->
                Combinators.combine(upTo(households), dates().injectNull(0.2), upTo(6), upTo(6))
                    .as(
                        (signed, effective, villager, committee) ->
                            new Contract(
                                id,
                                InstrumentKind.FAMILY_PLANNING_CONTRACT,
                                effective,
                                households,
                                signed,
                                true,
                                villager,
                                committee,
                                new LegalReview(true, List.of()))));
  }

  static Arbitrary<List<Instrument>> instruments(@Nullable Integer unitHouseholds) {
    return Arbitraries.of(true, false)
        .list()
        .ofMaxSize(4)
        .flatMap(
            charters -> {
              List<Arbitrary<Instrument>> each = new ArrayList<>();
              for (int i = 0; i < charters.size(); i++) {
                String id = "instrument-" + i;
                each.add(charters.get(i) ? charter(id, unitHouseholds) : contract(id));
              }
              return Combinators.combine(each).as(l -> l);
            });
  }

  static Arbitrary<Incident> incident() {
    return Combinators.combine(
            dates(), Arbitraries.of(IncidentKind.class), upTo(42), Arbitraries.of(true, false))
        .as(
            (date, kind, weeks, medical) -> {
              boolean abortion =
                  kind == IncidentKind.INDUCED_ABORTION
                      || kind == IncidentKind.SEX_SELECTIVE_ABORTION;
              return abortion
                  ? new Incident(date, kind, weeks, medical)
                  : new Incident(date, kind, null, null);
            });
  }

  static Arbitrary<Benefits> benefits() {
    return Combinators.combine(upTo(100), upTo(30))
        .flatAs(
            (eligible, identified) ->
                Combinators.combine(upTo(eligible), upTo(identified), upTo(5))
                    .flatAs(
                        (granted, assisted, violations) ->
                            upTo(assisted)
                                .map(
                                    improved ->
                                        new Benefits(
                                            eligible,
                                            granted,
                                            violations,
                                            new DifficultFamilies(
                                                identified, assisted, improved)))));
  }

  static Arbitrary<Complaint> complaint() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
            dates(),
            upTo(10).injectNull(0.3),
            upTo(40).injectNull(0.3),
            Arbitraries.of(true, false),
            Arbitraries.of(Reporter.named(), Reporter.anonymous()))
        .as(
            (ref, received, investigatedAfter, publishedAfter, escalated, reporter) ->
                new Complaint(
                    ref,
                    received,
                    investigatedAfter == null ? null : received.plusDays(investigatedAfter),
                    publishedAfter == null ? null : received.plusDays(publishedAfter),
                    escalated,
                    reporter));
  }

  static Arbitrary<Surveys> surveys() {
    Arbitrary<Satisfaction> satisfaction =
        upTo(500).flatMap(s -> upTo(s).map(satisfied -> new Satisfaction(s, satisfied)));
    Arbitrary<Participation> participation =
        upTo(500).flatMap(s -> upTo(s).map(p -> new Participation(s, p)));
    return Combinators.combine(satisfaction.injectNull(0.2), participation.injectNull(0.2))
        .as(Surveys::new);
  }

  static Arbitrary<Map<Integer, Surveys>> surveysByYear() {
    return Arbitraries.maps(Arbitraries.integers().between(2015, 2026), surveys()).ofMaxSize(3);
  }

  /** Dossiers with every rule satisfied; list sections vary in size, optional parts in presence. */
  static Arbitrary<Dossier> validDossiers() {
    Arbitrary<@Nullable Integer> unitHouseholds =
        Arbitraries.integers().between(1, 3000).injectNull(0.2);
    return unitHouseholds
        .flatMap(
            households ->
                Combinators.combine(
                        instruments(households),
                        years(),
                        incident().list().ofMaxSize(4),
                        benefits().injectNull(0.2),
                        complaint().list().ofMaxSize(3),
                        surveysByYear())
                    .as(
                        (instruments, years, incidents, benefits, complaints, surveys) ->
                            Dossier.builder(Samples.unit(households), 2025)
                                .instruments(instruments)
                                .years(years)
                                .incidents(incidents)
                                .benefits(benefits)
                                .complaints(complaints)
                                .surveys(surveys)
                                .build()))
        .withoutEdgeCases();
  }
}
