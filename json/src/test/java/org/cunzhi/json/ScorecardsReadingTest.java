package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOSSIER-v1's {@code scorecards[]} (DOMAIN CV-D4): each field wrong names its pointer. */
class ScorecardsReadingTest {
  private final DossierReader reader = DossierReader.create();

  private static final String GOOD =
      """
      {"by": "SELF", "date": "2025-11-10", "scores": {"ORGANIZATION": 96, "INSTITUTIONS": 95,
       "PUBLICITY_SERVICE": 94, "INTEGRITY": 93, "REWARDS_ASSISTANCE": 92}}""";

  private static String scorecards(String... elements) {
    return DossierReaderTest.with("scorecards", "[" + String.join(",", elements) + "]");
  }

  /** A scorecard whose {@code scores} hold only {@code INTEGRITY}, as the JSON {@code value}. */
  private static String integrity(String value) {
    return "{\"by\": \"SELF\", \"date\": \"2025-11-10\", \"scores\": {\"INTEGRITY\": "
        + value
        + "}}";
  }

  private List<Violation> violations(String json) {
    return reader.tryRead(json).violations();
  }

  private List<String> pointers(String json) {
    return violations(json).stream().map(Violation::pointer).toList();
  }

  @Test
  void read_validScorecard_givesEveryScore() {
    Dossier d = reader.read(scorecards(GOOD));

    assertThat(d.has(Section.SCORECARDS)).isTrue();
    assertThat(d.scorecards())
        .containsExactly(
            new Scorecard(
                ScorecardKind.SELF,
                LocalDate.of(2025, 11, 10),
                Map.of(
                    ScorecardDimension.ORGANIZATION, 96,
                    ScorecardDimension.INSTITUTIONS, 95,
                    ScorecardDimension.PUBLICITY_SERVICE, 94,
                    ScorecardDimension.INTEGRITY, 93,
                    ScorecardDimension.REWARDS_ASSISTANCE, 92)));
  }

  @Test
  void read_absentAndEmpty_areToldApart() {
    Dossier absent = reader.read(DossierReaderTest.MINIMAL);
    Dossier empty = reader.read(scorecards());

    assertThat(absent.has(Section.SCORECARDS)).isFalse();
    assertThat(absent.scorecards()).isEmpty();
    assertThat(empty.has(Section.SCORECARDS)).isTrue();
    assertThat(empty.scorecards()).isEmpty();
  }

  @Test
  void read_dimensionLeftOut_isMissingNotAnError() {
    Dossier d =
        reader.read(
            scorecards(
                integrity("80"),
                "{\"by\": \"TOWNSHIP_INSPECTION\","
                    + " \"date\": \"2025-11-20\", \"scores\": {}}"));

    assertThat(d.scorecards().get(0).scores()).containsOnlyKeys(ScorecardDimension.INTEGRITY);
    assertThat(d.scorecards().get(0).score(ScorecardDimension.ORGANIZATION)).isEmpty();
    assertThat(d.scorecards().get(1).scores()).isEmpty();
  }

