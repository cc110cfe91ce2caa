package com.example.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.json.DossierReader;
import org.cunzhi.plugins.tianjin.TianjinStandards;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.Selection;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.Test;

/**
 * What a district office sees: its standard is chosen for its villages because it only tightens
 * the municipal one (D-ADM-5), its title names the 95% it sets, and its own criterion is judged.
 */
class ChosenForTheDistrictTest {

  private static Dossier taizi() throws IOException {
    try (InputStream in = ChosenForTheDistrictTest.class.getResourceAsStream("/taizi-2025.json")) {
      return DossierReader.create().read(in);
    }
  }

  private static Assessor assessor(StandardProvider... more) {
    List<StandardProvider> providers =
        new java.util.ArrayList<>(List.of(new TianjinStandards(), new DistrictStandards()));
    providers.addAll(List.of(more));
    return Assessor.of(StandardRegistry.of(providers));
  }

  @Test
  void assess_taizi_choosesTheDistrictStandard_stricterAwarenessFails() throws IOException {
    EvaluationResult result = assessor().assess(taizi());

    assertEquals(DistrictStandards.ID, result.standardId());
    CriterionResult v4 = result.criterion("tianjin.village.4").orElseThrow();
    assertEquals(Outcome.FAIL, v4.outcome()); // 113/120 = 94.17% is short of 95%
    assertTrue(v4.title().zh().contains("知晓率达到95%以上"), v4.title().zh());
    assertTrue(v4.title().en().contains("95%"), v4.title().en());
    assertEquals(">= 95%", v4.parameters().get("awareness-rate"));
    CriterionResult congress = result.criterion(MemberCongress.ID).orElseThrow();
    assertEquals(Outcome.PASS, congress.outcome());
  }

  @Test
  void assess_looserDistrictStandard_isNeverChosen_andSaysWhichParameter() throws IOException {
    Assessor assessor = assessor(new LooserStandards());
    Dossier dossier = taizi();

    assertEquals(DistrictStandards.ID, assessor.assess(dossier).standardId());
    Selection selection = assessor.selectionFor(dossier, Assessor.DEMONSTRATION);
    Standard looser = assessor.registry().get(LooserStandards.ID);
    assertFalse(selection.chosen().map(s -> s.id().equals(LooserStandards.ID)).orElse(false));
    assertEquals(
        "[awareness-rate >= 85% is looser than >= 90% of tianjin.demonstration-village]",
        Selection.loosenings(looser).toString());
  }

  /** A neighbouring office's variant that lowers the awareness threshold: looser than its base. */
  public static final class LooserStandards implements StandardProvider {
    static final String ID = "example-town.demonstration-village";

    @Override
    public List<Standard> standards(ProviderContext context) {
      return List.of(
          Standard.builder(ID)
              .version("2025")
              .title("示例镇示范村标准", "Example town demonstration village standard")
              .authority("示例镇人民政府")
              .documentNumber("示例镇〔2025〕2号")
              .effective(LocalDate.of(2025, 1, 1), null)
              .level(JurisdictionLevel.TOWNSHIP)
              .applicability(Applicability.of(UnitKind.VILLAGE, "120119105"))
              .extending(DistrictStandards.BASE)
              .set("awareness-rate", ">= 85%")
              .build());
    }
  }
}
