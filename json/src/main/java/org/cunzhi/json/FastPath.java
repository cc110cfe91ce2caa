package org.cunzhi.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.jspecify.annotations.Nullable;

/**
 * The quick way through a document that has no problem: one pass over its UTF-8 bytes, building the
 * model records directly, with no tree, no pointer and no message. It accepts only a plain subset
 * of JSON and of DOSSIER-v1, and declines (returns null) at the first sign of anything else: a
 * problem of any kind, but also whatever the careful path ({@link TreeParser} and {@link
 * DossierWalk}) treats specially or this pass does not handle (an escape in a string, a number with
 * a fraction or an exponent or of more than 18 digits, a string or name longer in bytes than the
 * limit, an unknown field, {@code extensions}, a field twice, a duplicate year or instrument id,
 * nesting beyond the limit). The reader then reads the document again the careful way, which alone
 * reports problems; so for every document this pass accepts, it gives the dossier the careful path
 * gives, and for every other the careful path decides (checked by {@code FastPathProperties}).
 *
 * <p>What it accepts is strict JSON in strict UTF-8 (RFC 3629: no overlong form, no encoded
 * surrogate, nothing above U+10FFFF): whitespace is space, tab, line feed and carriage return, a
 * string holds no control character and no byte outside a whole UTF-8 sequence, and nothing but
 * whitespace follows the root object. Without escapes no string can hold an unpaired surrogate. One
 * instance reads one document; it is not thread-safe, and a reader makes a new one each time.
 */
final class FastPath {
  /** Thrown to leave the pass at the first sign of anything it does not accept; no stack trace. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();

  /** The longest integer read, in digits: any such integer fits a {@code long}. */
  private static final int MAX_DIGITS = 18;

  /** How deep a reporter's content may nest here, levels below the reporter; deeper declines. */
  private static final int MAX_REPORTER_NESTING = 16;

  private static final Names TOP =
      new Names(
          "format",
          "unit",
          "assessmentYear",
          "usesContractManagement",
          "organization",
          "instruments",
          "years",
          "incidents",
          "benefits",
          "activities",
          "meetings",
          "disclosures",
          "complaints",
          "appraisals",
          "audits",
          "surveys",
          "privacyBreaches",
          "unlawfulFeesOrFines",
          "inspection",
          "scorecards",
          "extensions");
  private static final Names UNIT =
      new Names("code", "name", "kind", "township", "county", "households", "adultResidents");
  private static final Names ORGANIZATION =
      new Names("partyBranch", "villagersCommittee", "cadres", "groupLeaders", "association");
  private static final Names CADRE = new Names("role", "dutiesDefined", "selectedBy");
  private static final Names GROUP_LEADERS = new Names("count", "dutiesDefined");
  private static final Names ASSOCIATION =
      new Names(
          "established",
          "president",
          "fiveEldersVicePresident",
          "secretaryGeneral",
          "councilMembers",
          "groups",
          "members");
  private static final Names INSTRUMENT =
      new Names(
          "id",
          "kind",
          "effective",
          "legalReview",
          "adoption",
          "publicNotice",
          "guaranteedRights",
          "households",
          "signedHouseholds",
          "informedVoluntary",
          "villagerObligations",
          "committeeObligations");
  private static final long CHARTER_FIELDS = 0b111_0000L;
  private static final long CONTRACT_FIELDS = 0b11111_000_0000L;
  private static final Names LEGAL_REVIEW = new Names("reviewed", "conflicts");
  private static final Names ADOPTION =
      new Names(
          "body",
          "date",
          "eligible",
          "present",
          "householdsRepresented",
          "votesFor",
          "votesAgainst",
          "abstentions");
  private static final Names PUBLIC_NOTICE = new Names("from", "to", "objectionsUpheld");
  private static final Names YEAR =
      new Names(
          "year",
          "population",
          "marriedWomen15to49",
          "contraceptiveUsers",
          "births",
          "awareness",
          "fundingYuan");
  private static final Names POPULATION = new Names("start", "end");
  private static final Names BIRTHS = new Names("total", "policyCompliant", "male", "female");
  private static final Names AWARENESS = new Names("surveyed", "aware");
  private static final Names INCIDENT =
      new Names("date", "kind", "gestationWeeks", "medicalReason");
  private static final Names BENEFITS =
      new Names(
          "rewardsEligible",
          "rewardsGranted",
          "collectiveDistributionViolations",
          "difficultFamilies");
  private static final Names DIFFICULT_FAMILIES = new Names("identified", "assisted", "improved");
  private static final Names ACTIVITY = new Names("date", "kind", "occasion", "body");
  private static final Names MEETING =
      new Names("date", "body", "familyPlanningOnAgenda", "minutes", "signInSheet", "present");
  private static final Names DISCLOSURE = new Names("date", "covers");
  private static final Names COMPLAINT =
      new Names("ref", "received", "investigated", "outcomePublished", "escalated", "reporter");
  private static final Names APPRAISAL =
      new Names("date", "participantsOfChildbearingAge", "linkedToPay");
  private static final Names AUDIT = new Names("date", "kind");
  private static final Names YEAR_SURVEYS = new Names("satisfaction", "participation");
  private static final Names SATISFACTION = new Names("surveyed", "satisfied");
  private static final Names PARTICIPATION = new Names("surveyed", "participated");
  private static final Names INSPECTION = new Names("criterion", "finding", "note", "date");
  private static final Names SCORECARD = new Names("by", "date", "scores");