  @Test
  void read_twoOfAKindOnOneDay_areBothKept() {
    assertThat(reader.read(scorecards(GOOD, GOOD)).scorecards()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "99", "100"})
  void read_scoreWithinZeroToHundred_isRead(String score) {
    assertThat(
            reader
                .read(scorecards(integrity(score)))
                .scorecards()
                .get(0)
                .score(ScorecardDimension.INTEGRITY))
        .contains(Integer.parseInt(score));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1     | out of range (-1) — expected an integer from 0 to 100",
        "101    | out of range (101) — expected an integer from 0 to 100",
        "93.8   | not an integer (93.8) — expected an integer from 0 to 100",
        "'\"96\"' | wrong type",
        "null   | null is not allowed here — expected an integer from 0 to 100",
        "true   | wrong type",
        "{}     | wrong type",
      })
  void read_badScore_isNamedAtItsDimension(String score, String message) {
    assertThat(violations(scorecards(GOOD, integrity(score))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/scorecards/1/scores/INTEGRITY");
              assertThat(v.message()).startsWith(message);
            });
  }

  @Test
  void read_unknownDimension_isNamedAtIt() {
    String card =
        "{\"by\": \"SELF\", \"date\": \"2025-11-10\", \"scores\": {\"HEALTH\": 90,"
            + " \"organization\": 90}}";

    assertThat(violations(scorecards(card)))
        .extracting(Violation::pointer)
        .containsExactly("/scorecards/0/scores/HEALTH", "/scorecards/0/scores/organization");
    assertThat(violations(scorecards(card)).get(0).message())
        .startsWith("unknown field — expected only ORGANIZATION, INSTITUTIONS");
  }

  @Test
  void read_dimensionTwice_isNamedAtIt() {
    String card =
        "{\"by\": \"SELF\", \"date\": \"2025-11-10\", \"scores\": {\"INTEGRITY\": 90,"
            + " \"INTEGRITY\": 91}}";

    assertThat(violations(scorecards(card)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/scorecards/0/scores/INTEGRITY");
              assertThat(v.message()).startsWith("a field appears twice in one object");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "by     | /scorecards/0/by     | required field is missing",
        "date   | /scorecards/0/date   | required field is missing",
        "scores | /scorecards/0/scores | required field is missing",
      })
  void read_requiredFieldMissing_isNamed(String field, String pointer, String message) {
    String card = GOOD.replaceFirst("\"" + field + "\": ", "\"x" + field + "\": ");

    assertThat(violations(scorecards(card)))
        .filteredOn(v -> v.pointer().equals(pointer))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith(message));
    assertThat(pointers(scorecards(card))).contains("/scorecards/0/x" + field);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"by\": \"SELF\"'          | '\"by\": \"VILLAGERS\"'     | /scorecards/0/by"
            + "     | unknown value (\"VILLAGERS\") — expected one of SELF, MASS_APPRAISAL,"
            + " TOWNSHIP_INSPECTION",
        "'\"by\": \"SELF\"'          | '\"by\": \"self\"'          | /scorecards/0/by"
            + "     | unknown value",
        "'\"by\": \"SELF\"'          | '\"by\": 1'                 | /scorecards/0/by"
            + "     | wrong type",
        "'\"date\": \"2025-11-10\"'  | '\"date\": \"2025-11-31\"'  | /scorecards/0/date"
            + "   | not a valid date",
        "'\"date\": \"2025-11-10\"'  | '\"date\": null'            | /scorecards/0/date"
            + "   | null is not allowed here",
        "'\"scores\": {'             | '\"scores\": [{'            | /scorecards/0/scores"
            + " | wrong type",
      })
  void read_wrongField_isNamed(String from, String to, String pointer, String message) {
    String card = GOOD.replace(from, to);
    if (to.endsWith("[{")) {
      card = card.substring(0, card.length() - 1) + "]}";
    }

    assertThat(violations(scorecards(card)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo(pointer);
              assertThat(v.message()).startsWith(message);
            });
  }

  @Test
  void read_unknownFieldOfAScorecard_isNamed() {
    String card = GOOD.replace("\"by\":", "\"weight\": 20, \"by\":");

    assertThat(pointers(scorecards(card))).containsExactly("/scorecards/0/weight");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "1", "null", "\"SELF\""})
  void read_scorecardsNotAnArrayOrElementNotAnObject_isNamed(String value) {
    assertThat(pointers(DossierReaderTest.with("scorecards", value)))
        .containsExactly("/scorecards");
    if (!value.equals("{}")) {
      assertThat(pointers(scorecards(GOOD, value))).containsExactly("/scorecards/1");
    }
  }

  @Test
  void read_severalBadScorecards_givesEveryProblemAtOnce() {
    assertThat(
            pointers(
                scorecards(
                    integrity("101"),
                    GOOD,
                    GOOD.replace("SELF", "NOBODY")
                        .replace("\"INTEGRITY\": 93", "\"INTEGRITY\": -5"))))
        .containsExactly(
            "/scorecards/0/scores/INTEGRITY", "/scorecards/2/by", "/scorecards/2/scores/INTEGRITY");
  }
}
