package org.cunzhi.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as plain Java records, DOSSIER-v1 field for field, read by Jackson databind with no
 * validation at all: the reading floor, and what {@link Floor} checks. Enumerations are kept as
 * strings and dates as {@link LocalDate} (parsed by hand, Jackson's JSR-310 module not being needed
 * for one type).
 */
final class Plain {
  private static final ObjectReader READER =
      new ObjectMapper()
          .registerModule(new SimpleModule().addDeserializer(LocalDate.class, new Dates()))
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readerFor(Dossier.class);

  private Plain() {}

  /** {@code yyyy-MM-dd} strings as dates. */
  private static final class Dates extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return LocalDate.parse(p.getValueAsString());
    }
  }

  /** Reads a dossier's UTF-8 JSON into plain records, checking nothing. */
  static Dossier read(byte[] json) {
    try {
      return READER.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Dossier(
      String format,
      Unit unit,
      int assessmentYear,
      @Nullable Boolean usesContractManagement,
      @Nullable Organization organization,
      @Nullable List<Instrument> instruments,
      @Nullable List<Year> years,
      @Nullable List<Incident> incidents,
      @Nullable Benefits benefits,
      @Nullable List<Activity> activities,
      @Nullable List<Meeting> meetings,
      @Nullable List<Disclosure> disclosures,
      @Nullable List<Complaint> complaints,
      @Nullable List<Appraisal> appraisals,
      @Nullable Map<String, SurveyYear> surveys,
      @Nullable Integer privacyBreaches,
      @Nullable Integer unlawfulFeesOrFines,
      @Nullable List<Finding> inspection,
      @Nullable List<Audit> audits,
      @Nullable List<Scorecard> scorecards,
      @Nullable Map<String, JsonNode> extensions) {}

  record Unit(
      String code,
      String name,
      String kind,
      @Nullable String township,
      @Nullable String county,
      @Nullable Integer households,
      @Nullable Integer adultResidents) {}

  record Organization(
      boolean partyBranch,
      boolean villagersCommittee,
      List<Cadre> cadres,
      GroupLeaders groupLeaders,
      @Nullable Association association) {}

  record Cadre(String role, boolean dutiesDefined, @Nullable String selectedBy) {}

  record GroupLeaders(int count, boolean dutiesDefined) {}

  record Association(
      LocalDate established,
      String president,
      boolean fiveEldersVicePresident,
      String secretaryGeneral,
      int councilMembers,
      int groups,
      int members) {}

  record Instrument(
      String id,
      String kind,
      @Nullable LocalDate effective,
      @Nullable Adoption adoption,
      @Nullable PublicNotice publicNotice,
      @Nullable List<String> guaranteedRights,
      @Nullable Integer households,
      @Nullable Integer signedHouseholds,
      @Nullable Boolean informedVoluntary,
      @Nullable Integer villagerObligations,
      @Nullable Integer committeeObligations,
      LegalReview legalReview) {}

  record Adoption(
      String body,
      LocalDate date,
      int eligible,
      int present,
      @Nullable Integer householdsRepresented,
      int votesFor,
      int votesAgainst,
      int abstentions) {}

  record PublicNotice(LocalDate from, LocalDate to, int objectionsUpheld) {}

  record LegalReview(boolean reviewed, List<String> conflicts) {}

  record Year(
      int year,
      Population population,
      int marriedWomen15to49,
      int contraceptiveUsers,
      Births births,
      @Nullable Awareness awareness,
      @Nullable Long fundingYuan) {}

  record Population(int start, int end) {}

  record Births(int total, int policyCompliant, int male, int female) {}

  record Awareness(int surveyed, int aware) {}

  record Incident(
      LocalDate date,
      String kind,
      @Nullable Integer gestationWeeks,
      @Nullable Boolean medicalReason) {}

  record Benefits(
      int rewardsEligible,
      int rewardsGranted,
      int collectiveDistributionViolations,
      DifficultFamilies difficultFamilies) {}

  record DifficultFamilies(int identified, int assisted, int improved) {}

  record Activity(LocalDate date, String kind, @Nullable String occasion, String body) {}

  record Meeting(
      LocalDate date,
      String body,
      boolean familyPlanningOnAgenda,
      boolean minutes,
      boolean signInSheet,
      int present) {}

  record Disclosure(LocalDate date, List<String> covers) {}

  record Complaint(
      String ref,
      LocalDate received,
      @Nullable LocalDate investigated,
      @Nullable LocalDate outcomePublished,
      boolean escalated,
      @Nullable JsonNode reporter) {}

  record Appraisal(LocalDate date, int participantsOfChildbearingAge, boolean linkedToPay) {}

  record SurveyYear(@Nullable Satisfaction satisfaction, @Nullable Participation participation) {}

  record Satisfaction(int surveyed, int satisfied) {}

  record Participation(int surveyed, int participated) {}

  record Finding(String criterion, String finding, @Nullable String note, LocalDate date) {}

  record Audit(LocalDate date, String kind) {}

  record Scorecard(String by, LocalDate date, Map<String, Integer> scores) {}
}