  private static final Constants<UnitKind> UNIT_KINDS = new Constants<>(UnitKind.class);
  private static final Constants<CadreRole> CADRE_ROLES = new Constants<>(CadreRole.class);
  private static final Constants<CadreSelection> CADRE_SELECTIONS =
      new Constants<>(CadreSelection.class);
  private static final Constants<PresidentKind> PRESIDENT_KINDS =
      new Constants<>(PresidentKind.class);
  private static final Constants<SecretaryGeneralKind> SECRETARY_KINDS =
      new Constants<>(SecretaryGeneralKind.class);
  private static final Constants<InstrumentKind> INSTRUMENT_KINDS =
      new Constants<>(InstrumentKind.class);
  private static final Constants<AdoptionBody> ADOPTION_BODIES =
      new Constants<>(AdoptionBody.class);
  private static final Constants<EightRights> RIGHTS = new Constants<>(EightRights.class);
  private static final Constants<IncidentKind> INCIDENT_KINDS = new Constants<>(IncidentKind.class);
  private static final Constants<ActivityKind> ACTIVITY_KINDS = new Constants<>(ActivityKind.class);
  private static final Constants<Occasion> OCCASIONS = new Constants<>(Occasion.class);
  private static final Constants<ActivityBody> ACTIVITY_BODIES =
      new Constants<>(ActivityBody.class);
  private static final Constants<MeetingBody> MEETING_BODIES = new Constants<>(MeetingBody.class);
  private static final Constants<DisclosureTopic> TOPICS = new Constants<>(DisclosureTopic.class);
  private static final Constants<AuditKind> AUDIT_KINDS = new Constants<>(AuditKind.class);
  private static final Constants<Finding> FINDINGS = new Constants<>(Finding.class);
  private static final Constants<ScorecardKind> SCORECARD_KINDS =
      new Constants<>(ScorecardKind.class);
  private static final Constants<ScorecardDimension> DIMENSIONS =
      new Constants<>(ScorecardDimension.class);

  private final byte[] bytes;
  private final int end;
  private final int maxDepth;
  private final int maxStringLength;
  private int at;

  /** The hash of the name {@link #plainName} passed last, as {@link Names} computes it. */
  private int nameHash;

  private final Set<String> ids = new HashSet<>();
  private final Set<Integer> years = new HashSet<>();

  private FastPath(byte[] bytes, int start, int end, int maxDepth, int maxStringLength) {
    this.bytes = bytes;
    this.at = start;
    this.end = end;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
  }

  /**
   * The dossier in {@code bytes[start, end)}, UTF-8 without a byte order mark, when it has no
   * problem and this pass accepts it; null when it declines, and then the careful path must read.
   */
  static @Nullable Dossier read(
      byte[] bytes, int start, int end, int maxDepth, int maxStringLength) {
    try {
      return new FastPath(bytes, start, end, maxDepth, maxStringLength).dossier();
    } catch (RuntimeException e) {
      // Declined, or a record refused what it was given: the careful path decides either way.
      return null;
    }
  }

  // ---- the dossier -----------------------------------------------------------------------------

