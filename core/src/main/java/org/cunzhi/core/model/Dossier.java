package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.validation.EachNotGreaterThan;
import org.cunzhi.core.validation.Unique;
import org.jspecify.annotations.Nullable;

/**
 * What a village or community submits for one assessment year (DOSSIER-v1): counts, dates and
 * records, never more personal data than a rule needs.
 *
 * <p>Only the unit and the assessment year are required. {@link #sections()} says which optional
 * sections the source carried: a list section that is absent reads as an empty list here, and
 * {@link #has(Section)} tells it apart from a section that was present and empty ("none happened").
 *
 * @param unit the village or community
 * @param assessmentYear the year assessed
 * @param usesContractManagement whether household contracts are used; null when not said
 * @param organization bodies and roles; null when absent
 * @param instruments charters, covenants and contracts
 * @param years statistics, one record a year, ordered by year
 * @param incidents zero-tolerance and unlawful events
 * @param benefits rewards, distribution, families in difficulty; null when absent
 * @param activities publicity, education and service events
 * @param meetings meetings held
 * @param disclosures postings on the village-affairs board
 * @param complaints complaints received
 * @param appraisals democratic appraisals
 * @param audits financial audits
 * @param surveys satisfaction and participation surveys, by year
 * @param privacyBreaches privacy breaches found in the assessment year; null when absent
 * @param unlawfulFeesOrFines unlawful fees or fines found in the assessment year; null when absent
 * @param inspection inspectors' findings
 * @param scorecards qualitative scores by kind of assessor (DOMAIN CV-D4)
 * @param extensions free-form data for local standards: plugin id to its JSON text
 * @param sections the optional sections the source carried
 */
@Unique(list = "years", key = "year")
@Unique(list = "instruments", key = "id")
@EachNotGreaterThan(
    list = "instruments",
    field = "adoption.householdsRepresented",
    limit = "unit.households")
