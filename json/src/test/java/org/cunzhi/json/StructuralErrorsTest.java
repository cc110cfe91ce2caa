package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Occasion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of structural error, with its exact pointer and message, on a mutated taizi. */
class StructuralErrorsTest {
  private static final String COUNT = "an integer from 0 to 2147483647";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final DossierReader reader = DossierReader.create();

  /** The violations of taizi after {@code change}. */
  private List<Violation> violations(Consumer<ObjectNode> change) {
    ObjectNode doc = Samples.tree(Samples.TAIZI);
    change.accept(doc);
    return reader.tryRead(Samples.write(doc)).violations();
  }

  /** Taizi after {@code change}, read without violations. */
  private Dossier read(Consumer<ObjectNode> change) {
    ObjectNode doc = Samples.tree(Samples.TAIZI);
    change.accept(doc);
    ReadResult result = reader.tryRead(Samples.write(doc));
    assertThat(result.violations()).isEmpty();
    return result.orElseThrow();
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static ArrayNode array(ObjectNode doc, String pointer) {
    return (ArrayNode) doc.at(pointer);
  }

  @Test
  void read_unchangedTaizi_hasNoViolation() {
    assertThat(violations(doc -> {})).isEmpty();
  }

  // ---- format, unknown and missing fields ---------------------------------------------------

  @Test
  void format_other_isRejected() {
    assertThat(violations(doc -> doc.put("format", "cunzhi.dossier/v2")))
        .containsExactly(
            new Violation(
                "/format",
                "unsupported format (\"cunzhi.dossier/v2\") — expected \"cunzhi.dossier/v1\""));
  }

  @Test
  void format_missing_isRejected() {
    assertThat(violations(doc -> doc.remove("format")))
        .containsExactly(
            new Violation("/format", "required field is missing — expected \"cunzhi.dossier/v1\""));
  }

  @Test
  void format_notAString_isRejected() {
    assertThat(violations(doc -> doc.put("format", 1)))
        .containsExactly(
            new Violation("/format", "wrong type (1) — expected \"cunzhi.dossier/v1\""));
  }

  @Test
  void unknownField_atTop_isRejected() {
    List<Violation> found = violations(doc -> doc.put("asessmentYear", 2025));

    assertThat(found).extracting(Violation::pointer).containsExactly("/asessmentYear");
    assertThat(found.get(0).message())
        .startsWith("unknown field — expected only format, unit, assessmentYear,");
  }

  @Test
  void unknownField_deepInside_isRejectedWithEscapedPointer() {
    assertThat(violations(doc -> at(doc, "/years/1/births").put("still/born~", 0)))
        .extracting(Violation::pointer)
        .containsExactly("/years/1/births/still~1born~0");
  }

  @Test
  void unknownField_underExtensions_isKeptAsJsonText() {
    Dossier d =
        read(
            doc ->
                doc.putObject("extensions")
                    .put("tianjin.extra", "x")
                    .putNull("nothing")
                    .putObject("nested")
                    .put("anything", 1.5)
                    .putArray("list")
                    .add(1)
                    .add("二"));

    assertThat(d.extensions())
        .containsEntry("tianjin.extra", "\"x\"")
        .containsEntry("nothing", "null")
        .containsEntry("nested", "{\"anything\":1.5,\"list\":[1,\"二\"]}");
  }

  @Test
  void extensions_notAnObject_isRejected() {
    assertThat(violations(doc -> doc.putArray("extensions")))
        .containsExactly(
            new Violation("/extensions", "wrong type (an array) — expected an object"));
  }

  @Test
  void required_missingInUnit_isRejected() {
    assertThat(violations(doc -> at(doc, "/unit").remove("code")))
        .containsExactly(
            new Violation("/unit/code", "required field is missing — expected a non-empty string"));
  }

  @Test
  void required_missingInYear_isRejected() {
    assertThat(violations(doc -> at(doc, "/years/0").remove(List.of("births", "population"))))
        .containsExactly(
            new Violation("/years/0/births", "required field is missing — expected an object"),
            new Violation("/years/0/population", "required field is missing — expected an object"));
  }

  @Test
  void required_associationMissing_isRejectedButNullIsRead() {
    assertThat(violations(doc -> at(doc, "/organization").remove("association")))
        .containsExactly(
            new Violation(
                "/organization/association", "required field is missing — expected an object"));
    Dossier d = read(doc -> at(doc, "/organization").putNull("association"));
    assertThat(d.organization()).isNotNull();
  }

  @Test
  void optional_sectionsAndFieldsAbsent_areRead() {
    Dossier d =
        read(
            doc -> {
              doc.remove(List.of("organization", "benefits", "surveys", "inspection"));
              at(doc, "/years/2").remove(List.of("awareness", "fundingYuan"));
              at(doc, "/instruments/0").remove("effective");
              at(doc, "/instruments/0/adoption").remove("householdsRepresented");
              at(doc, "/activities/0").remove("occasion");
              at(doc, "/complaints/0").remove(List.of("investigated", "outcomePublished"));
              at(doc, "/unit").remove(List.of("township", "county", "households"));
            });

    assertThat(d.organization()).isNull();
    assertThat(d.instruments().get(0).effective()).isNull();
    assertThat(d.complaints().get(0).investigated()).isNull();
  }

  @Test
  void nullables_explicitNull_areRead() {
    Dossier d =
        read(
            doc -> {
              at(doc, "/instruments/1").putNull("effective");
              at(doc, "/activities/1").putNull("occasion");
              at(doc, "/complaints/0").putNull("outcomePublished");
            });

    assertThat(d.instruments().get(1).effective()).isNull();
    assertThat(d.activities().get(1).occasion()).isNull();
    assertThat(d.complaints().get(0).outcomePublished()).isNull();
  }

  @Test
  void null_whereNotAllowed_isRejected() {
    assertThat(
            violations(
                doc -> {
                  doc.putNull("usesContractManagement");
                  doc.putNull("years");
                  at(doc, "/unit").putNull("households");
                  at(doc, "/organization/cadres/0").putNull("selectedBy");
                  at(doc, "/meetings/0").putNull("present");
                }))
        .containsExactly(
            new Violation("/meetings/0/present", "null is not allowed here — expected " + COUNT),
            new Violation(
                "/organization/cadres/0/selectedBy",
                "null is not allowed here — expected one of ELECTION, APPOINTMENT"),
            new Violation(
                "/unit/households",
                "null is not allowed here — expected an integer from 1 to 2147483647"),
            new Violation(
                "/usesContractManagement", "null is not allowed here — expected true or false"),
            new Violation("/years", "null is not allowed here — expected an array"));
  }

  // ---- numbers ------------------------------------------------------------------------------

  @Test
  void number_asString_isRejected() {
    assertThat(violations(doc -> at(doc, "/years/1/births").put("total", "13")))
        .containsExactly(
            new Violation("/years/1/births/total", "wrong type (\"13\") — expected " + COUNT));
  }

  @Test
  void number_withZeroFraction_isRejected() {
    assertThat(violations(doc -> at(doc, "/years/1/births").put("total", new BigDecimal("13.0"))))
        .containsExactly(
            new Violation("/years/1/births/total", "not an integer (13.0) — expected " + COUNT));
  }

  @Test
  void number_withFraction_isRejected() {
    assertThat(violations(doc -> at(doc, "/benefits").put("rewardsGranted", 3.5)))
        .containsExactly(
            new Violation("/benefits/rewardsGranted", "not an integer (3.5) — expected " + COUNT));
  }

  @Test
  void number_withExponent_isRejected() {
    String text =
        Samples.text(Samples.TAIZI).replace("\"rewardsGranted\": 46", "\"rewardsGranted\": 4.6e1");

    assertThat(reader.tryRead(text).violations())
        .extracting(Violation::pointer)
        .containsExactly("/benefits/rewardsGranted");
  }

  @Test
  void count_negative_isRejected() {
    assertThat(violations(doc -> at(doc, "/years/0").put("marriedWomen15to49", -1)))
        .containsExactly(
            new Violation("/years/0/marriedWomen15to49", "out of range (-1) — expected " + COUNT));
  }

  @Test
  void count_zero_isRead() {
    assertThat(read(doc -> at(doc, "/benefits").put("collectiveDistributionViolations", 0)))
        .isNotNull();
  }

  @Test
  void count_atIntMax_isReadAndOneMoreIsRejected() {
    Dossier d = read(doc -> at(doc, "/meetings/0").put("present", Integer.MAX_VALUE));
    assertThat(d.meetings().get(0).present()).isEqualTo(Integer.MAX_VALUE);

    assertThat(violations(doc -> at(doc, "/meetings/0").put("present", Integer.MAX_VALUE + 1L)))
        .containsExactly(
            new Violation("/meetings/0/present", "out of range (2147483648) — expected " + COUNT));
  }

  @Test
  void households_one_isReadAndZeroIsRejected() {
    assertThat(read(doc -> at(doc, "/unit").put("households", 1)).unit().households()).isEqualTo(1);
    assertThat(violations(doc -> at(doc, "/unit").put("adultResidents", 0)))
        .containsExactly(
            new Violation(
                "/unit/adultResidents",
                "out of range (0) — expected an integer from 1 to 2147483647"));
  }

  @Test
  void fundingYuan_atLongMax_isReadAndOneMoreIsRejected() {
    Dossier d = read(doc -> at(doc, "/years/0").put("fundingYuan", Long.MAX_VALUE));
    assertThat(d.years().get(0).fundingYuan()).isEqualTo(Long.MAX_VALUE);

    BigInteger tooMuch = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    assertThat(violations(doc -> at(doc, "/years/0").put("fundingYuan", tooMuch)))
        .containsExactly(
            new Violation(
                "/years/0/fundingYuan",
                "out of range (9223372036854775808) — expected an integer from 0 to "
                    + Long.MAX_VALUE));
    assertThat(violations(doc -> at(doc, "/years/0").put("fundingYuan", -1)))
        .extracting(Violation::pointer)
        .containsExactly("/years/0/fundingYuan");
  }

  @Test
  void assessmentYear_bounds() {
    assertThat(read(doc -> doc.put("assessmentYear", 1000)).assessmentYear()).isEqualTo(1000);
    assertThat(read(doc -> doc.put("assessmentYear", 9999)).assessmentYear()).isEqualTo(9999);
    assertThat(violations(doc -> doc.put("assessmentYear", 999)))
        .containsExactly(
            new Violation(
                "/assessmentYear", "out of range (999) — expected an integer from 1000 to 9999"));
    assertThat(violations(doc -> doc.put("assessmentYear", 10000)))
        .extracting(Violation::pointer)
        .containsExactly("/assessmentYear");
  }

  // ---- booleans, strings, enums, dates ------------------------------------------------------

  @Test
  void boolean_asString_isRejected() {
    assertThat(violations(doc -> doc.put("usesContractManagement", "true")))
        .containsExactly(
            new Violation(
                "/usesContractManagement", "wrong type (\"true\") — expected true or false"));
  }

  @Test
  void boolean_asNumber_isRejected() {
    assertThat(violations(doc -> at(doc, "/meetings/3").put("minutes", 1)))
        .containsExactly(
            new Violation("/meetings/3/minutes", "wrong type (1) — expected true or false"));
  }

  @Test
  void string_empty_isRejected() {
    assertThat(violations(doc -> at(doc, "/unit").put("name", "")))
        .containsExactly(
            new Violation("/unit/name", "empty string (\"\") — expected a non-empty string"));
  }

  @Test
  void string_asObject_showsOnlyTheType() {
    assertThat(violations(doc -> at(doc, "/inspection/0").putObject("note").put("k", "v")))
        .containsExactly(
            new Violation("/inspection/0/note", "wrong type (an object) — expected a string"));
  }

  @Test
  void string_long_isCutInTheMessage() {
    String longCode = "1".repeat(100);
    List<Violation> found = violations(doc -> at(doc, "/unit").put("code", longCode));

    assertThat(found)
        .containsExactly(
            new Violation(
                "/unit/code",
                "not a division code (\"" + "1".repeat(40) + "…\") — expected 12 ASCII digits"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12011910520", "1201191052011", "12011910520x", "１２0119105201"})
  void divisionCode_malformed_isRejected(String code) {
    assertThat(violations(doc -> at(doc, "/unit").put("code", code)))
        .extracting(Violation::pointer)
        .containsExactly("/unit/code");
  }

  @Test
  void enum_otherCase_isRejected() {
    assertThat(violations(doc -> at(doc, "/unit").put("kind", "village")))
        .containsExactly(
            new Violation(
                "/unit/kind", "unknown value (\"village\") — expected one of VILLAGE, COMMUNITY"));
  }

  @Test
  void enum_inArray_isRejectedAtItsIndex() {
    assertThat(violations(doc -> array(doc, "/disclosures/2/covers").set(1, "IMPLEMENTED")))
        .extracting(Violation::pointer)
        .containsExactly("/disclosures/2/covers/1");
  }

  @Test
  void enum_duplicateInSet_isRejected() {
    assertThat(violations(doc -> array(doc, "/instruments/0/guaranteedRights").set(7, "KNOW")))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/0/guaranteedRights/7");
  }

  @Test
  void occasion_known_isRead() {
    assertThat(read(doc -> {}).activities().get(2).occasion())
        .isEqualTo(Occasion.WORLD_POPULATION_DAY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-30",
        "2025-2-3",
        "2025-13-01",
        "2025-04-02T00:00",
        "2025/04/02",
        "+2025-04-02",
        " 2025-04-02",
        "２０２５-04-02",
        ""
      })
  void date_malformed_isRejected(String date) {
    assertThat(violations(doc -> at(doc, "/complaints/0").put("received", date)))
        .containsExactly(
            new Violation(
                "/complaints/0/received",
                "not a valid date ("
                    + JsonValues.quote(date)
                    + ") — expected a date in the form yyyy-MM-dd"));
  }

  @Test
  void date_leapDay_isReadOnlyInLeapYears() {
    assertThat(read(doc -> at(doc, "/meetings/0").put("date", "2024-02-29"))).isNotNull();
    assertThat(violations(doc -> at(doc, "/meetings/0").put("date", "2025-02-29")))
        .extracting(Violation::pointer)
        .containsExactly("/meetings/0/date");
  }

  @Test
  void date_asNumber_isRejected() {
    assertThat(violations(doc -> at(doc, "/appraisals/0").put("date", 20251210)))
        .containsExactly(
            new Violation(
                "/appraisals/0/date",
                "wrong type (20251210) — expected a date in the form yyyy-MM-dd"));
  }

  // ---- arrays and objects -------------------------------------------------------------------

  @Test
  void section_ofWrongType_isRejected() {
    assertThat(violations(doc -> doc.putObject("years")))
        .containsExactly(new Violation("/years", "wrong type (an object) — expected an array"));
  }

  @Test
  void element_notAnObject_isRejected() {
    assertThat(violations(doc -> array(doc, "/meetings").set(4, NODES.textNode("meeting"))))
        .containsExactly(
            new Violation("/meetings/4", "wrong type (\"meeting\") — expected an object"));
  }

  @Test
  void conflicts_notStrings_isRejected() {
    assertThat(violations(doc -> array(doc, "/instruments/1/legalReview/conflicts").add(7)))
        .containsExactly(
            new Violation(
                "/instruments/1/legalReview/conflicts/0", "wrong type (7) — expected a string"));
  }

  // ---- instruments --------------------------------------------------------------------------

  @Test
  void contract_withCharterField_isRejected() {
    List<Violation> found =
        violations(
            doc -> at(doc, "/instruments/2").set("adoption", at(doc, "/instruments/0/adoption")));

    assertThat(found).extracting(Violation::pointer).containsExactly("/instruments/2/adoption");
    assertThat(found.get(0).message())
        .startsWith("field of a charter or covenant, not of a FAMILY_PLANNING_CONTRACT");
  }

  @Test
  void contract_withVotes_isRejected() {
    assertThat(violations(doc -> at(doc, "/instruments/2").put("votesFor", 300)))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/2/votesFor");
  }

  @Test
  void charter_withContractField_isRejected() {
    List<Violation> found = violations(doc -> at(doc, "/instruments/1").put("households", 412));

    assertThat(found).extracting(Violation::pointer).containsExactly("/instruments/1/households");
    assertThat(found.get(0).message())
        .startsWith("field of a contract, not of a FAMILY_PLANNING_COVENANT");
  }

  @Test
  void contract_missingItsFields_isRejected() {
    assertThat(
            violations(
                doc ->
                    at(doc, "/instruments/2")
                        .remove(List.of("signedHouseholds", "informedVoluntary"))))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/2/informedVoluntary", "/instruments/2/signedHouseholds");
  }

  @Test
  void charter_missingItsFields_isRejected() {
    assertThat(
            violations(
                doc -> at(doc, "/instruments/0").remove(List.of("adoption", "guaranteedRights"))))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/0/adoption", "/instruments/0/guaranteedRights");
  }

  @Test
  void instrument_unknownKind_reportsKindAndStillChecksTheRest() {
    assertThat(
            violations(
                doc -> {
                  at(doc, "/instruments/2").put("kind", "CONTRACT");
                  at(doc, "/instruments/2").put("households", "412");
                }))
        .extracting(Violation::pointer)
        .containsExactly("/instruments/2/households", "/instruments/2/kind");
  }

  @Test
  void instrument_duplicateId_isRejected() {
    assertThat(violations(doc -> at(doc, "/instruments/1").put("id", "charter-2024")))
        .containsExactly(
            new Violation(
                "/instruments/1/id",
                "duplicate id (\"charter-2024\") — expected ids unique in the dossier, first used"
                    + " at /instruments/0/id"));
  }

  // ---- years, incidents, complaints, surveys ------------------------------------------------

  @Test
  void years_sameYearTwice_isRejected() {
    assertThat(violations(doc -> at(doc, "/years/2").put("year", 2023)))
        .containsExactly(
            new Violation(
                "/years/2/year",
                "duplicate year (2023) — expected one record a year, and /years/0/year already"
                    + " has it"));
  }

  @Test
  void incident_abortionWithoutGestation_isRejected() {
    assertThat(
            violations(
                doc ->
                    doc.putArray("incidents")
                        .addObject()
                        .put("date", "2025-03-01")
                        .put("kind", "INDUCED_ABORTION")))
        .extracting(Violation::pointer)
        .containsExactly("/incidents/0/gestationWeeks", "/incidents/0/medicalReason");
  }

  @Test
  void incident_gestationOnOtherKind_isRejected() {
    assertThat(
            violations(
                doc ->
                    doc.putArray("incidents")
                        .addObject()
                        .put("date", "2025-03-01")
                        .put("kind", "COLLECTIVE_PETITION")
                        .put("gestationWeeks", 3)))
        .containsExactly(
            new Violation(
                "/incidents/0/gestationWeeks",
                "field only for SEX_SELECTIVE_ABORTION and INDUCED_ABORTION — expected no"
                    + " gestationWeeks for COLLECTIVE_PETITION"));
  }

  @Test
  void reporter_emptyOrAbsent_isAnonymous() {
    assertThat(read(doc -> at(doc, "/complaints/0").putObject("reporter")).complaints())
        .allSatisfy(c -> assertThat(c.reporter().isNamed()).isFalse());
    assertThat(read(doc -> at(doc, "/complaints/0").remove("reporter")).complaints())
        .allSatisfy(c -> assertThat(c.reporter().isNamed()).isFalse());
  }

  @Test
  void reporter_anyObject_isNamed() {
    Dossier d =
        read(
            doc ->
                at(doc, "/complaints/0")
                    .putObject("reporter")
                    .put("whatever", 1)
                    .putArray("deep")
                    .addObject()
                    .put("x", true));

    assertThat(d.complaints().get(0).reporter().isNamed()).isTrue();
  }

  @Test
  void reporter_notAnObject_isRejectedByTypeOnly() {
    assertThat(violations(doc -> at(doc, "/complaints/0").put("reporter", "王秀兰")))
        .containsExactly(
            new Violation("/complaints/0/reporter", "wrong type (a string) — expected an object"));
    assertThat(violations(doc -> at(doc, "/complaints/0").putNull("reporter")))
        .containsExactly(
            new Violation("/complaints/0/reporter", "wrong type (null) — expected an object"));
  }

  @Test
  void surveys_badYearKey_isRejected() {
    assertThat(
            violations(
                doc -> {
                  at(doc, "/surveys").set("20x5", at(doc, "/surveys/2025"));
                  at(doc, "/surveys").set("0999", at(doc, "/surveys/2025"));
                  at(doc, "/surveys").set("a/b", at(doc, "/surveys/2025"));
                }))
        .containsExactly(
            new Violation(
                "/surveys/0999",
                "not a year (\"0999\") — expected a key of four digits, e.g. 2025"),
            new Violation(
                "/surveys/20x5",
                "not a year (\"20x5\") — expected a key of four digits, e.g. 2025"),
            new Violation(
                "/surveys/a~1b",
                "not a year (\"a/b\") — expected a key of four digits, e.g. 2025"));
  }

  @Test
  void surveys_partsOptional_areRead() {
    Dossier d = read(doc -> at(doc, "/surveys/2025").remove("participation"));

    assertThat(d.surveysOf(2025).orElseThrow().participation()).isNull();
  }

  // ---- many at once -------------------------------------------------------------------------

  @Test
  void read_severalErrors_reportsEveryOneSortedByPointer() {
    List<Violation> found =
        violations(
            doc -> {
              doc.put("format", "cunzhi.dossier/v0");
              at(doc, "/unit").remove("kind");
              at(doc, "/years/1/births").put("total", "13");
              at(doc, "/instruments/2").put("votesFor", 1);
              at(doc, "/meetings/5").put("body", "COUNCIL");
              at(doc, "/complaints/0").put("escalated", "no");
              at(doc, "/organization/groupLeaders").put("count", -2);
              doc.put("privacyBreaches", 0.5);
            });

    assertThat(found)
        .extracting(Violation::pointer)
        .containsExactly(
            "/complaints/0/escalated",
            "/format",
            "/instruments/2/votesFor",
            "/meetings/5/body",
            "/organization/groupLeaders/count",
            "/privacyBreaches",
            "/unit/kind",
            "/years/1/births/total");
  }

  @Test
  void violation_message_hasWhatValueAndExpected() {
    for (Violation v :
        violations(
            doc -> {
              at(doc, "/years/1/births").put("total", "13");
              at(doc, "/unit").put("kind", "TOWN");
              at(doc, "/meetings/0").put("date", "yesterday");
            })) {
      assertThat(v.message()).matches(".+ \\(.+\\) — expected .+");
    }
  }

  @Test
  void topLevel_notAnObject_isOneViolation() {
    JsonNode[] roots = {NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode()};
    for (JsonNode root : roots) {
      assertThat(reader.tryRead(Samples.write(root)).violations())
          .singleElement()
          .satisfies(v -> assertThat(v.pointer()).isEmpty());
    }
  }
}