  private Dossier dossier() {
    open('{', 1);
    String format = null;
    Unit unit = null;
    Integer assessmentYear = null;
    Sections sections = new Sections();
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(TOP, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> format = text();
          case 1 -> unit = unit(2);
          case 2 -> assessmentYear = integer(DossierWalk.MIN_YEAR, DossierWalk.MAX_YEAR);
          case 3 -> sections.usesContracts = bool();
          case 4 -> sections.organization = organization(2);
          case 5 -> sections.instruments = list(2, this::instrument);
          case 6 -> sections.years = list(2, this::year);
          case 7 -> sections.incidents = list(2, this::incident);
          case 8 -> sections.benefits = benefits(2);
          case 9 -> sections.activities = list(2, this::activity);
          case 10 -> sections.meetings = list(2, this::meeting);
          case 11 -> sections.disclosures = list(2, this::disclosure);
          case 12 -> sections.complaints = list(2, this::complaint);
          case 13 -> sections.appraisals = list(2, this::appraisal);
          case 14 -> sections.audits = list(2, this::audit);
          case 15 -> sections.surveys = surveys(2);
          case 16 -> sections.privacyBreaches = integer(0, Integer.MAX_VALUE);
          case 17 -> sections.unlawfulFees = integer(0, Integer.MAX_VALUE);
          case 18 -> sections.inspection = list(2, this::inspectionFinding);
          case 19 -> sections.scorecards = list(2, this::scorecard);
          case 20 -> sections.extensions = extensions(2);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    whitespace();
    if (at != end || !DossierWalk.FORMAT.equals(format) || unit == null || assessmentYear == null) {
      throw DECLINED;
    }
    return sections.build(unit, assessmentYear);
  }

  // ---- unit and organization -------------------------------------------------------------------

  private Unit unit(int depth) {
    open('{', depth);
    String code = null;
    String name = null;
    UnitKind kind = null;
    String township = null;
    String county = null;
    Integer households = null;
    Integer adults = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(UNIT, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> code = text();
          case 1 -> name = nonEmptyText();
          case 2 -> kind = constant(UNIT_KINDS);
          case 3 -> township = text();
          case 4 -> county = text();
          case 5 -> households = integer(1, Integer.MAX_VALUE);
          case 6 -> adults = integer(1, Integer.MAX_VALUE);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    if (code == null || !DivisionCode.isWellFormed(code) || name == null || kind == null) {
      throw DECLINED;
    }
    return new Unit(DivisionCode.parse(code), name, kind, township, county, households, adults);
  }

  private Organization organization(int depth) {
    open('{', depth);
    boolean partyBranch = false;
    boolean committee = false;
    List<Cadre> cadres = null;
    GroupLeaders leaders = null;
    Association association = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(ORGANIZATION, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> partyBranch = bool();
          case 1 -> committee = bool();
          case 2 -> cadres = list(depth + 1, this::cadre);
          case 3 -> leaders = groupLeaders(depth + 1);
          case 4 -> association = isNull() ? null : association(depth + 1);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11111);
    return new Organization(partyBranch, committee, present(cadres), present(leaders), association);
  }

  private Cadre cadre(int depth) {
    open('{', depth);
    CadreRole role = null;
    boolean duties = false;
    CadreSelection selectedBy = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(CADRE, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> role = constant(CADRE_ROLES);
          case 1 -> duties = bool();
          case 2 -> selectedBy = constant(CADRE_SELECTIONS);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    return new Cadre(present(role), duties, selectedBy);
  }

  private GroupLeaders groupLeaders(int depth) {
    open('{', depth);
    int count = 0;
    boolean duties = false;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(GROUP_LEADERS, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> count = count();
          case 1 -> duties = bool();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    return new GroupLeaders(count, duties);
  }

  private Association association(int depth) {
    open('{', depth);
    LocalDate established = null;
    PresidentKind president = null;
    boolean fiveElders = false;
    SecretaryGeneralKind secretary = null;
    int council = 0;
    int groups = 0;
    int members = 0;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(ASSOCIATION, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> established = date();
          case 1 -> president = constant(PRESIDENT_KINDS);
          case 2 -> fiveElders = bool();
          case 3 -> secretary = constant(SECRETARY_KINDS);
          case 4 -> council = count();
          case 5 -> groups = count();
          case 6 -> members = count();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b1111111);
    return new Association(
        present(established),
        present(president),
        fiveElders,
        present(secretary),
        council,
        groups,
        members);
  }

  // ---- instruments -----------------------------------------------------------------------------

  private Instrument instrument(int depth) {
    open('{', depth);
    String id = null;
    InstrumentKind kind = null;
    LocalDate effective = null;
    LegalReview review = null;
    Adoption adoption = null;
    PublicNotice notice = null;
    Set<EightRights> rights = null;
    int households = 0;
    int signed = 0;
    boolean informed = false;
    int villagerObligations = 0;
    int committeeObligations = 0;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(INSTRUMENT, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> id = nonEmptyText();
          case 1 -> kind = constant(INSTRUMENT_KINDS);
          case 2 -> effective = isNull() ? null : date();
          case 3 -> review = legalReview(depth + 1);
          case 4 -> adoption = adoption(depth + 1);
          case 5 -> notice = publicNotice(depth + 1);
          case 6 -> rights = constants(depth + 1, RIGHTS);
          case 7 -> households = count();
          case 8 -> signed = count();
          case 9 -> informed = bool();
          case 10 -> villagerObligations = count();
          case 11 -> committeeObligations = count();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b1011);
    id = present(id);
    review = present(review);
    if (!ids.add(id)) {
      throw DECLINED; // a duplicate id: the walk reports it
    }
    if (kind == InstrumentKind.FAMILY_PLANNING_CONTRACT) {
      if ((seen & CHARTER_FIELDS) != 0 || (seen & CONTRACT_FIELDS) != CONTRACT_FIELDS) {
        throw DECLINED;
      }
      return new Contract(
          id,
          InstrumentKind.FAMILY_PLANNING_CONTRACT,
          effective,
          households,
          signed,
          informed,
          villagerObligations,
          committeeObligations,
          review);
    }
    if ((seen & CONTRACT_FIELDS) != 0 || (seen & CHARTER_FIELDS) != CHARTER_FIELDS) {
      throw DECLINED;
    }
    return new Charter(
        id, present(kind), effective, present(adoption), present(notice), present(rights), review);
  }

  private LegalReview legalReview(int depth) {
    open('{', depth);
    boolean reviewed = false;
    List<String> conflicts = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(LEGAL_REVIEW, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> reviewed = bool();
          case 1 -> {
            open('[', depth + 1);
            conflicts = new ArrayList<>();
            if (first(']')) {
              do {
                conflicts.add(text());
              } while (next(']'));
            }
          }
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    return new LegalReview(reviewed, present(conflicts));
  }

  private Adoption adoption(int depth) {
    open('{', depth);
    AdoptionBody body = null;
    LocalDate date = null;
    int eligible = 0;
    int present = 0;
    Integer households = null;
    int votesFor = 0;
    int votesAgainst = 0;
    int abstentions = 0;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(ADOPTION, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> body = constant(ADOPTION_BODIES);
          case 1 -> date = date();
          case 2 -> eligible = count();
          case 3 -> present = count();
          case 4 -> households = isNull() ? null : integer(0, Integer.MAX_VALUE);
          case 5 -> votesFor = count();
          case 6 -> votesAgainst = count();
          case 7 -> abstentions = count();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11101111);
    return new Adoption(
        present(body),
        present(date),
        eligible,
        present,
        households,
        votesFor,
        votesAgainst,
        abstentions);
  }

  private PublicNotice publicNotice(int depth) {
    open('{', depth);
    LocalDate from = null;
    LocalDate to = null;
    int objections = 0;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(PUBLIC_NOTICE, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> from = date();
          case 1 -> to = date();
          case 2 -> objections = count();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b111);
    return new PublicNotice(present(from), present(to), objections);
  }

  // ---- years -----------------------------------------------------------------------------------

  private YearStatistics year(int depth) {
    open('{', depth);
    int year = 0;
    Population population = null;
    int married = 0;
    int users = 0;
    Births births = null;
    Awareness awareness = null;
    Long funding = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(YEAR, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> year = integer(DossierWalk.MIN_YEAR, DossierWalk.MAX_YEAR);
          case 1 -> population = population(depth + 1);
          case 2 -> married = count();
          case 3 -> users = count();
          case 4 -> births = births(depth + 1);
          case 5 -> awareness = awareness(depth + 1);
          case 6 -> funding = longInteger();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11111);
    if (!years.add(year)) {
      throw DECLINED; // a duplicate year: the walk reports it
    }
    return new YearStatistics(
        year, present(population), married, users, present(births), awareness, funding);
  }

  private Population population(int depth) {
    int[] counts = counts(depth, POPULATION);
    return new Population(counts[0], counts[1]);
  }

  private Births births(int depth) {
    int[] counts = counts(depth, BIRTHS);
    return new Births(counts[0], counts[1], counts[2], counts[3]);
  }

  private Awareness awareness(int depth) {
    int[] counts = counts(depth, AWARENESS);
    return new Awareness(counts[0], counts[1]);
  }

  /** An object of nothing but required counts, named by {@code names}, in their order. */
  private int[] counts(int depth, Names names) {
    open('{', depth);
    int[] counts = new int[names.size()];
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(names, seen);
        seen = once(seen, field);
        counts[field] = count();
      } while (next('}'));
    }
    required(seen, (1L << names.size()) - 1);
    return counts;
  }

  // ---- events ----------------------------------------------------------------------------------

  private Incident incident(int depth) {
    open('{', depth);
    LocalDate date = null;
    IncidentKind kind = null;
    Integer weeks = null;
    Boolean medical = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(INCIDENT, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> kind = constant(INCIDENT_KINDS);
          case 2 -> weeks = integer(0, Integer.MAX_VALUE);
          case 3 -> medical = bool();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    boolean abortion =
        kind == IncidentKind.INDUCED_ABORTION || kind == IncidentKind.SEX_SELECTIVE_ABORTION;
    if ((seen & 0b1100) != (abortion ? 0b1100 : 0)) {
      throw DECLINED;
    }
    return new Incident(present(date), present(kind), weeks, medical);
  }

  private Activity activity(int depth) {
    open('{', depth);
    LocalDate date = null;
    ActivityKind kind = null;
    Occasion occasion = null;
    ActivityBody body = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(ACTIVITY, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> kind = constant(ACTIVITY_KINDS);
          case 2 -> occasion = isNull() ? null : constant(OCCASIONS);
          case 3 -> body = constant(ACTIVITY_BODIES);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b1011);
    return new Activity(present(date), present(kind), occasion, present(body));
  }

  private Meeting meeting(int depth) {
    open('{', depth);
    LocalDate date = null;
    MeetingBody body = null;
    boolean agenda = false;
    boolean minutes = false;
    boolean signIn = false;
    int present = 0;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(MEETING, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> body = constant(MEETING_BODIES);
          case 2 -> agenda = bool();
          case 3 -> minutes = bool();
          case 4 -> signIn = bool();
          case 5 -> present = count();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b111111);
    return new Meeting(present(date), present(body), agenda, minutes, signIn, present);
  }

  private Disclosure disclosure(int depth) {
    open('{', depth);
    LocalDate date = null;
    Set<DisclosureTopic> covers = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(DISCLOSURE, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> covers = constants(depth + 1, TOPICS);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    return new Disclosure(present(date), present(covers));
  }

  private Complaint complaint(int depth) {
    open('{', depth);
    String ref = null;
    LocalDate received = null;
    LocalDate investigated = null;
    LocalDate published = null;
    boolean escalated = false;
    Reporter reporter = Reporter.anonymous();
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(COMPLAINT, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> ref = nonEmptyText();
          case 1 -> received = date();
          case 2 -> investigated = isNull() ? null : date();
          case 3 -> published = isNull() ? null : date();
          case 4 -> escalated = bool();
          case 5 -> {
            whitespace();
            if (peek() != '{') {
              throw DECLINED;
            }
            reporter = skipObject(depth + 1, depth + 1) ? Reporter.named() : Reporter.anonymous();
          }
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b10011);
    return new Complaint(
        present(ref), present(received), investigated, published, escalated, reporter);
  }

  private Appraisal appraisal(int depth) {
    open('{', depth);
    LocalDate date = null;
    int participants = 0;
    boolean linked = false;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(APPRAISAL, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> participants = count();
          case 2 -> linked = bool();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b111);
    return new Appraisal(present(date), participants, linked);
  }

  private Audit audit(int depth) {
    open('{', depth);
    LocalDate date = null;
    AuditKind kind = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(AUDIT, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> date = date();
          case 1 -> kind = constant(AUDIT_KINDS);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b11);
    return new Audit(present(date), present(kind));
  }

  private InspectionFinding inspectionFinding(int depth) {
    open('{', depth);
    String criterion = null;
    Finding finding = null;
    String note = null;
    LocalDate date = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(INSPECTION, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> criterion = nonEmptyText();
          case 1 -> finding = constant(FINDINGS);
          case 2 -> note = text();
          case 3 -> date = date();
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b1111);
    return new InspectionFinding(
        present(criterion), present(finding), present(note), present(date));
  }

  private Scorecard scorecard(int depth) {
    open('{', depth);
    ScorecardKind by = null;
    LocalDate date = null;
    Map<ScorecardDimension, Integer> scores = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(SCORECARD, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> by = constant(SCORECARD_KINDS);
          case 1 -> date = date();
          case 2 -> scores = scores(depth + 1);
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b111);
    return new Scorecard(present(by), present(date), present(scores));
  }

  private Map<ScorecardDimension, Integer> scores(int depth) {
    open('{', depth);
    Map<ScorecardDimension, Integer> scores = new EnumMap<>(ScorecardDimension.class);
    if (first('}')) {
      do {
        whitespace();
        ScorecardDimension dimension = constantName(DIMENSIONS);
        colon();
        if (scores.put(dimension, integer(Scorecard.MIN_SCORE, Scorecard.MAX_SCORE)) != null) {
          throw DECLINED;
        }
      } while (next('}'));
    }
    return scores;
  }

  // ---- benefits and surveys --------------------------------------------------------------------

  private Benefits benefits(int depth) {
    open('{', depth);
    int eligible = 0;
    int granted = 0;
    int distribution = 0;
    DifficultFamilies families = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(BENEFITS, seen);
        seen = once(seen, field);
        switch (field) {
          case 0 -> eligible = count();
          case 1 -> granted = count();
          case 2 -> distribution = count();
          case 3 -> {
            int[] counts = counts(depth + 1, DIFFICULT_FAMILIES);
            families = new DifficultFamilies(counts[0], counts[1], counts[2]);
          }
          default -> throw DECLINED;
        }
      } while (next('}'));
    }
    required(seen, 0b1111);
    return new Benefits(eligible, granted, distribution, present(families));
  }

  private Map<Integer, Surveys> surveys(int depth) {
    open('{', depth);
    Map<Integer, Surveys> surveys = new TreeMap<>();
    if (first('}')) {
      do {
        int year = surveyYear();
        colon();
        if (surveys.put(year, yearSurveys(depth + 1)) != null) {
          throw DECLINED; // a key twice
        }
      } while (next('}'));
    }
    return surveys;
  }

  /** A key of {@code surveys}: four ASCII digits, not starting with 0. */
  private int surveyYear() {
    whitespace();
    if (maxStringLength < 4 || at + 6 > end || bytes[at] != '"' || bytes[at + 5] != '"') {
      throw DECLINED;
    }
    int year = 0;
    for (int i = at + 1; i < at + 5; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9 || (i == at + 1 && d == 0)) {
        throw DECLINED;
      }
      year = 10 * year + d;
    }
    at += 6;
    return year;
  }

  private Surveys yearSurveys(int depth) {
    open('{', depth);
    Satisfaction satisfaction = null;
    Participation participation = null;
    long seen = 0;
    if (first('}')) {
      do {
        int field = name(YEAR_SURVEYS, seen);
        seen = once(seen, field);
        if (field == 0) {
          int[] counts = counts(depth + 1, SATISFACTION);
          satisfaction = new Satisfaction(counts[0], counts[1]);
        } else {
          int[] counts = counts(depth + 1, PARTICIPATION);
          participation = new Participation(counts[0], counts[1]);
        }
      } while (next('}'));
    }
    return new Surveys(satisfaction, participation);
  }

  // ---- shared shapes ---------------------------------------------------------------------------

  /** Reads one element of an array, nested at {@code depth}. */
  private interface Element<T> {
    T read(int depth);
  }

  /** An array at {@code depth} of elements each read by {@code element}. */
  private <T> List<T> list(int depth, Element<T> element) {
    open('[', depth);
    List<T> values = new ArrayList<>();
    if (first(']')) {
      do {
        values.add(element.read(depth + 1));
      } while (next(']'));
    }
    return values;
  }

  /** An array at {@code depth} of distinct enum names. */
  private <E extends Enum<E>> Set<E> constants(int depth, Constants<E> constants) {
    open('[', depth);
    EnumSet<E> values = EnumSet.noneOf(constants.type);
    if (first(']')) {
      do {
        if (!values.add(constant(constants))) {
          throw DECLINED; // a value twice
        }
      } while (next(']'));
    }
    return values;
  }

  /** Declines when a field was seen twice; else marks it seen. */
  private static long once(long seen, int field) {
    long bit = 1L << field;
    if ((seen & bit) != 0) {
      throw DECLINED;
    }
    return seen | bit;
  }

  /** {@code value}, which a required field gave; declines if there is none. */
  private static <T> T present(@Nullable T value) {
    if (value == null) {
      throw DECLINED;
    }
    return value;
  }

  /** Declines unless every field of {@code mask} was seen. */
  private static void required(long seen, long mask) {
    if ((seen & mask) != mask) {
      throw DECLINED;
    }
  }

  // ---- tokens ----------------------------------------------------------------------------------

  private int peek() {
    if (at >= end) {
      throw DECLINED;
    }
    return bytes[at];
  }

  private void whitespace() {
    // in locals: the loop then keeps the position in a register and stores it once
    byte[] bytes = this.bytes;
    int i = at;
    int end = this.end;
    while (i < end) {
      byte b = bytes[i];
      if (b > ' ' || (b != ' ' && b != '\n' && b != '\r' && b != '\t')) {
        break;
      }
      i++;
    }
    at = i;
  }

  /** The start of an object or array nested at {@code depth}. */
  private void open(char bracket, int depth) {
    whitespace();
    if (depth > maxDepth || peek() != bracket) {
      throw DECLINED;
    }
    at++;
  }

  /** Just after an opening bracket: whether a first member follows, else passes the closing one. */
  private boolean first(char close) {
    whitespace();
    if (peek() == close) {
      at++;
      return false;
    }
    return true;
  }

  /** After a member: whether another follows (passing the comma), else passes the closing one. */
  private boolean next(char close) {
    whitespace();
    int b = peek();
    at++;
    if (b == ',') {
      return true;
    }
    if (b == close) {
      return false;
    }
    throw DECLINED;
  }

  private void colon() {
    whitespace();
    if (peek() != ':') {
      throw DECLINED;
    }
    at++;
  }

  /** A field name known in {@code names}, and the colon after it: the name's index. */
  private int name(Names names, long seen) {
    whitespace();
    // Most documents give an object's fields in the order of DOSSIER-v1: try the one after the
    // last seen first, without hashing.
    int guess = 64 - Long.numberOfLeadingZeros(seen);
    if (guess < names.size() && names.isAt(guess, bytes, at, end, maxStringLength)) {
      at += names.length(guess) + 2;
      colon();
      return guess;
    }
    int from = plainName();
    int field = names.find(bytes, from, at - 1, nameHash);
    if (field < 0) {
      throw DECLINED;
    }
    colon();
    return field;
  }

  /**
   * Passes a string of printable ASCII but the backslash, within the length limit (a name or enum
   * constant): the offset of its first byte; {@link #at} is just after its closing quote.
   */
  private int plainName() {
    if (peek() != '"') {
      throw DECLINED;
    }
    int from = ++at;
    int hash = 0;
    while (true) {
      int b = peek();
      if (b == '"') {
        break;
      }
      if (b < 0x21 || b > 0x7e || b == '\\') {
        throw DECLINED;
      }
      hash = 31 * hash + b;
      at++;
    }
    if (at - from > maxStringLength) {
      throw DECLINED;
    }
    at++;
    nameHash = hash;
    return from;
  }

  private <E extends Enum<E>> E constant(Constants<E> constants) {
    whitespace();
    return constantName(constants);
  }

  private <E extends Enum<E>> E constantName(Constants<E> constants) {
    int from = plainName();
    int i = constants.names.find(bytes, from, at - 1, nameHash);
    if (i < 0) {
      throw DECLINED;
    }
    return constants.values[i];
  }

  /** Whether the next value is {@code null}, passing it if so. */
  private boolean isNull() {
    whitespace();
    if (at + 4 <= end
        && bytes[at] == 'n'
        && bytes[at + 1] == 'u'
        && bytes[at + 2] == 'l'
        && bytes[at + 3] == 'l') {
      at += 4;
      return true;
    }
    return false;
  }

  private boolean bool() {
    whitespace();
    if (at + 4 <= end
        && bytes[at] == 't'
        && bytes[at + 1] == 'r'
        && bytes[at + 2] == 'u'
        && bytes[at + 3] == 'e') {
      at += 4;
      return true;
    }
    if (at + 5 <= end
        && bytes[at] == 'f'
        && bytes[at + 1] == 'a'
        && bytes[at + 2] == 'l'
        && bytes[at + 3] == 's'
        && bytes[at + 4] == 'e') {
      at += 5;
      return false;
    }
    throw DECLINED;
  }

  /** An integer of at most {@link #MAX_DIGITS} digits, with no fraction and no exponent. */
  private long number() {
    whitespace();
    boolean negative = peek() == '-';
    if (negative) {
      at++;
    }
    int from = at;
    long value = 0;
    while (at < end) {
      int d = bytes[at] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      value = 10 * value + d;
      at++;
    }
    int digits = at - from;
    if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && bytes[from] == '0')) {
      throw DECLINED;
    }
    if (at < end && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) {
      throw DECLINED;
    }
    return negative ? -value : value;
  }

