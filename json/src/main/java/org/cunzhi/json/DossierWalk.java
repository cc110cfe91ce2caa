package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkState;
import static org.cunzhi.json.ObjectCursor.Presence.OPTIONAL;
import static org.cunzhi.json.ObjectCursor.Presence.OPTIONAL_OR_NULL;
import static org.cunzhi.json.ObjectCursor.Presence.REQUIRED;
import static org.cunzhi.json.ObjectCursor.Presence.REQUIRED_OR_NULL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.cunzhi.core.Violation;
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
 * One walk over a parsed dossier: checks every field against DOSSIER-v1, records each problem with
 * its JSON Pointer, and builds model records only from the parts found sound. The elements of the
 * arrays that {@link #SHAPE} streams are read as the {@link TreeParser} parses them ({@link
 * #element}), the rest once the whole tree is parsed ({@link #dossier}). Not thread-safe; a reader
 * makes a new walk for every document.
 */
final class DossierWalk {
  /** The only format this walk reads. */
  static final String FORMAT = "cunzhi.dossier/v1";

  /** The smallest year a dossier may name. */
  static final int MIN_YEAR = 1000;

  /** The largest year a dossier may name. */
  static final int MAX_YEAR = 9999;

  private static final Pattern SURVEY_YEAR = Pattern.compile("[1-9][0-9]{3}");

  private static final ImmutableSet<String> TOP =
      ImmutableSet.of(
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
  private static final ImmutableSet<String> UNIT =
      ImmutableSet.of("code", "name", "kind", "township", "county", "households", "adultResidents");
  private static final ImmutableSet<String> ORGANIZATION =
      ImmutableSet.of("partyBranch", "villagersCommittee", "cadres", "groupLeaders", "association");
  private static final ImmutableSet<String> CADRE =
      ImmutableSet.of("role", "dutiesDefined", "selectedBy");
  private static final ImmutableSet<String> GROUP_LEADERS =
      ImmutableSet.of("count", "dutiesDefined");
  private static final ImmutableSet<String> ASSOCIATION =
      ImmutableSet.of(
          "established",
          "president",
          "fiveEldersVicePresident",
          "secretaryGeneral",
          "councilMembers",
          "groups",
          "members");
  private static final ImmutableSet<String> INSTRUMENT_COMMON =
      ImmutableSet.of("id", "kind", "effective", "legalReview");
  private static final ImmutableSet<String> CHARTER_ONLY =
      ImmutableSet.of("adoption", "publicNotice", "guaranteedRights");
  private static final ImmutableSet<String> CONTRACT_ONLY =
      ImmutableSet.of(
          "households",
          "signedHouseholds",
          "informedVoluntary",
          "villagerObligations",
          "committeeObligations");
  private static final ImmutableSet<String> CHARTER_FIELDS =
      ImmutableSet.<String>builder().addAll(INSTRUMENT_COMMON).addAll(CHARTER_ONLY).build();
  private static final ImmutableSet<String> CONTRACT_FIELDS =
      ImmutableSet.<String>builder().addAll(INSTRUMENT_COMMON).addAll(CONTRACT_ONLY).build();
  private static final ImmutableSet<String> LEGAL_REVIEW = ImmutableSet.of("reviewed", "conflicts");
  private static final ImmutableSet<String> ADOPTION =
      ImmutableSet.of(
          "body",
          "date",
          "eligible",
          "present",
          "householdsRepresented",
          "votesFor",
          "votesAgainst",
          "abstentions");
  private static final ImmutableSet<String> PUBLIC_NOTICE =
      ImmutableSet.of("from", "to", "objectionsUpheld");
  private static final ImmutableSet<String> YEAR =
      ImmutableSet.of(
          "year",
          "population",
          "marriedWomen15to49",
          "contraceptiveUsers",
          "births",
          "awareness",
          "fundingYuan");
  private static final ImmutableSet<String> POPULATION = ImmutableSet.of("start", "end");
  private static final ImmutableSet<String> BIRTHS =
      ImmutableSet.of("total", "policyCompliant", "male", "female");
  private static final ImmutableSet<String> AWARENESS = ImmutableSet.of("surveyed", "aware");
  private static final ImmutableSet<String> INCIDENT =
      ImmutableSet.of("date", "kind", "gestationWeeks", "medicalReason");
  private static final ImmutableSet<String> BENEFITS =
      ImmutableSet.of(
          "rewardsEligible",
          "rewardsGranted",
          "collectiveDistributionViolations",
          "difficultFamilies");
  private static final ImmutableSet<String> DIFFICULT_FAMILIES =
      ImmutableSet.of("identified", "assisted", "improved");
  private static final ImmutableSet<String> ACTIVITY =
      ImmutableSet.of("date", "kind", "occasion", "body");
  private static final ImmutableSet<String> MEETING =
      ImmutableSet.of(
          "date", "body", "familyPlanningOnAgenda", "minutes", "signInSheet", "present");
  private static final ImmutableSet<String> DISCLOSURE = ImmutableSet.of("date", "covers");
  private static final ImmutableSet<String> COMPLAINT =
      ImmutableSet.of(
          "ref", "received", "investigated", "outcomePublished", "escalated", "reporter");
  private static final ImmutableSet<String> APPRAISAL =
      ImmutableSet.of("date", "participantsOfChildbearingAge", "linkedToPay");
  private static final ImmutableSet<String> AUDIT = ImmutableSet.of("date", "kind");
  private static final ImmutableSet<String> YEAR_SURVEYS =
      ImmutableSet.of("satisfaction", "participation");
  private static final ImmutableSet<String> SATISFACTION = ImmutableSet.of("surveyed", "satisfied");
  private static final ImmutableSet<String> PARTICIPATION =
      ImmutableSet.of("surveyed", "participated");
  private static final ImmutableSet<String> INSPECTION =
      ImmutableSet.of("criterion", "finding", "note", "date");
  private static final ImmutableSet<String> SCORECARD = ImmutableSet.of("by", "date", "scores");
  private static final ImmutableSet<String> SCORES =
      Arrays.stream(ScorecardDimension.values())
          .map(Enum::name)
          .collect(ImmutableSet.toImmutableSet());

  /** A sound sub-object and where it sits, for cross-field checks when the whole is unsound. */
  record Part(String pointer, Object value) {}

  /** Reads one element of an array section from its cursor; null when unsound. */
  private interface ElementReader<T> {
    @Nullable T read(ObjectCursor element);
  }

  /**
   * The shape of DOSSIER-v1, for the parser: every field named above, each a string, number,
   * boolean or null unless said otherwise here. A field added above that holds an object or an
   * array must be given its shape here too, and a {@link Shape#stream} its reader in {@code
   * streams}.
   */
  static final Shape SHAPE =
      Shape.object(
          TOP,
          Map.ofEntries(
              Map.entry("unit", Shape.object(UNIT)),
              Map.entry(
                  "organization",
                  Shape.object(
                      ORGANIZATION,
                      Map.of(
                          "cadres", Shape.stream("cadres", Shape.object(CADRE)),
                          "groupLeaders", Shape.object(GROUP_LEADERS),
                          "association", Shape.object(ASSOCIATION)))),
              Map.entry(
                  "instruments",
                  Shape.stream(
                      "instruments",
                      Shape.object(
                          ImmutableSet.<String>builder()
                              .addAll(INSTRUMENT_COMMON)
                              .addAll(CHARTER_ONLY)
                              .addAll(CONTRACT_ONLY)
                              .build(),
                          Map.of(
                              "legalReview",
                              Shape.object(
                                  LEGAL_REVIEW,
                                  Map.of("conflicts", Shape.stream("conflicts", Shape.VALUE))),
                              "adoption",
                              Shape.object(ADOPTION),
                              "publicNotice",
                              Shape.object(PUBLIC_NOTICE),
                              "guaranteedRights",
                              Shape.stream("guaranteedRights", Shape.VALUE))))),
              Map.entry(
                  "years",
                  Shape.stream(
                      "years",
                      Shape.object(
                          YEAR,
                          Map.of(
                              "population", Shape.object(POPULATION),
                              "births", Shape.object(BIRTHS),
                              "awareness", Shape.object(AWARENESS))))),
              Map.entry("incidents", Shape.stream("incidents", Shape.object(INCIDENT))),
              Map.entry(
                  "benefits",
                  Shape.object(
                      BENEFITS, Map.of("difficultFamilies", Shape.object(DIFFICULT_FAMILIES)))),
              Map.entry("activities", Shape.stream("activities", Shape.object(ACTIVITY))),
              Map.entry("meetings", Shape.stream("meetings", Shape.object(MEETING))),
              Map.entry(
                  "disclosures",
                  Shape.stream(
                      "disclosures",
                      Shape.object(
                          DISCLOSURE, Map.of("covers", Shape.stream("covers", Shape.VALUE))))),
              Map.entry(
                  "complaints",
                  Shape.stream(
                      "complaints", Shape.object(COMPLAINT, Map.of("reporter", Shape.REDACTED)))),
              Map.entry("appraisals", Shape.stream("appraisals", Shape.object(APPRAISAL))),
              Map.entry("audits", Shape.stream("audits", Shape.object(AUDIT))),
              Map.entry(
                  "surveys",
                  Shape.keyedBy(
                      Shape.object(
                          YEAR_SURVEYS,
                          Map.of(
                              "satisfaction", Shape.object(SATISFACTION),
                              "participation", Shape.object(PARTICIPATION))))),
              Map.entry("inspection", Shape.stream("inspection", Shape.object(INSPECTION))),
              Map.entry(
                  "scorecards",
                  Shape.stream(
                      "scorecards",
                      Shape.object(SCORECARD, Map.of("scores", Shape.object(SCORES))))),
              Map.entry("extensions", Shape.keyedBy(Shape.FREE))));

  private final Problems problems;
  private final List<Part> parts = new ArrayList<>();
  private final Map<Integer, String> yearsSeen = new HashMap<>();
  private final Map<String, String> idsSeen = new HashMap<>();

  /** What the walk does with each element of a streamed array, as it is parsed. */
  private interface ElementHandler {
    void read(Streamed into, String pointer, JsonNode value);
  }

  /** What the walk keeps of one streamed array until the object holding it is read. */
  private static final class Streamed {
    final List<Object> values = new ArrayList<>();
    final Set<Object> seen = new HashSet<>();
  }

  /** The readers of the streamed arrays of {@link #SHAPE}, by their {@link Shape#name}. */
  private final ImmutableMap<String, ElementHandler> streams =
      ImmutableMap.<String, ElementHandler>builder()
          .put("instruments", elements(this::instrument, true))
          .put("years", elements(this::year, true))
          .put("incidents", elements(this::incident, true))
          .put("activities", elements(this::activity, true))
          .put("meetings", elements(this::meeting, true))
          .put("disclosures", elements(this::disclosure, true))
          .put("complaints", elements(this::complaint, true))
          .put("appraisals", elements(this::appraisal, true))
          .put("audits", elements(this::audit, true))
          .put("inspection", elements(this::inspectionFinding, true))
          .put("scorecards", elements(this::scorecard, true))
          .put("cadres", elements(this::cadre, false))
          .put("covers", constants(DisclosureTopic.class))
          .put("guaranteedRights", constants(EightRights.class))
          .put("conflicts", this::conflict)
          .buildOrThrow();

  /**
   * The streamed arrays begun and not yet taken by the object that holds them, by pointer: only
   * those of the element being read and of the dossier's top, so never many.
   */
  private final NavigableMap<String, Streamed> streamed = new TreeMap<>();

  /**
   * How many problems were found inside each object before its cursor was made (by the parser, or
   * in the streamed arrays it holds), by the object's pointer; only for the element being read and
   * the objects around it, so never many.
   */
  private final Map<String, Integer> earlyProblems = new HashMap<>();

  /** Each extension as compact JSON text, in document order. */
  private final Map<String, String> extensionTexts = new LinkedHashMap<>();

  /** A walk that records its problems in {@code problems}. */
  DossierWalk(Problems problems) {
    this.problems = problems;
  }

  /** How many violations the walk has recorded so far. */
  int violationCount() {
    return problems.size();
  }

  /** Records a violation. */
  void violation(String pointer, String message) {
    problems.add(pointer, message);
  }

  /**
   * Records a violation, building its message only if it will be listed: past the limit on
   * problems, most are only counted.
   */
  void violation(String pointer, Supplier<String> message) {
    if (problems.keeps(pointer)) {
      problems.add(pointer, message.get());
    } else {
      problems.count();
    }
  }

  /**
   * Whether nothing was found wrong inside the object at {@code pointer} before its cursor was
   * made: by the parser, or in the streamed arrays it holds, which are read first.
   */
  boolean soundBeforehand(String pointer) {
    return earlyProblems.isEmpty() || !earlyProblems.containsKey(pointer);
  }

  /**
   * The parser found a problem at {@code pointer} and went on: every object around it is unsound,
   * though its cursor may not exist yet.
   */
  void unsound(String pointer) {
    earlyProblems.merge(pointer, 1, Integer::sum);
    for (String around = pointer; !around.isEmpty(); ) {
      around = around.substring(0, around.lastIndexOf('/'));
      earlyProblems.merge(around, 1, Integer::sum);
    }
  }

  /** The parser has begun the streamed array {@code name} at {@code pointer}. */
  void streamStarted(String name, String pointer) {
    checkState(streams.containsKey(name), "no reader for the streamed array %s", name);
    streamed.put(pointer, new Streamed());
  }

  /** Reads the element {@code index} of the streamed array {@code name} at {@code pointer}. */
  void element(String name, String pointer, int index, JsonNode value) {
    ElementHandler handler = streams.get(name);
    Streamed into = streamed.get(pointer);
    checkState(handler != null && into != null, "no streamed array %s at %s", name, pointer);
    int before = violationCount();
    String at = Violation.child(pointer, index);
    handler.read(into, at, value);
    int found = violationCount() - before;
    if (found > 0) {
      // Every object around the array is unsound now, though its cursor may not exist yet.
      for (String around = pointer; !around.isEmpty(); ) {
        around = around.substring(0, around.lastIndexOf('/'));
        earlyProblems.merge(around, found, Integer::sum);
      }
    }
    // What the element's own walk did not take (it was unsound, or had a field of another kind).
    // In pointer order, the pointers inside the element are those from at + "/" to at + "0"
    // ('0' follows '/'): one range of the map, not a pass over every array begun.
    String inside = at + "/";
    streamed.subMap(inside, true, at + "0", false).clear();
    if (!earlyProblems.isEmpty()) {
      earlyProblems.keySet().removeIf(p -> p.equals(at) || p.startsWith(inside));
    }
  }

  /**
   * The values kept of the streamed array at {@code pointer}, taken; null if it was not streamed.
   */
  private @Nullable Streamed take(String pointer) {
    return streamed.remove(pointer);
  }

  /** A stream of objects, each read by {@code reader}, the sound ones kept. */
  private ElementHandler elements(ElementReader<?> reader, boolean remember) {
    return (into, at, value) -> {
      ObjectCursor element = object(value, at);
      Object read = element == null ? null : reader.read(element);
      if (read != null) {
        into.values.add(read);
        if (remember) {
          parts.add(new Part(at, read));
        }
      }
    };
  }

  /** A stream of distinct enum names. */
  private <E extends Enum<E>> ElementHandler constants(Class<E> type) {
    return (into, at, value) -> {
      E constant = constant(value, at, type);
      if (constant != null) {
        if (into.seen.add(constant)) {
          into.values.add(constant);
        } else {
          duplicateConstant(at, value, type);
        }
      }
    };
  }

  /** An element of {@code legalReview.conflicts}: a string. */
  private void conflict(Streamed into, String at, JsonNode value) {
    if (value == TreeParser.BAD_STRING) {
      return; // reported by the parser
    }
    if (value.isTextual()) {
      into.values.add(value.textValue());
    } else {
      violation(at, () -> ObjectCursor.wrongType(value, ObjectCursor.TEXT));
    }
  }

  /** The extension {@code name}, as compact JSON text. */
  void extension(String name, String json) {
    extensionTexts.put(name, json);
  }

  /** The sound sub-objects read, each with its pointer. */
  ImmutableList<Part> parts() {
    return ImmutableList.copyOf(parts);
  }

  /** Walks the document's root; the dossier when nothing structural is wrong, else null. */
  @Nullable Dossier dossier(JsonNode root) {
    if (!root.isObject()) {
      violation("", ObjectCursor.wrongType(root, "a JSON object"));
      return null;
    }
    ObjectCursor top = new ObjectCursor(this, (ObjectNode) root, "");
    top.allowOnly(TOP);
    format(top);
    Unit unit = section(top, "unit", REQUIRED, this::unit);
    int assessmentYear = top.integer("assessmentYear", MIN_YEAR, MAX_YEAR);
    Sections sections = new Sections();
    sections.usesContracts = top.bool("usesContractManagement", OPTIONAL);
    sections.organization = section(top, "organization", OPTIONAL, this::organization);
    sections.instruments = list(top, "instruments", this::instrument);
    sections.years = list(top, "years", this::year);
    sections.incidents = list(top, "incidents", this::incident);
    sections.benefits = section(top, "benefits", OPTIONAL, this::benefits);
    sections.activities = list(top, "activities", this::activity);
    sections.meetings = list(top, "meetings", this::meeting);
    sections.disclosures = list(top, "disclosures", this::disclosure);
    sections.complaints = list(top, "complaints", this::complaint);
    sections.appraisals = list(top, "appraisals", this::appraisal);
    sections.audits = list(top, "audits", this::audit);
    sections.surveys = surveys(top);
    sections.privacyBreaches = top.integer("privacyBreaches", OPTIONAL, 0, Integer.MAX_VALUE);
    sections.unlawfulFees = top.integer("unlawfulFeesOrFines", OPTIONAL, 0, Integer.MAX_VALUE);
    sections.inspection = list(top, "inspection", this::inspectionFinding);
    sections.scorecards = list(top, "scorecards", this::scorecard);
    sections.extensions = extensions(top);
    if (!top.isSound() || unit == null) {
      return null;
    }
    return sections.build(unit, assessmentYear);
  }

  private void format(ObjectCursor top) {
    String expected = JsonValues.quote(FORMAT);
    JsonNode format = top.take("format", REQUIRED, expected);
    if (format == null) {
      return;
    }
    if (!format.isTextual()) {
      violation(top.pointer("format"), ObjectCursor.wrongType(format, expected));
    } else if (!format.textValue().equals(FORMAT)) {
      violation(
          top.pointer("format"),
          "unsupported format (" + JsonValues.show(format) + ") — expected " + expected);
    }
  }

  // ---- shared shapes ---------------------------------------------------------------------------

  /** An object section or sub-object, read and remembered as a part when sound. */
  private <T> @Nullable T section(
      ObjectCursor parent, String field, ObjectCursor.Presence presence, ElementReader<T> reader) {
    ObjectCursor cursor = parent.object(field, presence);
    if (cursor == null) {
      return null;
    }
    T value = reader.read(cursor);
    if (value != null) {
      parts.add(new Part(cursor.pointer(), value));
    }
    return value;
  }

  /** An optional array section of objects; null when absent or not an array. */
  private <T> @Nullable List<T> list(ObjectCursor parent, String field, ElementReader<T> reader) {
    ArrayNode array = parent.array(field, OPTIONAL);
    return array == null ? null : elements(array, parent.pointer(field), reader, true);
  }

  @SuppressWarnings("unchecked") // each stream's reader gives the type its caller asks for
  private <T> List<T> elements(
      ArrayNode array, String pointer, ElementReader<T> reader, boolean remember) {
    Streamed read = take(pointer);
    if (read != null) {
      return (List<T>) read.values;
    }
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = Violation.child(pointer, i);
      ObjectCursor element = object(array.get(i), at);
      T value = element == null ? null : reader.read(element);
      if (value != null) {
        values.add(value);
        if (remember) {
          parts.add(new Part(at, value));
        }
      }
    }
    return values;
  }

  /** {@code value} as an object cursor, or null after recording a wrong-type violation. */
  @Nullable ObjectCursor object(JsonNode value, String pointer) {
    if (value == TreeParser.BAD_STRING) {
      return null; // reported by the parser
    }
    if (!value.isObject()) {
      violation(pointer, () -> ObjectCursor.wrongType(value, ObjectCursor.OBJECT));
      return null;
    }
    return new ObjectCursor(this, (ObjectNode) value, pointer);
  }

  /** {@code value} as a date yyyy-MM-dd, or null after recording why not. */
  @Nullable LocalDate date(JsonNode value, String pointer) {
    if (value == TreeParser.BAD_STRING) {
      return null; // reported by the parser
    }
    if (!value.isTextual()) {
      violation(pointer, () -> ObjectCursor.wrongType(value, ObjectCursor.DATE));
      return null;
    }
    LocalDate date = ObjectCursor.parseDate(value.textValue());
    if (date == null) {
      violation(
          pointer,
          () ->
              "not a valid date (" + JsonValues.show(value) + ") — expected " + ObjectCursor.DATE);
    }
    return date;
  }

  /** {@code value} as the enum constant of exactly that name, or null after recording why not. */
  <E extends Enum<E>> @Nullable E constant(JsonNode value, String pointer, Class<E> type) {
    if (value == TreeParser.BAD_STRING) {
      return null; // reported by the parser
    }
    if (!value.isTextual()) {
      violation(pointer, () -> ObjectCursor.wrongType(value, ObjectCursor.oneOf(type)));
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.textValue())) {
        return constant;
      }
    }
    violation(
        pointer,
        () ->
            "unknown value ("
                + JsonValues.show(value)
                + ") — expected "
                + ObjectCursor.oneOf(type));
    return null;
  }

  /** A required array of distinct enum names; empty when wrong. */
  private <E extends Enum<E>> Set<E> constants(ObjectCursor parent, String field, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    ArrayNode array = parent.array(field, REQUIRED);
    if (array == null) {
      return values;
    }
    Streamed read = take(parent.pointer(field));
    if (read != null) {
      read.values.forEach(v -> values.add(type.cast(v)));
      return values;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = Violation.child(parent.pointer(field), i);
      E value = constant(array.get(i), at, type);
      if (value != null && !values.add(value)) {
        duplicateConstant(at, array.get(i), type);
      }
    }
    return values;
  }

  private <E extends Enum<E>> void duplicateConstant(String at, JsonNode value, Class<E> type) {
    violation(
        at,
        () ->
            "duplicate value ("
                + JsonValues.show(value)
                + ") — expected each of "
                + ObjectCursor.oneOf(type).substring("one of ".length())
                + " at most once");
  }

  // ---- unit and organization -------------------------------------------------------------------

  private @Nullable Unit unit(ObjectCursor c) {
    c.allowOnly(UNIT);
    String code = c.text("code", true);
    if (!code.isEmpty() && !DivisionCode.isWellFormed(code)) {
      violation(
          c.pointer("code"),
          "not a division code (" + JsonValues.quote(code) + ") — expected 12 ASCII digits");
    }
    String name = c.text("name", true);
    UnitKind kind = c.constant("kind", UnitKind.class);
    String township = c.text("township", OPTIONAL, false);
    String county = c.text("county", OPTIONAL, false);
    Integer households = c.integer("households", OPTIONAL, 1, Integer.MAX_VALUE);
    Integer adults = c.integer("adultResidents", OPTIONAL, 1, Integer.MAX_VALUE);
    return c.isSound()
        ? new Unit(DivisionCode.parse(code), name, kind, township, county, households, adults)
        : null;
  }

  private @Nullable Organization organization(ObjectCursor c) {
    c.allowOnly(ORGANIZATION);
    boolean partyBranch = c.bool("partyBranch");
    boolean committee = c.bool("villagersCommittee");
    ArrayNode cadreArray = c.array("cadres", REQUIRED);
    List<Cadre> cadres =
        cadreArray == null
            ? List.of()
            : elements(cadreArray, c.pointer("cadres"), this::cadre, false);
    ObjectCursor leadersCursor = c.object("groupLeaders", REQUIRED);
    GroupLeaders leaders = leadersCursor == null ? null : groupLeaders(leadersCursor);
    ObjectCursor associationCursor = c.object("association", REQUIRED_OR_NULL);
    Association association = associationCursor == null ? null : association(associationCursor);
    return c.isSound() && leaders != null
        ? new Organization(partyBranch, committee, cadres, leaders, association)
        : null;
  }

  private @Nullable Cadre cadre(ObjectCursor c) {
    c.allowOnly(CADRE);
    CadreRole role = c.constant("role", CadreRole.class);
    boolean duties = c.bool("dutiesDefined");
    CadreSelection selectedBy = c.constant("selectedBy", OPTIONAL, CadreSelection.class);
    return c.isSound() ? new Cadre(role, duties, selectedBy) : null;
  }

  private @Nullable GroupLeaders groupLeaders(ObjectCursor c) {
    c.allowOnly(GROUP_LEADERS);
    int count = c.count("count");
    boolean duties = c.bool("dutiesDefined");
    return c.isSound() ? new GroupLeaders(count, duties) : null;
  }

  private @Nullable Association association(ObjectCursor c) {
    c.allowOnly(ASSOCIATION);
    LocalDate established = c.date("established");
    PresidentKind president = c.constant("president", PresidentKind.class);
    boolean fiveElders = c.bool("fiveEldersVicePresident");
    SecretaryGeneralKind secretary = c.constant("secretaryGeneral", SecretaryGeneralKind.class);
    int council = c.count("councilMembers");
    int groups = c.count("groups");
    int members = c.count("members");
    return c.isSound()
        ? new Association(established, president, fiveElders, secretary, council, groups, members)
        : null;
  }

  // ---- instruments -----------------------------------------------------------------------------

  private @Nullable Instrument instrument(ObjectCursor c) {
    InstrumentKind kind = c.constant("kind", REQUIRED, InstrumentKind.class);
    boolean contract = kind == InstrumentKind.FAMILY_PLANNING_CONTRACT;
    boolean charter = kind != null && !contract;
    Iterator<String> names = c.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      boolean charterField = CHARTER_ONLY.contains(name);
      boolean contractField = CONTRACT_ONLY.contains(name);
      if (charterField && contract) {
        violation(
            c.pointer(name),
            () ->
                "field of a charter or covenant, not of a "
                    + kind
                    + " — expected only "
                    + String.join(", ", CONTRACT_FIELDS));
      } else if (contractField && charter) {
        violation(
            c.pointer(name),
            () ->
                "field of a contract, not of a "
                    + kind
                    + " — expected only "
                    + String.join(", ", CHARTER_FIELDS));
      } else if (!charterField && !contractField && !INSTRUMENT_COMMON.contains(name)) {
        violation(
            c.pointer(name),
            () ->
                "unknown field — expected only "
                    + (charter
                        ? String.join(", ", CHARTER_FIELDS)
                        : contract
                            ? String.join(", ", CONTRACT_FIELDS)
                            : String.join(", ", INSTRUMENT_COMMON)
                                + " and the fields of its kind"));
      }
    }
    String id = c.text("id", REQUIRED, true);
    if (id != null) {
      String first = idsSeen.putIfAbsent(id, c.pointer("id"));
      if (first != null) {
        violation(
            c.pointer("id"),
            "duplicate id ("
                + JsonValues.quote(id)
                + ") — expected ids unique in the dossier, first used at "
                + first);
      }
    }
    LocalDate effective = c.date("effective", OPTIONAL_OR_NULL);
    ObjectCursor reviewCursor = c.object("legalReview", REQUIRED);
    LegalReview review = reviewCursor == null ? null : legalReview(reviewCursor);
    if (contract) {
      int households = c.count("households");
      int signed = c.count("signedHouseholds");
      boolean informed = c.bool("informedVoluntary");
      int villagerObligations = c.count("villagerObligations");
      int committeeObligations = c.count("committeeObligations");
      return c.isSound() && id != null && review != null
          ? new Contract(
              id,
              InstrumentKind.FAMILY_PLANNING_CONTRACT,
              effective,
              households,
              signed,
              informed,
              villagerObligations,
              committeeObligations,
              review)
          : null;
    }
    ObjectCursor.Presence charterPresence = charter ? REQUIRED : OPTIONAL;
    ObjectCursor adoptionCursor = c.object("adoption", charterPresence);
    Adoption adoption = adoptionCursor == null ? null : adoption(adoptionCursor);
    ObjectCursor noticeCursor = c.object("publicNotice", charterPresence);
    PublicNotice notice = noticeCursor == null ? null : publicNotice(noticeCursor);
    Set<EightRights> rights =
        charter || c.has("guaranteedRights")
            ? constants(c, "guaranteedRights", EightRights.class)
            : Set.of();
    if (kind == null) {
      // The kind is missing or unknown (already reported): type-check what a contract would have.
      c.integer("households", OPTIONAL, 0, Integer.MAX_VALUE);
      c.integer("signedHouseholds", OPTIONAL, 0, Integer.MAX_VALUE);
      c.bool("informedVoluntary", OPTIONAL);
      c.integer("villagerObligations", OPTIONAL, 0, Integer.MAX_VALUE);
      c.integer("committeeObligations", OPTIONAL, 0, Integer.MAX_VALUE);
      return null;
    }
    return c.isSound() && id != null && adoption != null && notice != null && review != null
        ? new Charter(id, kind, effective, adoption, notice, rights, review)
        : null;
  }

  private @Nullable LegalReview legalReview(ObjectCursor c) {
    c.allowOnly(LEGAL_REVIEW);
    boolean reviewed = c.bool("reviewed");
    List<String> conflicts = new ArrayList<>();
    ArrayNode array = c.array("conflicts", REQUIRED);
    Streamed read = array == null ? null : take(c.pointer("conflicts"));
    if (read != null) {
      read.values.forEach(v -> conflicts.add((String) v));
    } else if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode conflict = array.get(i);
        if (conflict.isTextual()) {
          conflicts.add(conflict.textValue());
        } else {
          violation(
              Violation.child(c.pointer("conflicts"), i),
              ObjectCursor.wrongType(conflict, ObjectCursor.TEXT));
        }
      }
    }
    return c.isSound() ? new LegalReview(reviewed, conflicts) : null;
  }

  private @Nullable Adoption adoption(ObjectCursor c) {
    c.allowOnly(ADOPTION);
    AdoptionBody body = c.constant("body", AdoptionBody.class);
    LocalDate date = c.date("date");
    int eligible = c.count("eligible");
    int present = c.count("present");
    Integer households = c.integer("householdsRepresented", OPTIONAL_OR_NULL, 0, Integer.MAX_VALUE);
    int votesFor = c.count("votesFor");
    int votesAgainst = c.count("votesAgainst");
    int abstentions = c.count("abstentions");
    return c.isSound()
        ? new Adoption(
            body, date, eligible, present, households, votesFor, votesAgainst, abstentions)
        : null;
  }

  private @Nullable PublicNotice publicNotice(ObjectCursor c) {
    c.allowOnly(PUBLIC_NOTICE);
    LocalDate from = c.date("from");
    LocalDate to = c.date("to");
    int objections = c.count("objectionsUpheld");
    return c.isSound() ? new PublicNotice(from, to, objections) : null;
  }

  // ---- years -----------------------------------------------------------------------------------

  private @Nullable YearStatistics year(ObjectCursor c) {
    c.allowOnly(YEAR);
    Integer year = c.integer("year", REQUIRED, MIN_YEAR, MAX_YEAR);
    if (year != null) {
      String first = yearsSeen.putIfAbsent(year, c.pointer("year"));
      if (first != null) {
        violation(
            c.pointer("year"),
            "duplicate year ("
                + year
                + ") — expected one record a year, and "
                + first
                + " already has it");
      }
    }
    ObjectCursor populationCursor = c.object("population", REQUIRED);
    Population population = populationCursor == null ? null : population(populationCursor);
    int married = c.count("marriedWomen15to49");
    int users = c.count("contraceptiveUsers");
    ObjectCursor birthsCursor = c.object("births", REQUIRED);
    Births births = birthsCursor == null ? null : births(birthsCursor);
    ObjectCursor awarenessCursor = c.object("awareness", OPTIONAL);
    Awareness awareness = awarenessCursor == null ? null : awareness(awarenessCursor);
    Long funding = c.longInteger("fundingYuan", OPTIONAL, 0, Long.MAX_VALUE);
    return c.isSound() && year != null && population != null && births != null
        ? new YearStatistics(year, population, married, users, births, awareness, funding)
        : null;
  }

  private @Nullable Population population(ObjectCursor c) {
    c.allowOnly(POPULATION);
    int start = c.count("start");
    int end = c.count("end");
    return c.isSound() ? new Population(start, end) : null;
  }

  private @Nullable Births births(ObjectCursor c) {
    c.allowOnly(BIRTHS);
    int total = c.count("total");
    int compliant = c.count("policyCompliant");
    int male = c.count("male");
    int female = c.count("female");
    return c.isSound() ? new Births(total, compliant, male, female) : null;
  }

  private @Nullable Awareness awareness(ObjectCursor c) {
    c.allowOnly(AWARENESS);
    int surveyed = c.count("surveyed");
    int aware = c.count("aware");
    return c.isSound() ? new Awareness(surveyed, aware) : null;
  }

  // ---- events ----------------------------------------------------------------------------------

  private @Nullable Incident incident(ObjectCursor c) {
    c.allowOnly(INCIDENT);
    LocalDate date = c.date("date");
    IncidentKind kind = c.constant("kind", REQUIRED, IncidentKind.class);
    boolean abortion =
        kind == IncidentKind.INDUCED_ABORTION || kind == IncidentKind.SEX_SELECTIVE_ABORTION;
    Integer weeks = null;
    Boolean medical = null;
    if (abortion || kind == null) {
      ObjectCursor.Presence presence = abortion ? REQUIRED : OPTIONAL;
      weeks = c.integer("gestationWeeks", presence, 0, Integer.MAX_VALUE);
      medical = c.bool("medicalReason", presence);
    } else {
      for (String field : List.of("gestationWeeks", "medicalReason")) {
        if (c.has(field)) {
          violation(
              c.pointer(field),
              "field only for SEX_SELECTIVE_ABORTION and INDUCED_ABORTION — expected no "
                  + field
                  + " for "
                  + kind);
        }
      }
    }
    return c.isSound() && kind != null ? new Incident(date, kind, weeks, medical) : null;
  }

  private @Nullable Activity activity(ObjectCursor c) {
    c.allowOnly(ACTIVITY);
    LocalDate date = c.date("date");
    ActivityKind kind = c.constant("kind", ActivityKind.class);
    Occasion occasion = c.constant("occasion", OPTIONAL_OR_NULL, Occasion.class);
    ActivityBody body = c.constant("body", ActivityBody.class);
    return c.isSound() ? new Activity(date, kind, occasion, body) : null;
  }

  private @Nullable Meeting meeting(ObjectCursor c) {
    c.allowOnly(MEETING);
    LocalDate date = c.date("date");
    MeetingBody body = c.constant("body", MeetingBody.class);
    boolean agenda = c.bool("familyPlanningOnAgenda");
    boolean minutes = c.bool("minutes");
    boolean signIn = c.bool("signInSheet");
    int present = c.count("present");
    return c.isSound() ? new Meeting(date, body, agenda, minutes, signIn, present) : null;
  }

  private @Nullable Disclosure disclosure(ObjectCursor c) {
    c.allowOnly(DISCLOSURE);
    LocalDate date = c.date("date");
    Set<DisclosureTopic> covers = constants(c, "covers", DisclosureTopic.class);
    return c.isSound() ? new Disclosure(date, covers) : null;
  }

  /**
   * A complaint. Its {@code reporter} may hold a name or a phone number (DOMAIN S-6): the walk
   * looks only at its JSON type and whether it has members, never at its content, and no message
   * shows anything from inside it.
   */
  private @Nullable Complaint complaint(ObjectCursor c) {
    c.allowOnly(COMPLAINT);
    String ref = c.text("ref", true);
    LocalDate received = c.date("received");
    LocalDate investigated = c.date("investigated", OPTIONAL_OR_NULL);
    LocalDate published = c.date("outcomePublished", OPTIONAL_OR_NULL);
    boolean escalated = c.bool("escalated");
    Reporter reporter = Reporter.anonymous();
    JsonNode raw = c.raw("reporter");
    if (raw != null) {
      if (raw.isObject()) {
        reporter = raw.isEmpty() ? Reporter.anonymous() : Reporter.named();
      } else {
        violation(
            c.pointer("reporter"),
            "wrong type (" + JsonValues.typeName(raw) + ") — expected an object");
      }
    }
    return c.isSound()
        ? new Complaint(ref, received, investigated, published, escalated, reporter)
        : null;
  }

  private @Nullable Appraisal appraisal(ObjectCursor c) {
    c.allowOnly(APPRAISAL);
    LocalDate date = c.date("date");
    int participants = c.count("participantsOfChildbearingAge");
    boolean linked = c.bool("linkedToPay");
    return c.isSound() ? new Appraisal(date, participants, linked) : null;
  }

  private @Nullable Audit audit(ObjectCursor c) {
    c.allowOnly(AUDIT);
    LocalDate date = c.date("date");
    AuditKind kind = c.constant("kind", AuditKind.class);
    return c.isSound() ? new Audit(date, kind) : null;
  }

  private @Nullable InspectionFinding inspectionFinding(ObjectCursor c) {
    c.allowOnly(INSPECTION);
    String criterion = c.text("criterion", true);
    Finding finding = c.constant("finding", Finding.class);
    String note = c.text("note", false);
    LocalDate date = c.date("date");
    return c.isSound() ? new InspectionFinding(criterion, finding, note, date) : null;
  }

  /**
   * A scorecard (DOMAIN CV-D4): who, when, and a whole percentage for each dimension it scores; a
   * dimension left out is missing evidence, so none is required, and each appears at most once (a
   * repeated key is the parser's to report).
   */
  private @Nullable Scorecard scorecard(ObjectCursor c) {
    c.allowOnly(SCORECARD);
    ScorecardKind by = c.constant("by", ScorecardKind.class);
    LocalDate date = c.date("date");
    ObjectCursor scoresCursor = c.object("scores", REQUIRED);
    Map<ScorecardDimension, Integer> scores = scoresCursor == null ? null : scores(scoresCursor);
    return c.isSound() && scores != null ? new Scorecard(by, date, scores) : null;
  }

  private @Nullable Map<ScorecardDimension, Integer> scores(ObjectCursor c) {
    c.allowOnly(SCORES);
    Map<ScorecardDimension, Integer> scores = new EnumMap<>(ScorecardDimension.class);
    for (ScorecardDimension dimension : ScorecardDimension.values()) {
      Integer score =
          c.integer(dimension.name(), OPTIONAL, Scorecard.MIN_SCORE, Scorecard.MAX_SCORE);
      if (score != null) {
        scores.put(dimension, score);
      }
    }
    return c.isSound() ? scores : null;
  }

  // ---- benefits --------------------------------------------------------------------------------

  private @Nullable Benefits benefits(ObjectCursor c) {
    c.allowOnly(BENEFITS);
    int eligible = c.count("rewardsEligible");
    int granted = c.count("rewardsGranted");
    int distribution = c.count("collectiveDistributionViolations");
    ObjectCursor familiesCursor = c.object("difficultFamilies", REQUIRED);
    DifficultFamilies families = familiesCursor == null ? null : difficultFamilies(familiesCursor);
    return c.isSound() && families != null
        ? new Benefits(eligible, granted, distribution, families)
        : null;
  }

  private @Nullable DifficultFamilies difficultFamilies(ObjectCursor c) {
    c.allowOnly(DIFFICULT_FAMILIES);
    int identified = c.count("identified");
    int assisted = c.count("assisted");
    int improved = c.count("improved");
    return c.isSound() ? new DifficultFamilies(identified, assisted, improved) : null;
  }

  // ---- surveys and extensions ------------------------------------------------------------------

  private @Nullable Map<Integer, Surveys> surveys(ObjectCursor top) {
    ObjectCursor c = top.object("surveys", OPTIONAL);
    if (c == null) {
      return null;
    }
    Map<Integer, Surveys> surveys = new TreeMap<>();
    Iterator<String> keys = c.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String at = c.pointer(key);
      JsonNode value = c.raw(key);
      if (!SURVEY_YEAR.matcher(key).matches()) {
        violation(
            at,
            "not a year ("
                + JsonValues.quote(key)
                + ") — expected a key of four digits, e.g. 2025");
      } else if (value != null) {
        ObjectCursor year = object(value, at);
        Surveys entry = year == null ? null : yearSurveys(year);
        if (entry != null) {
          surveys.put(Integer.parseInt(key), entry);
          parts.add(new Part(at, entry));
        }
      }
    }
    return surveys;
  }

  private @Nullable Surveys yearSurveys(ObjectCursor c) {
    c.allowOnly(YEAR_SURVEYS);
    ObjectCursor satisfactionCursor = c.object("satisfaction", OPTIONAL);
    Satisfaction satisfaction = null;
    if (satisfactionCursor != null) {
      satisfactionCursor.allowOnly(SATISFACTION);
      int surveyed = satisfactionCursor.count("surveyed");
      int satisfied = satisfactionCursor.count("satisfied");
      satisfaction = satisfactionCursor.isSound() ? new Satisfaction(surveyed, satisfied) : null;
    }
    ObjectCursor participationCursor = c.object("participation", OPTIONAL);
    Participation participation = null;
    if (participationCursor != null) {
      participationCursor.allowOnly(PARTICIPATION);
      int surveyed = participationCursor.count("surveyed");
      int participated = participationCursor.count("participated");
      participation =
          participationCursor.isSound() ? new Participation(surveyed, participated) : null;
    }
    return c.isSound() ? new Surveys(satisfaction, participation) : null;
  }

  /**
   * Extensions: any JSON under each key, kept as compact JSON text, as the parser copied it (or,
   * for a tree not from the parser, as the tree writes it).
   */
  private @Nullable Map<String, String> extensions(ObjectCursor top) {
    ObjectCursor c = top.object("extensions", OPTIONAL);
    if (c == null) {
      return null;
    }
    Map<String, String> extensions = new LinkedHashMap<>();
    Iterator<String> keys = c.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String copied = extensionTexts.get(key);
      JsonNode value = c.raw(key);
      if (copied != null) {
        extensions.put(key, copied);
      } else if (value != null) {
        extensions.put(key, value.toString());
      }
    }
    return extensions;
  }
}
