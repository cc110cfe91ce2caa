package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Basis;
import org.cunzhi.core.evaluation.StandardChoice.Candidate;
import org.cunzhi.core.evaluation.StandardChoice.Loosening;
import org.cunzhi.core.evaluation.StandardChoice.Role;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.junit.jupiter.api.Test;

/** The report's {@code "selection"}: which standard was chosen, what it shadowed, and why. */
class ReportSelectionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String COUNTY = "xiqing.demonstration-village";
  private static final String TIANJIN = "tianjin.demonstration-village";

  private static EvaluationResult bare() {
    return new EvaluationResult(
        COUNTY,
        "2025-1",
        LocalizedText.of("西青区示范村", "Xiqing demonstration village"),
        "sha256:00",
        Unit.of(DivisionCode.parse("120111105201"), "某村", UnitKind.VILLAGE),
        2025,
        Verdict.MEETS,
        false,
        List.of(),
        List.of(new Reason("note.x", LocalizedText.of("注", "note"))));
  }

  private static List<Candidate> candidates() {
    return List.of(
        new Candidate(
            TIANJIN,
            "2025",
            JurisdictionLevel.MUNICIPAL,
            Role.SHADOWED,
            Basis.REFINED,
            COUNTY,
            List.of()),
        new Candidate(
            COUNTY,
            "2025-1",
            JurisdictionLevel.COUNTY,
            Role.CHOSEN,
            Basis.REFINEMENT,
            TIANJIN,
            List.of()),
        new Candidate(
            "other.looser",
            "1",
            JurisdictionLevel.COUNTY,
            Role.EXCLUDED,
            Basis.LOOSER,
            TIANJIN,
            List.of(new Loosening("awareness-rate", ">= 85%", TIANJIN, ">= 90%"))));
  }

  private static JsonNode report(EvaluationResult r) throws Exception {
    return MAPPER.readTree(ReportWriter.create(Language.EN).write(r));
  }

  @Test
  void write_bareResult_hasNoSelection() throws Exception {
    assertThat(report(bare()).has("selection")).isFalse();
  }

  @Test
  void write_chosenResult_selectionComesLastWithEveryCandidate() throws Exception {
    JsonNode report =
        report(bare().withChoice(new StandardChoice(COUNTY, false, List.of(), candidates())));

    List<String> fields = new ArrayList<>();
    report.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).endsWith("criteria", "notes", "noteCodes", "selection");
    assertThat(fields.indexOf("criteria")).isGreaterThan(fields.indexOf("grade"));
    JsonNode selection = report.get("selection");
    assertThat(selection.get("named").asBoolean()).isFalse();
    assertThat(selection.get("appliesToUnit").asBoolean()).isTrue();
    assertThat(selection.get("chosen").asText()).isEqualTo(COUNTY);
    JsonNode tianjin = selection.get("candidates").get(0);
    assertThat(tianjin.get("id").asText()).isEqualTo(TIANJIN);
    assertThat(tianjin.get("level").asText()).isEqualTo("MUNICIPAL");
    assertThat(tianjin.get("role").asText()).isEqualTo("SHADOWED");
    assertThat(tianjin.get("basis").asText()).isEqualTo("REFINED");
    assertThat(tianjin.get("against").asText()).isEqualTo(COUNTY);
    JsonNode looser = selection.get("candidates").get(2).get("looser").get(0);
    assertThat(looser.get("parameter").asText()).isEqualTo("awareness-rate");
    assertThat(looser.get("value").asText()).isEqualTo(">= 85%");
    assertThat(looser.get("base").asText()).isEqualTo(TIANJIN);
    assertThat(looser.get("baseValue").asText()).isEqualTo(">= 90%");
  }

  @Test
  void write_namedOutsideItsScope_saysSoAndPutsTheNoteFirst() throws Exception {
    Reason outside = new Reason("note.outside-scope.code", LocalizedText.of("不适用", "outside"));
    JsonNode report =
        report(bare().withChoice(new StandardChoice(COUNTY, true, List.of(outside), List.of())));

    assertThat(report.get("selection").get("named").asBoolean()).isTrue();
    assertThat(report.get("selection").get("appliesToUnit").asBoolean()).isFalse();
    assertThat(report.get("selection").get("chosen").isNull()).isTrue();
    assertThat(report.get("notes").get(0).asText()).isEqualTo("outside");
    assertThat(report.get("notes")).hasSize(2);
  }
}
