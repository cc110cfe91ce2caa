package org.cunzhi.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.DivisionCode;
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
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;

/**
 * A valid dossier shaped like the Nantuo example, and small copy-with functions the rule tests use
 * to break one rule at a time.
 */
final class Samples {
  static final LocalDate VOTE = LocalDate.of(2024, 11, 5);
  static final LocalDate NOTICE_FROM = LocalDate.of(2024, 11, 6);
  static final LocalDate RECEIVED = LocalDate.of(2025, 4, 2);

  private Samples() {}

  static Unit unit(@Nullable Integer households) {
    return new Unit(
        DivisionCode.parse("120119105204"),
        "南坨村",
        UnitKind.VILLAGE,
        "马场乡",
        "示例区",
        households,
        1180);
  }

  static YearStatistics year(int year, int married, int users, Births births) {
    return new YearStatistics(
        year, new Population(1641, 1652), married, users, births, null, 108_000L);
  }

  static YearStatistics withAwareness(YearStatistics y, @Nullable Awareness awareness) {
    return new YearStatistics(
        y.year(),
        y.population(),
        y.marriedWomen15to49(),
        y.contraceptiveUsers(),
        y.births(),
        awareness,
        y.fundingYuan());
  }

  static YearStatistics withYear(YearStatistics y, int year) {
    return new YearStatistics(
        year,
        y.population(),
        y.marriedWomen15to49(),
        y.contraceptiveUsers(),
        y.births(),
        y.awareness(),
        y.fundingYuan());
  }

  static YearStatistics withCounts(YearStatistics y, int married, int users) {
    return new YearStatistics(
        y.year(), y.population(), married, users, y.births(), y.awareness(), y.fundingYuan());
  }

  static YearStatistics withBirths(YearStatistics y, Births births) {
    return new YearStatistics(
        y.year(),
        y.population(),
        y.marriedWomen15to49(),
        y.contraceptiveUsers(),
        births,
        y.awareness(),
        y.fundingYuan());
  }

  static Adoption adoption(
      int eligible,
      int present,
      @Nullable Integer householdsRepresented,
      int votesFor,
      int votesAgainst,
      int abstentions) {
    return new Adoption(
        AdoptionBody.VILLAGERS_ASSEMBLY,
        VOTE,
        eligible,
        present,
        householdsRepresented,
        votesFor,
        votesAgainst,
        abstentions);
  }

  static Charter charter(String id, InstrumentKind kind, Adoption adoption, PublicNotice notice) {
    return new Charter(
        id,
        kind,
        LocalDate.of(2024, 11, 13),
        adoption,
        notice,
        EnumSet.allOf(EightRights.class),
        new LegalReview(true, List.of()));
  }

  static Charter withAdoption(Charter c, Adoption adoption) {
    return charter(c.id(), c.kind(), adoption, c.publicNotice());
  }

  static Charter withNotice(Charter c, PublicNotice notice) {
    return charter(c.id(), c.kind(), c.adoption(), notice);
  }

  static Contract contract(String id, int households, int signedHouseholds) {
    return new Contract(
        id,
        InstrumentKind.FAMILY_PLANNING_CONTRACT,
        LocalDate.of(2025, 1, 1),
        households,
        signedHouseholds,
        true,
        5,
        4,
        new LegalReview(true, List.of()));
  }

  static Instrument withId(Instrument instrument, String id) {
    if (instrument instanceof Charter c) {
      return charter(id, c.kind(), c.adoption(), c.publicNotice());
    }
    Contract c = (Contract) instrument;
    return contract(id, c.households(), c.signedHouseholds());
  }

  static Complaint complaint(
      LocalDate received, @Nullable LocalDate investigated, @Nullable LocalDate outcomePublished) {
    return new Complaint(
        "C-2025-01", received, investigated, outcomePublished, false, Reporter.named());
  }

  static Benefits benefits(int eligible, int granted, int identified, int assisted, int improved) {
    return new Benefits(
        eligible, granted, 0, new DifficultFamilies(identified, assisted, improved));
  }

  static Surveys surveys(int surveyed, int satisfied, int participated) {
    return new Surveys(
        new Satisfaction(surveyed, satisfied), new Participation(surveyed, participated));
  }

  /** A dossier that breaks no rule; every rule has something to check in it. */
  static Dossier valid() {
    return Dossier.builder(unit(412), 2025)
        .usesContractManagement(true)
        .instruments(
            List.of(
                charter(
                    "charter-2024",
                    InstrumentKind.SELF_GOVERNANCE_CHARTER,
                    adoption(1180, 702, 300, 690, 4, 8),
                    new PublicNotice(NOTICE_FROM, LocalDate.of(2024, 11, 12), 0)),
                charter(
                    "covenant-2024",
                    InstrumentKind.FAMILY_PLANNING_COVENANT,
                    adoption(1180, 702, null, 702, 0, 0),
                    new PublicNotice(NOTICE_FROM, LocalDate.of(2024, 11, 12), 0)),
                contract("contract-2025", 412, 398)))
        .years(
            List.of(
                year(2023, 352, 330, new Births(15, 15, 8, 7)),
                year(2024, 356, 334, new Births(13, 13, 6, 7)),
                withAwareness(
                    year(2025, 361, 340, new Births(17, 17, 9, 8)), new Awareness(120, 113))))
        .incidents(
            List.of(
                new Incident(LocalDate.of(2024, 3, 1), IncidentKind.INDUCED_ABORTION, 10, true),
                new Incident(
                    LocalDate.of(2023, 6, 1), IncidentKind.COLLECTIVE_PETITION, null, null)))
        .benefits(benefits(46, 46, 3, 3, 2))
        .complaints(
            List.of(complaint(RECEIVED, LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 10))))
        .surveys(ImmutableMap.of(2025, surveys(150, 141, 122)))
        .privacyBreaches(0)
        .unlawfulFeesOrFines(0)
        .build();
  }

  static Dossier withYearAt(Dossier d, int index, UnaryOperator<YearStatistics> change) {
    return d.toBuilder().years(replaced(d.years(), index, change)).build();
  }

  static Dossier withInstrumentAt(Dossier d, int index, UnaryOperator<Instrument> change) {
    return d.toBuilder().instruments(replaced(d.instruments(), index, change)).build();
  }

  static Dossier withCharterAt(Dossier d, int index, UnaryOperator<Charter> change) {
    return withInstrumentAt(d, index, i -> change.apply((Charter) i));
  }

  static Dossier withIncidentAt(Dossier d, int index, Incident incident) {
    return d.toBuilder().incidents(replaced(d.incidents(), index, i -> incident)).build();
  }

  static <T> ImmutableList<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return ImmutableList.copyOf(copy);
  }
}
