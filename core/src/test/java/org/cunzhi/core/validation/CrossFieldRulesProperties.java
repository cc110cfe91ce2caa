package org.cunzhi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;

/**
 * Generated valid dossiers pass every rule; breaking exactly one rule in one place is reported at
 * exactly that place.
 */
class CrossFieldRulesProperties {
  private final ModelValidator validator = ModelValidator.get();

  /**
   * A valid dossier with one rule broken.
   *
   * @param rule which rule was broken
   * @param dossier the broken dossier
   * @param pointer where the violation must be reported
   */
  record Mutant(String rule, Dossier dossier, String pointer) {
    @Override
    public String toString() {
      return rule + " at " + pointer + " in " + dossier;
    }
  }

  @Property(tries = 300)
  void validate_generatedValidDossier_hasNoViolation(@ForAll("validDossiers") Dossier dossier) {
    assertThat(validator.validate(dossier)).isEmpty();
  }

  @Property(tries = 500)
  void validate_oneRuleBroken_reportsExactlyItsPointer(@ForAll("mutants") Mutant mutant) {
    assertThat(validator.validate(mutant.dossier()))
        .extracting(Violation::pointer)
        .containsExactly(mutant.pointer());
  }

  @Property
  void validate_awareness_flagsExactlyWhenAwareExceedsSurveyed(
      @ForAll @IntRange(max = 10_000) int surveyed, @ForAll @IntRange(max = 10_000) int aware) {
    List<Violation> violations = validator.validate(new Awareness(surveyed, aware));
    if (aware <= surveyed) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .containsExactly(new Violation("/aware", aware + " exceeds surveyed (" + surveyed + ")"));
    }
  }

  @Property
  void validate_votes_flagsExactlyWhenVotesCastExceedPresent(
      @ForAll @IntRange(max = 2_000) int present,
      @ForAll @IntRange(max = 1_000) int votesFor,
      @ForAll @IntRange(max = 1_000) int votesAgainst,
      @ForAll @IntRange(max = 1_000) int abstentions) {
    List<Violation> violations =
        validator.validate(
            Samples.adoption(present, present, null, votesFor, votesAgainst, abstentions));
    int cast = votesFor + votesAgainst + abstentions;
    if (cast <= present) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .containsExactly(
              new Violation(
                  "/votesFor",
                  "votes cast ("
                      + votesFor
                      + " + "
                      + votesAgainst
                      + " + "
                      + abstentions
                      + " = "
                      + cast
                      + ") exceed those present ("
                      + present
                      + ")"));
    }
  }

  @Property
  void validate_births_flagsExactlyWhenSexesDoNotAddUp(
      @ForAll @IntRange(max = 100) int total,
      @ForAll @IntRange(max = 100) int male,
      @ForAll @IntRange(max = 100) int female) {
    List<Violation> violations = validator.validate(new Births(total, 0, male, female));
    assertThat(violations.isEmpty()).isEqualTo(male + female == total);
    assertThat(violations).allMatch(v -> v.pointer().equals("/total"));
  }

  @Provide
  Arbitrary<Dossier> validDossiers() {
    return DossierArbitraries.validDossiers();
  }

  @Provide
  Arbitrary<Mutant> mutants() {
    return DossierArbitraries.validDossiers().flatMap(d -> Arbitraries.oneOf(mutantsOf(d)));
  }

  private static Arbitrary<Integer> excess() {
    return Arbitraries.integers().between(1, 1000);
  }

  private static Arbitrary<Integer> index(List<?> list) {
    return Arbitraries.integers().between(0, list.size() - 1);
  }

  /** Every way to break one rule in {@code d}, given what it contains. */
  private static List<Arbitrary<Mutant>> mutantsOf(Dossier d) {
    List<Arbitrary<Mutant>> mutants = new ArrayList<>();
    List<YearStatistics> years = d.years();
    mutants.add(
        Combinators.combine(index(years), excess())
            .as(
                (i, k) ->
                    new Mutant(
                        "contraceptiveUsers",
                        Samples.withYearAt(
                            d,
                            i,
                            y ->
                                Samples.withCounts(
                                    y, y.marriedWomen15to49(), y.marriedWomen15to49() + k)),
                        "/years/" + i + "/contraceptiveUsers")));
    mutants.add(
        Combinators.combine(index(years), excess())
            .as(
                (i, k) ->
                    new Mutant(
                        "policyCompliant",
                        Samples.withYearAt(
                            d,
                            i,
                            y -> {
                              Births b = y.births();
                              return Samples.withBirths(
                                  y, new Births(b.total(), b.total() + k, b.male(), b.female()));
                            }),
                        "/years/" + i + "/births/policyCompliant")));
    mutants.add(
        Combinators.combine(index(years), excess())
            .as(
                (i, k) ->
                    new Mutant(
                        "male + female = total",
                        Samples.withYearAt(
                            d,
                            i,
                            y -> {
                              Births b = y.births();
                              return Samples.withBirths(
                                  y,
                                  new Births(
                                      b.total(), b.policyCompliant(), b.male() + k, b.female()));
                            }),
                        "/years/" + i + "/births/total")));
    mutants.add(
        Combinators.combine(index(years), excess(), excess())
            .as(
                (i, surveyed, k) ->
                    new Mutant(
                        "aware",
                        Samples.withYearAt(
                            d,
                            i,
                            y -> Samples.withAwareness(y, new Awareness(surveyed, surveyed + k))),
                        "/years/" + i + "/awareness/aware")));
    if (years.size() >= 2) {
      mutants.add(
          Arbitraries.integers()
              .between(1, years.size() - 1)
              .flatMap(j -> Arbitraries.integers().between(0, j - 1).map(i -> List.of(i, j)))
              .map(
                  ij ->
                      new Mutant(
                          "year twice",
                          Samples.withYearAt(
                              d, ij.get(1), y -> Samples.withYear(y, years.get(ij.get(0)).year())),
                          "/years/" + ij.get(1) + "/year")));
    }
    addInstrumentMutants(d, mutants);
    addBenefitsMutants(d, mutants);
    addSurveyMutants(d, mutants);
    addComplaintMutants(d, mutants);
    addIncidentMutants(d, mutants);
    return mutants;
  }

  private static void addInstrumentMutants(Dossier d, List<Arbitrary<Mutant>> mutants) {
    List<Instrument> instruments = d.instruments();
    List<Integer> charters = new ArrayList<>();
    List<Integer> contracts = new ArrayList<>();
    for (int i = 0; i < instruments.size(); i++) {
      (instruments.get(i) instanceof Charter ? charters : contracts).add(i);
    }
    if (!charters.isEmpty()) {
      Arbitrary<Integer> charter = Arbitraries.of(charters);
      mutants.add(
          Combinators.combine(charter, excess())
              .as(
                  (i, k) ->
                      new Mutant(
                          "votes cast",
                          Samples.withCharterAt(
                              d,
                              i,
                              c -> {
                                Adoption a = c.adoption();
                                int votesFor = a.present() - a.votesAgainst() - a.abstentions() + k;
                                return Samples.withAdoption(
                                    c,
                                    adoption(a, a.present(), a.householdsRepresented(), votesFor));
                              }),
                          "/instruments/" + i + "/adoption/votesFor")));
      mutants.add(
          Combinators.combine(charter, excess())
              .as(
                  (i, k) ->
                      new Mutant(
                          "present",
                          Samples.withCharterAt(
                              d,
                              i,
                              c -> {
                                Adoption a = c.adoption();
                                return Samples.withAdoption(
                                    c,
                                    adoption(
                                        a,
                                        a.eligible() + k,
                                        a.householdsRepresented(),
                                        a.votesFor()));
                              }),
                          "/instruments/" + i + "/adoption/present")));
      Integer households = d.unit().households();
      if (households != null) {
        mutants.add(
            Combinators.combine(charter, excess())
                .as(
                    (i, k) ->
                        new Mutant(
                            "householdsRepresented",
                            Samples.withCharterAt(
                                d,
                                i,
                                c -> {
                                  Adoption a = c.adoption();
                                  return Samples.withAdoption(
                                      c, adoption(a, a.present(), households + k, a.votesFor()));
                                }),
                            "/instruments/" + i + "/adoption/householdsRepresented")));
      }
      mutants.add(
          Combinators.combine(charter, excess())
              .as(
                  (i, k) ->
                      new Mutant(
                          "publicNotice.to",
                          Samples.withCharterAt(
                              d,
                              i,
                              c -> {
                                PublicNotice n = c.publicNotice();
                                return Samples.withNotice(
                                    c,
                                    new PublicNotice(
                                        n.from(), n.from().minusDays(k), n.objectionsUpheld()));
                              }),
                          "/instruments/" + i + "/publicNotice/to")));
    }
    if (!contracts.isEmpty()) {
      mutants.add(
          Combinators.combine(Arbitraries.of(contracts), excess())
              .as(
                  (i, k) ->
                      new Mutant(
                          "signedHouseholds",
                          Samples.withInstrumentAt(
                              d,
                              i,
                              c -> {
                                Contract t = (Contract) c;
                                return Samples.contract(t.id(), t.households(), t.households() + k);
                              }),
                          "/instruments/" + i + "/signedHouseholds")));
    }
    if (instruments.size() >= 2) {
      mutants.add(
          Arbitraries.integers()
              .between(1, instruments.size() - 1)
              .flatMap(j -> Arbitraries.integers().between(0, j - 1).map(i -> List.of(i, j)))
              .map(
                  ij ->
                      new Mutant(
                          "id twice",
                          Samples.withInstrumentAt(
                              d,
                              ij.get(1),
                              t -> Samples.withId(t, instruments.get(ij.get(0)).id())),
                          "/instruments/" + ij.get(1) + "/id")));
    }
  }

  private static Adoption adoption(
      Adoption a, int present, @Nullable Integer represented, int votesFor) {
    return new Adoption(
        a.body(),
        a.date(),
        a.eligible(),
        present,
        represented,
        votesFor,
        a.votesAgainst(),
        a.abstentions());
  }

  private static void addBenefitsMutants(Dossier d, List<Arbitrary<Mutant>> mutants) {
    Benefits b = d.benefits();
    if (b == null) {
      return;
    }
    DifficultFamilies f = b.difficultFamilies();
    mutants.add(
        excess()
            .map(
                k ->
                    new Mutant(
                        "rewardsGranted",
                        d.toBuilder()
                            .benefits(
                                new Benefits(
                                    b.rewardsEligible(),
                                    b.rewardsEligible() + k,
                                    b.collectiveDistributionViolations(),
                                    f))
                            .build(),
                        "/benefits/rewardsGranted")));
    mutants.add(
        excess()
            .map(
                k ->
                    new Mutant(
                        "assisted",
                        withFamilies(
                            d,
                            b,
                            new DifficultFamilies(
                                f.identified(), f.identified() + k, f.improved())),
                        "/benefits/difficultFamilies/assisted")));
    mutants.add(
        excess()
            .map(
                k ->
                    new Mutant(
                        "improved",
                        withFamilies(
                            d,
                            b,
                            new DifficultFamilies(f.identified(), f.assisted(), f.assisted() + k)),
                        "/benefits/difficultFamilies/improved")));
  }

  private static Dossier withFamilies(Dossier d, Benefits b, DifficultFamilies families) {
    return d.toBuilder()
        .benefits(
            new Benefits(
                b.rewardsEligible(),
                b.rewardsGranted(),
                b.collectiveDistributionViolations(),
                families))
        .build();
  }

  private static void addSurveyMutants(Dossier d, List<Arbitrary<Mutant>> mutants) {
    if (d.surveys().isEmpty()) {
      return;
    }
    Arbitrary<Map.Entry<Integer, Surveys>> year =
        Arbitraries.of(List.copyOf(d.surveys().entrySet()));
    mutants.add(
        Combinators.combine(year, excess(), excess())
            .as(
                (e, surveyed, k) -> {
                  int y = e.getKey();
                  Surveys s = e.getValue();
                  return new Mutant(
                      "satisfied",
                      withSurveys(
                          d,
                          y,
                          new Surveys(new Satisfaction(surveyed, surveyed + k), s.participation())),
                      "/surveys/" + y + "/satisfaction/satisfied");
                }));
    mutants.add(
        Combinators.combine(year, excess(), excess())
            .as(
                (e, surveyed, k) -> {
                  int y = e.getKey();
                  Surveys s = e.getValue();
                  return new Mutant(
                      "participated",
                      withSurveys(
                          d,
                          y,
                          new Surveys(s.satisfaction(), new Participation(surveyed, surveyed + k))),
                      "/surveys/" + y + "/participation/participated");
                }));
  }

  private static Dossier withSurveys(Dossier d, int year, Surveys surveys) {
    Map<Integer, Surveys> copy = new HashMap<>(d.surveys());
    copy.put(year, surveys);
    return d.toBuilder().surveys(ImmutableMap.copyOf(copy)).build();
  }

  private static void addComplaintMutants(Dossier d, List<Arbitrary<Mutant>> mutants) {
    List<Complaint> complaints = d.complaints();
    if (complaints.isEmpty()) {
      return;
    }
    mutants.add(
        Combinators.combine(index(complaints), excess(), Arbitraries.of(true, false))
            .as(
                (i, k, investigation) -> {
                  Complaint c = complaints.get(i);
                  Complaint early =
                      investigation
                          ? new Complaint(
                              c.ref(),
                              c.received(),
                              c.received().minusDays(k),
                              c.outcomePublished(),
                              c.escalated(),
                              c.reporter())
                          : new Complaint(
                              c.ref(),
                              c.received(),
                              c.investigated(),
                              c.received().minusDays(k),
                              c.escalated(),
                              c.reporter());
                  return new Mutant(
                      "complaint date",
                      d.toBuilder()
                          .complaints(Samples.replaced(complaints, i, unused -> early))
                          .build(),
                      "/complaints/" + i + (investigation ? "/investigated" : "/outcomePublished"));
                }));
  }

  private static void addIncidentMutants(Dossier d, List<Arbitrary<Mutant>> mutants) {
    List<Incident> incidents = d.incidents();
    if (incidents.isEmpty()) {
      return;
    }
    mutants.add(
        index(incidents)
            .map(
                i -> {
                  Incident incident = incidents.get(i);
                  boolean abortion = incident.isAbortion();
                  Incident broken =
                      abortion
                          ? new Incident(
                              incident.date(), incident.kind(), null, incident.medicalReason())
                          : new Incident(incident.date(), incident.kind(), null, Boolean.TRUE);
                  return new Mutant(
                      "incident fields for " + incident.kind(),
                      Samples.withIncidentAt(d, i, broken),
                      "/incidents/" + i + (abortion ? "/gestationWeeks" : "/medicalReason"));
                }));
    mutants.add(
        index(incidents)
            .map(
                i ->
                    new Mutant(
                        "induced abortion without reason",
                        Samples.withIncidentAt(
                            d,
                            i,
                            new Incident(
                                incidents.get(i).date(), IncidentKind.INDUCED_ABORTION, 20, null)),
                        "/incidents/" + i + "/medicalReason")));
  }
}
