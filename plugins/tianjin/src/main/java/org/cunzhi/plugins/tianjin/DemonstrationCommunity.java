package org.cunzhi.plugins.tianjin;

import static org.cunzhi.plugins.tianjin.TianjinParameters.COMPLAINT_DAYS;
import static org.cunzhi.plugins.tianjin.TianjinParameters.DISCLOSURE_CADENCE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.PARTICIPATION_RATE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.SATISFACTION_RATE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Procedure;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/**
 * The Tianjin municipal demonstration community standard ({@code tianjin.demonstration-community},
 * 2025): the municipal model-community standard (津人口计生委〔2025〕11号) plus the plan's two items of
 * section 四（一）. The model-community standard's items are not in the sources and no plugin provides
 * {@value #BASE_ID}, so the standard's base stays missing and a community can never be found to
 * meet it: the evaluation says so in its notes.
 */
final class DemonstrationCommunity {
  /** The standard's id. */
  static final String ID = "tianjin.demonstration-community";

  /** The id of the model-community standard it extends. */
  static final String BASE_ID = "tianjin.model-community";

  private DemonstrationCommunity() {}

  /** The parameters the standard itself reads, with their defaults. */
  static final List<Parameter<?>> PARAMETERS =
      ImmutableList.of(DISCLOSURE_CADENCE, COMPLAINT_DAYS, SATISFACTION_RATE, PARTICIPATION_RATE);

  /** The standard, its base unresolved. */
  static Standard standard() {
    return Standard.builder(ID)
        .version("2025")
        .title(
            TianjinText.text("standard.community.title").zh(),
            TianjinText.text("standard.community.title").en())
        .authority(TianjinText.text("standard.authority").zh())
        .documentNumber(TianjinReferences.PLAN)
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .purpose("demonstration")
        .applicability(Applicability.of(UnitKind.COMMUNITY, "12"))
        .extending(BASE_ID)
        .parameters(PARAMETERS)
        .criteria(ImmutableList.of(openness(), cohesion()))
        .build();
  }

  /** TJ-R1: family-planning affairs disclosed each quarter; complaints handled. */
  static Criterion openness() {
    return Criterion.builder("tianjin.community.r1")
        .title(TianjinText.text("criterion.tianjin.community.r1"))
        .reference(TianjinReferences.plan("四（一）1"))
        .check(
            Checks.allOf(
                DemonstrationVillage.disclosureCheck(),
                Procedure.complaintsHandled(COMPLAINT_DAYS)))
        .build();
  }

  /** TJ-R2: satisfaction and participation of the assessment year's surveys. */
  static Criterion cohesion() {
    return Criterion.builder("tianjin.community.r2")
        .title(TianjinText.text("criterion.tianjin.community.r2"))
        .reference(TianjinReferences.plan("四（一）2"))
        .check(
            Checks.requires(
                Section.SURVEYS,
                Checks.allOf(
                    Checks.rateOf(
                            "satisfaction-rate",
                            DemonstrationCommunity::satisfaction,
                            SATISFACTION_RATE)
                        .labelled(
                            TianjinText.text("label.satisfaction-rate"),
                            TianjinText.text("counted.satisfaction-rate")),
                    Checks.rateOf(
                            "participation-rate",
                            DemonstrationCommunity::participation,
                            PARTICIPATION_RATE)
                        .labelled(
                            TianjinText.text("label.participation-rate"),
                            TianjinText.text("counted.participation-rate")))))
        .build();
  }

  private static Optional<Rate> satisfaction(Dossier d) {
    return d.surveysOf(d.assessmentYear())
        .map(Surveys::satisfaction)
        .map((Satisfaction s) -> Rate.of(s.satisfied(), s.surveyed()));
  }

  private static Optional<Rate> participation(Dossier d) {
    return d.surveysOf(d.assessmentYear())
        .map(Surveys::participation)
        .map((Participation p) -> Rate.of(p.participated(), p.surveyed()));
  }
}