public record Dossier(
    Unit unit,
    int assessmentYear,
    @Nullable Boolean usesContractManagement,
    @Nullable Organization organization,
    List<@Valid Instrument> instruments,
    List<@Valid YearStatistics> years,
    List<@Valid Incident> incidents,
    @Valid @Nullable Benefits benefits,
    List<Activity> activities,
    List<Meeting> meetings,
    List<Disclosure> disclosures,
    List<@Valid Complaint> complaints,
    List<Appraisal> appraisals,
    List<Audit> audits,
    Map<Integer, @Valid Surveys> surveys,
    @Nullable Integer privacyBreaches,
    @Nullable Integer unlawfulFeesOrFines,
    List<InspectionFinding> inspection,
    List<Scorecard> scorecards,
    Map<String, String> extensions,
    Set<Section> sections) {

  public Dossier {
    requireNonNull(unit, "unit");
    instruments = ImmutableList.copyOf(instruments);
    years = ImmutableList.copyOf(years);
    incidents = ImmutableList.copyOf(incidents);
    activities = ImmutableList.copyOf(activities);
    meetings = ImmutableList.copyOf(meetings);
    disclosures = ImmutableList.copyOf(disclosures);
    complaints = ImmutableList.copyOf(complaints);
    appraisals = ImmutableList.copyOf(appraisals);
    audits = ImmutableList.copyOf(audits);
    surveys = ImmutableSortedMap.copyOf(surveys);
    inspection = ImmutableList.copyOf(inspection);
    scorecards = ImmutableList.copyOf(scorecards);
    extensions = ImmutableSortedMap.copyOf(extensions);
    sections = Sets.immutableEnumSet(sections);
    checkPresence(sections, Section.USES_CONTRACT_MANAGEMENT, usesContractManagement);
    checkPresence(sections, Section.ORGANIZATION, organization);
    checkPresence(sections, Section.BENEFITS, benefits);
    checkPresence(sections, Section.PRIVACY_BREACHES, privacyBreaches);
    checkPresence(sections, Section.UNLAWFUL_FEES_OR_FINES, unlawfulFeesOrFines);
    checkArgument(privacyBreaches == null || privacyBreaches >= 0, "privacyBreaches < 0");
    checkArgument(
        unlawfulFeesOrFines == null || unlawfulFeesOrFines >= 0, "unlawfulFeesOrFines < 0");
  }

  private static void checkPresence(Set<Section> sections, Section section, @Nullable Object v) {
    checkArgument(
        sections.contains(section) == (v != null),
        "section %s must be listed in sections exactly when it has a value",
        section.fieldName());
  }

  /** Whether the source carried {@code section}, even if empty. */
  public boolean has(Section section) {
    return sections.contains(section);
  }

  /** The statistics of {@code year}, if the dossier has them. */
  public Optional<YearStatistics> year(int year) {
    return years.stream().filter(y -> y.year() == year).findFirst();
  }

  /** The surveys of {@code year}, if the dossier has them. */
  public Optional<Surveys> surveysOf(int year) {
    return Optional.ofNullable(surveys.get(year));
  }

  /** A builder for a dossier of {@code unit} in {@code assessmentYear}. */
  public static Builder builder(Unit unit, int assessmentYear) {
    return new Builder(unit, assessmentYear);
  }

  /** A builder that starts from this dossier. */
  public Builder toBuilder() {
    Builder b = new Builder(unit, assessmentYear);
    b.usesContractManagement = usesContractManagement;
    b.organization = organization;
    b.instruments = instruments;
    b.years = years;
    b.incidents = incidents;
    b.benefits = benefits;
    b.activities = activities;
    b.meetings = meetings;
    b.disclosures = disclosures;
    b.complaints = complaints;
    b.appraisals = appraisals;
    b.audits = audits;
    b.surveys = surveys;
    b.privacyBreaches = privacyBreaches;
    b.unlawfulFeesOrFines = unlawfulFeesOrFines;
    b.inspection = inspection;
    b.scorecards = scorecards;
    b.extensions = extensions;
    b.sections.addAll(sections);
    return b;
  }

  /** Builds a {@link Dossier}; each setter also marks its section present. */
  public static final class Builder {
    private Unit unit;
    private int assessmentYear;
    private @Nullable Boolean usesContractManagement;
    private @Nullable Organization organization;
    private List<Instrument> instruments = ImmutableList.of();
    private List<YearStatistics> years = ImmutableList.of();
    private List<Incident> incidents = ImmutableList.of();
    private @Nullable Benefits benefits;
    private List<Activity> activities = ImmutableList.of();
    private List<Meeting> meetings = ImmutableList.of();
    private List<Disclosure> disclosures = ImmutableList.of();
    private List<Complaint> complaints = ImmutableList.of();
    private List<Appraisal> appraisals = ImmutableList.of();
    private List<Audit> audits = ImmutableList.of();
    private Map<Integer, Surveys> surveys = ImmutableMap.of();
    private @Nullable Integer privacyBreaches;
    private @Nullable Integer unlawfulFeesOrFines;
    private List<InspectionFinding> inspection = ImmutableList.of();
    private List<Scorecard> scorecards = ImmutableList.of();
    private Map<String, String> extensions = ImmutableMap.of();
    private final EnumSet<Section> sections = EnumSet.noneOf(Section.class);

    private Builder(Unit unit, int assessmentYear) {
      this.unit = requireNonNull(unit, "unit");
      this.assessmentYear = assessmentYear;
    }

    public Builder unit(Unit value) {
      this.unit = requireNonNull(value, "unit");
      return this;
    }

    public Builder assessmentYear(int value) {
      this.assessmentYear = value;
      return this;
    }

    public Builder usesContractManagement(@Nullable Boolean value) {
      this.usesContractManagement = value;
      return mark(Section.USES_CONTRACT_MANAGEMENT, value != null);
    }

    public Builder organization(@Nullable Organization value) {
      this.organization = value;
      return mark(Section.ORGANIZATION, value != null);
    }

    public Builder instruments(List<? extends Instrument> value) {
      this.instruments = ImmutableList.copyOf(value);
      return mark(Section.INSTRUMENTS, true);
    }

    public Builder years(List<YearStatistics> value) {
      this.years = ImmutableList.copyOf(value);
      return mark(Section.YEARS, true);
    }

    public Builder incidents(List<Incident> value) {
      this.incidents = ImmutableList.copyOf(value);
      return mark(Section.INCIDENTS, true);
    }

    public Builder benefits(@Nullable Benefits value) {
      this.benefits = value;
      return mark(Section.BENEFITS, value != null);
    }

    public Builder activities(List<Activity> value) {
      this.activities = ImmutableList.copyOf(value);
      return mark(Section.ACTIVITIES, true);
    }

    public Builder meetings(List<Meeting> value) {
      this.meetings = ImmutableList.copyOf(value);
      return mark(Section.MEETINGS, true);
    }

    public Builder disclosures(List<Disclosure> value) {
      this.disclosures = ImmutableList.copyOf(value);
      return mark(Section.DISCLOSURES, true);
    }

    public Builder complaints(List<Complaint> value) {
      this.complaints = ImmutableList.copyOf(value);
      return mark(Section.COMPLAINTS, true);
    }

    public Builder appraisals(List<Appraisal> value) {
      this.appraisals = ImmutableList.copyOf(value);
      return mark(Section.APPRAISALS, true);
    }

    public Builder audits(List<Audit> value) {
      this.audits = ImmutableList.copyOf(value);
      return mark(Section.AUDITS, true);
    }

    public Builder surveys(Map<Integer, Surveys> value) {
      this.surveys = ImmutableMap.copyOf(value);
      return mark(Section.SURVEYS, true);
    }

    public Builder privacyBreaches(@Nullable Integer value) {
      this.privacyBreaches = value;
      return mark(Section.PRIVACY_BREACHES, value != null);
    }

    public Builder unlawfulFeesOrFines(@Nullable Integer value) {
      this.unlawfulFeesOrFines = value;
      return mark(Section.UNLAWFUL_FEES_OR_FINES, value != null);
    }

    public Builder inspection(List<InspectionFinding> value) {
      this.inspection = ImmutableList.copyOf(value);
      return mark(Section.INSPECTION, true);
    }

    public Builder scorecards(List<Scorecard> value) {
      this.scorecards = ImmutableList.copyOf(value);
      return mark(Section.SCORECARDS, true);
    }

    public Builder extensions(Map<String, String> value) {
      this.extensions = ImmutableMap.copyOf(value);
      return mark(Section.EXTENSIONS, true);
    }

    /** Marks a list or map section absent again, emptying it. */
    public Builder without(Section section) {
      switch (section) {
        case USES_CONTRACT_MANAGEMENT -> usesContractManagement = null;
        case ORGANIZATION -> organization = null;
        case INSTRUMENTS -> instruments = ImmutableList.of();
        case YEARS -> years = ImmutableList.of();
        case INCIDENTS -> incidents = ImmutableList.of();
        case BENEFITS -> benefits = null;
        case ACTIVITIES -> activities = ImmutableList.of();
        case MEETINGS -> meetings = ImmutableList.of();
        case DISCLOSURES -> disclosures = ImmutableList.of();
        case COMPLAINTS -> complaints = ImmutableList.of();
        case APPRAISALS -> appraisals = ImmutableList.of();
        case AUDITS -> audits = ImmutableList.of();
        case SURVEYS -> surveys = ImmutableMap.of();
        case PRIVACY_BREACHES -> privacyBreaches = null;
        case UNLAWFUL_FEES_OR_FINES -> unlawfulFeesOrFines = null;
        case INSPECTION -> inspection = ImmutableList.of();
        case SCORECARDS -> scorecards = ImmutableList.of();
        case EXTENSIONS -> extensions = ImmutableMap.of();
      }
      sections.remove(section);
      return this;
    }

    private Builder mark(Section section, boolean present) {
      if (present) {
        sections.add(section);
      } else {
        sections.remove(section);
      }
      return this;
    }

    public Dossier build() {
      return new Dossier(
          unit,
          assessmentYear,
          usesContractManagement,
          organization,
          instruments,
          years,
          incidents,
          benefits,
          activities,
          meetings,
          disclosures,
          complaints,
          appraisals,
          audits,
          surveys,
          privacyBreaches,
          unlawfulFeesOrFines,
          inspection,
          scorecards,
          extensions,
          sections);
    }
  }
}
