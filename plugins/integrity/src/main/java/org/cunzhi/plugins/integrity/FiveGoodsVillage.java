package org.cunzhi.plugins.integrity;

import static org.cunzhi.plugins.integrity.IntegrityParameters.ADVANCED_MINIMUM;
import static org.cunzhi.plugins.integrity.IntegrityParameters.DEMONSTRATION_MINIMUM;
import static org.cunzhi.plugins.integrity.IntegrityParameters.DIMENSION_POINTS;
import static org.cunzhi.plugins.integrity.IntegrityParameters.LATE_TERM_WEEKS;
import static org.cunzhi.plugins.integrity.IntegrityParameters.QUALIFIED_MINIMUM;
import static org.cunzhi.plugins.integrity.IntegrityParameters.WINDOW_YEARS;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;

/**
 * The integrity "five goods" standard ({@code integrity.five-goods-village}, DOMAIN §11): five
 * dimensions of 20 points each (CV-D1), scored exactly with partial credit and missing evidence as
 * an interval (CV-D2 to CV-D5), graded demonstration, advanced or qualified from 90, 75 and 60
 * points (CV-D6), and one criterion of no points, {@code integrity.veto}, whose zero-tolerance
 * events of S-3 in the window leave the unit not qualified whatever it scores.
 *
 * <p>It applies to villages (the sources speak of demonstration villages, 示范村, and the township
 * picks one among its villages, CV-3) under every province-level code: the sources name the county
 * and township but no province, so, as for the work system, no prefix is singled out. Its purpose,
 * {@code integrity}, keeps it from being chosen in place of a demonstration standard; it is asked
 * for by id. Its level is COUNTY (the county association guides it, CV-1).
 */
final class FiveGoodsVillage {
  /** The standard's id. */
  static final String ID = "integrity.five-goods-village";

  /** Its purpose. */
  static final String PURPOSE = "integrity";

  /** The veto criterion's id. */
  static final String VETO = "integrity.veto";

  /** The province-level division codes (D-ADM-2), every one. */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  /** The dimensions' criterion ids, in CV-D1's order. */
  static final Map<ScorecardDimension, String> IDS = ids();

  private FiveGoodsVillage() {}

  private static Map<ScorecardDimension, String> ids() {
    Map<ScorecardDimension, String> m = new LinkedHashMap<>();
    m.put(ScorecardDimension.ORGANIZATION, "integrity.organization");
    m.put(ScorecardDimension.INSTITUTIONS, "integrity.institutions");
    m.put(ScorecardDimension.PUBLICITY_SERVICE, "integrity.publicity-service");
    m.put(ScorecardDimension.INTEGRITY, "integrity.integrity");
    m.put(ScorecardDimension.REWARDS_ASSISTANCE, "integrity.rewards-assistance");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The standard. */
  static Standard standard() {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    Map<String, Parameter<Integer>> pointsParameters = new LinkedHashMap<>();
    for (String id : IDS.values()) {
      points.put(id, BigDecimal.valueOf(DIMENSION_POINTS.defaultValue()));
      pointsParameters.put(id, DIMENSION_POINTS);
    }
    points.put(VETO, BigDecimal.ZERO);
    List<Grade> grades =
        List.of(
            grade("demonstration", DEMONSTRATION_MINIMUM),
            grade("advanced", ADVANCED_MINIMUM),
            grade("qualified", QUALIFIED_MINIMUM));
    ScoringModel scoring =
        ScoringModel.weightedPoints(points, grades)
            .tailorable(
                pointsParameters,
                Map.of(
                    "demonstration", DEMONSTRATION_MINIMUM,
                    "advanced", ADVANCED_MINIMUM,
                    "qualified", QUALIFIED_MINIMUM));
    return Standard.builder(ID)
        .version("2025")
        .title(IntegrityText.text("standard.title").zh(), IntegrityText.text("standard.title").en())
        .authority(IntegrityText.text("standard.authority").zh())
        .documentNumber(IntegrityReferences.REPORT)
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.COUNTY)
        .purpose(PURPOSE)
        .applicability(new Applicability(EnumSet.of(UnitKind.VILLAGE), PROVINCES))
        .parameters(IntegrityParameters.ALL)
        .criteria(
            ImmutableList.of(
                organization(), institutions(), publicityService(), integrity(), rewards(), veto()))
        .scoring(scoring)
        .build();
  }

  private static Grade grade(String id, Parameter<Integer> minimum) {
    return Grade.of(
        id,
        IntegrityText.text("grade." + id).zh(),
        IntegrityText.text("grade." + id).en(),
        String.valueOf(minimum.defaultValue()));
  }

  private static Criterion dimension(
      ScorecardDimension dimension, List<Item> items, Set<Section> needs) {
    String id = java.util.Objects.requireNonNull(IDS.get(dimension), "dimension");
    return Criterion.builder(id)
        .title(IntegrityText.text("criterion." + id))
        .reference(IntegrityReferences.report())
        .check(new DimensionCheck(dimension, items, needs))
        .findings(Criterion.Findings.NOTED)
        .build();
  }

  /** CV-D3: organisation building. */
  static Criterion organization() {
    return dimension(
        ScorecardDimension.ORGANIZATION, Items.organization(), EnumSet.of(Section.ORGANIZATION));
  }

  /** CV-D3: institutions. */
  static Criterion institutions() {
    return dimension(
        ScorecardDimension.INSTITUTIONS,
        Items.institutions(),
        EnumSet.of(
            Section.INSTRUMENTS,
            Section.ORGANIZATION,
            Section.APPRAISALS,
            Section.AUDITS,
            Section.DISCLOSURES));
  }

  /** CV-D3: publicity and service. */
  static Criterion publicityService() {
    return dimension(
        ScorecardDimension.PUBLICITY_SERVICE,
        Items.publicityService(),
        EnumSet.of(Section.ACTIVITIES, Section.YEARS));
  }

  /** CV-D3: family-planning integrity. */
  static Criterion integrity() {
    return dimension(
        ScorecardDimension.INTEGRITY,
        Items.integrity(),
        EnumSet.of(Section.YEARS, Section.UNLAWFUL_FEES_OR_FINES));
  }

  /** CV-D3: rewards and assistance. */
  static Criterion rewards() {
    return dimension(
        ScorecardDimension.REWARDS_ASSISTANCE,
        Items.rewardsAssistance(),
        EnumSet.of(Section.BENEFITS));
  }

  /**
   * CV-D6, S-3: no zero-tolerance event in the window, the petitions and serious incidents of TJ-V8
   * and the sex determination, sex-selective termination, female-infant abandonment and late-term
   * abortion of TJ-V9. No points: it caps the grade (CV-D8).
   */
  static Criterion veto() {
    return Criterion.builder(VETO)
        .title(IntegrityText.text("criterion." + VETO))
        .reference(IntegrityReferences.report())
        .veto(IntegrityText.text("veto.part"))
        .check(
            Checks.veto(
                Checks.noIncidents(
                    WINDOW_YEARS,
                    LATE_TERM_WEEKS,
                    IncidentKind.COLLECTIVE_PETITION,
                    IncidentKind.SERIOUS_UNLAWFUL_INCIDENT,
                    IncidentKind.NON_MEDICAL_SEX_DETERMINATION,
                    IncidentKind.SEX_SELECTIVE_ABORTION,
                    IncidentKind.FEMALE_INFANT_ABANDONMENT,
                    IncidentKind.INDUCED_ABORTION)))
        .build();
  }
}