  private int integer(int min, int max) {
    long value = number();
    if (value < min || value > max) {
      throw DECLINED;
    }
    return (int) value;
  }

  private int count() {
    return integer(0, Integer.MAX_VALUE);
  }

  private long longInteger() {
    long value = number();
    if (value < 0) {
      throw DECLINED;
    }
    return value;
  }

  /** A date {@code yyyy-MM-dd} that exists, as {@link ObjectCursor#parseDate} reads it. */
  private LocalDate date() {
    whitespace();
    if (at + 12 > end || bytes[at] != '"' || bytes[at + 11] != '"') {
      throw DECLINED;
    }
    int from = at + 1;
    for (int i = 0; i < 10; i++) {
      int c = bytes[from + i];
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        throw DECLINED;
      }
    }
    int year = digits(from, 4);
    int month = digits(from + 5, 2);
    int day = digits(from + 8, 2);
    if (month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
      throw DECLINED;
    }
    at += 12;
    return LocalDate.of(year, month, day);
  }

  private int digits(int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = 10 * value + bytes[i] - '0';
    }
    return value;
  }

  private String nonEmptyText() {
    String text = text();
    if (text.isEmpty()) {
      throw DECLINED;
    }
    return text;
  }

  /** A string of whole characters within the length limit. */
  private String text() {
    whitespace();
    if (peek() != '"') {
      throw DECLINED;
    }
    int from = ++at;
    boolean ascii = true;
    while (true) {
      int b = peek();
      if (b == '"') {
        break;
      }
      if (b >= 0x20 && b != '\\') {
        at++;
      } else if (b < 0) {
        ascii = false;
        utf8Sequence();
      } else if (b == '\\') {
        return escaped(from);
      } else {
        throw DECLINED; // a control character
      }
    }
    int length = at - from;
    if (length > maxStringLength) {
      throw DECLINED;
    }
    at++;
    return new String(
        bytes, from, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /**
   * The string that began at {@code from} and has an escape at {@link #at}: decoded as JSON decodes
   * it, declining on an unknown escape or a surrogate escape not in a high-low pair.
   */
  private String escaped(int from) {
    StringBuilder out = new StringBuilder(at - from + 16);
    out.append(new String(bytes, from, at - from, StandardCharsets.UTF_8)); // checked above
    while (true) {
      int b = peek();
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        at++;
        int e = peek();
        at++;
        switch (e) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case '/' -> out.append('/');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> out.append(hex4());
          default -> throw DECLINED;
        }
      } else if (b >= 0x20) {
        out.append((char) b);
        at++;
      } else if (b < 0) {
        int start = at;
        utf8Sequence();
        out.append(new String(bytes, start, at - start, StandardCharsets.UTF_8));
      } else {
        throw DECLINED; // a control character
      }
    }
    at++;
    String text = out.toString();
    if (text.length() > maxStringLength || !isWholeUnicode(text)) {
      throw DECLINED;
    }
    return text;
  }

  /** The char of the four hex digits of a {@code \\u} escape. */
  private char hex4() {
    if (at + 4 > end) {
      throw DECLINED;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(bytes[at + i], 16);
      if (digit < 0) {
        throw DECLINED;
      }
      value = 16 * value + digit;
    }
    at += 4;
    return (char) value;
  }

  /** Whether every surrogate in {@code text} is part of a high-low pair. */
  static boolean isWholeUnicode(String text) {
    return TreeParser.unpaired(text) < 0;
  }

  /**
   * Passes the string at {@link #at}: no escape, no control character, strict UTF-8, at most the
   * length limit in bytes (so in characters). Whether it is all ASCII.
   */
  private boolean passString() {
    int from = ++at;
    boolean ascii = true;
    while (true) {
      int b = peek();
      if (b == '"') {
        break;
      }
      if (b >= 0x20 && b != '\\') {
        at++;
      } else if (b < 0) {
        ascii = false;
        utf8Sequence();
      } else {
        throw DECLINED; // a control character or an escape
      }
    }
    if (at - from > maxStringLength) {
      throw DECLINED;
    }
    at++;
    return ascii;
  }

  /** Passes one multi-byte UTF-8 sequence of RFC 3629, or declines. */
  private void utf8Sequence() {
    int b = bytes[at] & 0xff;
    int length;
    int low = 0x80;
    int high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b == 0xe0) {
        low = 0xa0; // no overlong form
      } else if (b == 0xed) {
        high = 0x9f; // no encoded surrogate
      }
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b == 0xf0) {
        low = 0x90; // no overlong form
      } else if (b == 0xf4) {
        high = 0x8f; // nothing above U+10FFFF
      }
    } else {
      throw DECLINED;
    }
    if (at + length > end) {
      throw DECLINED;
    }
    int second = bytes[at + 1] & 0xff;
    if (second < low || second > high) {
      throw DECLINED;
    }
    for (int i = 2; i < length; i++) {
      int next = bytes[at + i] & 0xff;
      if (next < 0x80 || next > 0xbf) {
        throw DECLINED;
      }
    }
    at += length;
  }

  /**
   * Passes a reporter's object (or an object inside it) nested at {@code depth}, checking it as the
   * careful path would: whether it has members. Names are compared as bytes, which without escapes
   * is comparing them as text.
   */
  private boolean skipObject(int depth, int reporterDepth) {
    open('{', depth);
    if (depth - reporterDepth > MAX_REPORTER_NESTING) {
      throw DECLINED;
    }
    if (!first('}')) {
      return false;
    }
    Set<String> names = new HashSet<>();
    do {
      whitespace();
      if (peek() != '"') {
        throw DECLINED;
      }
      int from = at + 1;
      passString();
      if (!names.add(new String(bytes, from, at - 1 - from, StandardCharsets.ISO_8859_1))) {
        throw DECLINED; // a name twice
      }
      colon();
      skipValue(depth + 1, reporterDepth);
    } while (next('}'));
    return true;
  }

  private void skipValue(int depth, int reporterDepth) {
    whitespace();
    int b = peek();
    if (b == '{') {
      skipObject(depth, reporterDepth);
    } else if (b == '[') {
      open('[', depth);
      if (depth - reporterDepth > MAX_REPORTER_NESTING) {
        throw DECLINED;
      }
      if (first(']')) {
        do {
          skipValue(depth + 1, reporterDepth);
        } while (next(']'));
      }
    } else if (b == '"') {
      passString();
    } else if (b == 't' || b == 'f') {
      bool();
    } else if (!isNull()) {
      number();
    }
  }

  // ---- extensions ----------------------------------------------------------------------------

  /**
   * Extensions: each value as compact JSON text, as the careful path copies it with Jackson's
   * generator. Without escapes and control characters in its strings, that text is the value's own
   * bytes without the whitespace between tokens; anything else declines.
   */
  private Map<String, String> extensions(int depth) {
    open('{', depth);
    Map<String, String> extensions = new LinkedHashMap<>();
    if (first('}')) {
      do {
        whitespace();
        if (peek() != '"') {
          throw DECLINED;
        }
        int from = at + 1;
        boolean ascii = passString();
        String key =
            new String(
                bytes,
                from,
                at - 1 - from,
                ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        colon();
        whitespace();
        int start = at;
        skipFree(0);
        if (extensions.put(key, compact(start, at)) != null) {
          throw DECLINED; // a key twice
        }
      } while (next('}'));
    }
    return extensions;
  }

  /**
   * Passes any JSON value, {@code nesting} levels inside an extension, as {@link #compact} can
   * copy.
   */
  private void skipFree(int nesting) {
    whitespace();
    int b = peek();
    if (b == '{' || b == '[') {
      if (nesting >= MAX_REPORTER_NESTING) {
        throw DECLINED;
      }
      at++;
      boolean object = b == '{';
      char close = object ? '}' : ']';
      if (first(close)) {
        Set<String> names = object ? new HashSet<>() : Set.of();
        do {
          if (object) {
            whitespace();
            if (peek() != '"') {
              throw DECLINED;
            }
            int from = at + 1;
            freeString();
            if (!names.add(new String(bytes, from, at - 1 - from, StandardCharsets.ISO_8859_1))) {
              throw DECLINED; // a name twice
            }
            colon();
          }
          skipFree(nesting + 1);
        } while (next(close));
      }
    } else if (b == '"') {
      freeString();
    } else if (b == 't' || b == 'f') {
      bool();
    } else if (!isNull()) {
      freeNumber();
    }
  }

  /**
   * A string in an extension: as {@link #passString}, and without DEL, which a writer may escape.
   */
  private void freeString() {
    int from = at;
    passString();
    for (int i = from; i < at; i++) {
      if (bytes[i] == 0x7f) {
        throw DECLINED;
      }
    }
  }

  /** Passes a JSON number of at most 100 characters, fraction and exponent allowed. */
  private void freeNumber() {
    int from = at;
    if (peek() == '-') {
      at++;
    }
    int digits = passDigits();
    if (digits == 0 || (digits > 1 && bytes[at - digits] == '0')) {
      throw DECLINED;
    }
    if (at < end && bytes[at] == '.') {
      at++;
      if (passDigits() == 0) {
        throw DECLINED;
      }
    }
    if (at < end && (bytes[at] == 'e' || bytes[at] == 'E')) {
      at++;
      if (at < end && (bytes[at] == '+' || bytes[at] == '-')) {
        at++;
      }
      if (passDigits() == 0) {
        throw DECLINED;
      }
    }
    if (at - from > 100) {
      throw DECLINED;
    }
  }

  private int passDigits() {
    int from = at;
    while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
      at++;
    }
    return at - from;
  }

  /** The bytes {@code [from, to)} of a value passed by {@link #skipFree}, without whitespace. */
  private String compact(int from, int to) {
    byte[] out = new byte[to - from];
    int n = 0;
    boolean inString = false;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '"') {
        inString = !inString; // no escapes: every quote opens or closes a string
      } else if (!inString && (b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
        continue;
      }
      out[n++] = b;
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  // ---- tables ----------------------------------------------------------------------------------

  /** Field names or constant names as ASCII bytes, found by their bytes. */
  private static final class Names {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int size;

    /** An open-addressed table of a power of two slots: each name, its hash and its index. */
    private final byte[][] names;

    private final int[] hashes;
    private final int[] indices;

    /** Each name by its index. */
    private final byte[][] byIndex;

    Names(String... names) {
      this.size = names.length;
      int slots = Integer.highestOneBit(Math.max(1, names.length) * 4);
      this.names = new byte[slots][];
      this.hashes = new int[slots];
      this.indices = new int[slots];
      this.byIndex = new byte[names.length][];
      for (int i = 0; i < names.length; i++) {
        byte[] name = names[i].getBytes(StandardCharsets.US_ASCII);
        byIndex[i] = name;
        int hash = 0;
        for (byte b : name) {
          hash = 31 * hash + b;
        }
        int slot = spread(hash) & (slots - 1);
        while (this.names[slot] != null) {
          slot = (slot + 1) & (slots - 1);
        }
        this.names[slot] = name;
        this.hashes[slot] = hash;
        this.indices[slot] = i;
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 7) ^ (hash >>> 15);
    }

    int size() {
      return size;
    }

    /** The length of the name of index {@code index}. */
    int length(int index) {
      return byIndex[index].length;
    }

    /**
     * Whether the string at {@code bytes[at]} is exactly the name of index {@code index}, quotes
     * included, and that name is within {@code maxLength}.
     */
    boolean isAt(int index, byte[] bytes, int at, int end, int maxLength) {
      byte[] name = byIndex[index];
      int n = name.length;
      return n <= maxLength
          && at + n + 2 <= end
          && bytes[at] == '"'
          && bytes[at + n + 1] == '"'
          && same(name, bytes, at + 1);
    }

    /** The index of the name in {@code bytes[from, to)} of hash {@code hash}, or -1. */
    int find(byte[] bytes, int from, int to, int hash) {
      int mask = names.length - 1;
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        byte[] name = names[slot];
        if (name == null) {
          return -1;
        }
        if (hashes[slot] == hash && name.length == to - from && same(name, bytes, from)) {
          return indices[slot];
        }
      }
    }

    /**
     * Whether {@code bytes} hold {@code name} from {@code from}, compared eight bytes at a time.
     */
    private static boolean same(byte[] name, byte[] bytes, int from) {
      int n = name.length;
      if (from + n > bytes.length) {
        return false;
      }
      int i = 0;
      for (; i + 8 <= n; i += 8) {
        if ((long) LONGS.get(name, i) != (long) LONGS.get(bytes, from + i)) {
          return false;
        }
      }
      for (; i < n; i++) {
        if (name[i] != bytes[from + i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** An enum's constants, found by their exact names. */
  private static final class Constants<E extends Enum<E>> {
    final Class<E> type;
    final E[] values;
    final Names names;

    Constants(Class<E> type) {
      this.type = type;
      this.values = type.getEnumConstants();
      this.names = new Names(Arrays.stream(values).map(Enum::name).toArray(String[]::new));
    }
  }
}
