package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.junit.jupiter.api.Test;

/** The model's cross-field rules, as the reader reports them with document pointers. */
class CrossFieldTest {
  private final DossierReader reader = DossierReader.create();

  private List<Violation> violations(String sample, Consumer<ObjectNode> change) {
    ObjectNode doc = Samples.tree(sample);
    change.accept(doc);
    return reader.tryRead(Samples.write(doc)).violations();
  }

  @Test
  void read_nantuo_namesBothProblems() {
    assertThatThrownBy(() -> reader.read(Samples.text(Samples.NANTUO)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly(
                        "/instruments/0/adoption/votesFor", "/years/2/contraceptiveUsers"));
  }

  @Test
  void read_nantuo_messagesGiveTheNumbers() {
    List<Violation> found = reader.tryRead(Samples.text(Samples.NANTUO)).violations();

    assertThat(found.get(1).message()).contains("380").contains("361");
    assertThat(found.get(0).message()).contains("702");
  }

  @Test
  void read_nantuoWithAStructuralError_reportsCrossFieldRulesOfSoundParts() {
    List<Violation> found =
        violations(Samples.NANTUO, doc -> ((ObjectNode) doc.at("/unit")).put("kind", "TOWN"));

    assertThat(found)
        .extracting(Violation::pointer)
        .containsExactly(
            "/instruments/0/adoption/votesFor", "/unit/kind", "/years/2/contraceptiveUsers");
  }

  @Test
  void read_brokenYearElsewhere_stillChecksTheSoundYears() {
    List<Violation> found =
        violations(
            Samples.NANTUO,
            doc -> {
              ((ObjectNode) doc.at("/years/0/births")).put("male", "8");
              ((ObjectNode) doc.at("/instruments/0/adoption")).put("votesFor", 690);
            });

    assertThat(found)
        .extracting(Violation::pointer)
        .containsExactly("/years/0/births/male", "/years/2/contraceptiveUsers");
  }

  @Test
  void read_usersEqualToMarriedWomen_isValid() {
    assertThat(
            violations(
                Samples.TAIZI,
                doc -> ((ObjectNode) doc.at("/years/2")).put("contraceptiveUsers", 361)))
        .isEmpty();
    assertThat(
            violations(
                Samples.TAIZI,
                doc -> ((ObjectNode) doc.at("/years/2")).put("contraceptiveUsers", 362)))
        .extracting(Violation::pointer)
        .containsExactly("/years/2/contraceptiveUsers");
  }

  @Test
  void read_birthsThatDoNotAddUp_isRejectedInItsYear() {
    assertThat(
            violations(
                Samples.TAIZI, doc -> ((ObjectNode) doc.at("/years/1/births")).put("male", 7)))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.pointer()).startsWith("/years/1/births/"));
  }

  @Test
  void read_surveyOverCount_isRejectedUnderItsYearKey() {
    assertThat(
            violations(
                Samples.TAIZI,
                doc -> ((ObjectNode) doc.at("/surveys/2025/satisfaction")).put("satisfied", 151)))
        .extracting(Violation::pointer)
        .containsExactly("/surveys/2025/satisfaction/satisfied");
  }
}
