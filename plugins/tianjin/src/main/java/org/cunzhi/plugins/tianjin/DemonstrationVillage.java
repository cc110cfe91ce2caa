package org.cunzhi.plugins.tianjin;

import static org.cunzhi.plugins.tianjin.TianjinParameters.AWARENESS_RATE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.COMPLAINT_DAYS;
import static org.cunzhi.plugins.tianjin.TianjinParameters.CONTRACEPTIVE_RATE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.DISCLOSURE_CADENCE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.LATE_TERM_WEEKS;
import static org.cunzhi.plugins.tianjin.TianjinParameters.NOTICE_DAYS;
import static org.cunzhi.plugins.tianjin.TianjinParameters.POLICY_COMPLIANT_BIRTH_RATE;
import static org.cunzhi.plugins.tianjin.TianjinParameters.WINDOW_YEARS;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Events;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Procedure;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/**
 * The Tianjin municipal demonstration village standard ({@code tianjin.demonstration-village},
 * 2025): the nine items of the plan's section 四（二）, decided from a dossier as DOMAIN §10 says. All
 * nine must pass (S-4); TJ-V8's petition and incident part and TJ-V9's incident part are vetoes
 * (S-3).
 */
final class DemonstrationVillage {
  /** The standard's id. */
  static final String ID = "tianjin.demonstration-village";

  private DemonstrationVillage() {}

  /** The parameters the standard reads, with their defaults. */
  static final List<Parameter<?>> PARAMETERS =
      ImmutableList.of(
          WINDOW_YEARS,
          NOTICE_DAYS,
          DISCLOSURE_CADENCE,
          AWARENESS_RATE,
          COMPLAINT_DAYS,
          CONTRACEPTIVE_RATE,
          POLICY_COMPLIANT_BIRTH_RATE,
          LATE_TERM_WEEKS);

  /** The standard. */
  static Standard standard() {
    return Standard.builder(ID)
        .version("2025")
        .title(
            TianjinText.text("standard.village.title").zh(),
            TianjinText.text("standard.village.title").en())
        .authority(TianjinText.text("standard.authority").zh())
        .documentNumber(TianjinReferences.PLAN)
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .purpose("demonstration")
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .parameters(PARAMETERS)
        .criteria(
            ImmutableList.of(
                organisation(),
                charters(),
                rewards(),
                publicity(),
                difficultFamilies(),
                disclosure(),
                appraisal(),
                complaints(),
                births()))
        .build();
  }

  private static Criterion.Builder criterion(int item) {
    String id = "tianjin.village." + item;
    return Criterion.builder(id)
        .title(TianjinText.text("criterion." + id))
        .reference(TianjinReferences.plan("四（二）" + item));
  }

  /**
   * TJ-V1: cadres and group leaders with duties; an association, sound and working. The
   * association's work is fed by two sections and is decided from those present when they settle it
   * (DOMAIN S-9): meetings alone, or activities alone, that cover every quarter pass; the period
   * check itself says INSUFFICIENT_EVIDENCE only when a quarter is left open.
   */
  static Criterion organisation() {
    return criterion(1)
        .check(
            Checks.allOf(
                Checks.requires(
                    Section.ORGANIZATION,
                    Checks.allOf(
                        VillageRules.cadres(),
                        VillageRules.groupLeaders(),
                        VillageRules.association())),
                Procedure.each(Cadence.QUARTERLY)
                    .of(
                        "association-work",
                        Events.meetings(m -> VillageRules.ASSOCIATION_BODIES.contains(m.body())),
                        Events.activities(
                            a -> VillageRules.ASSOCIATION_ACTIVITY_BODIES.contains(a.body())))
                    .labelled(TianjinText.text("label.association-work"))))
        .build();
  }

  /** TJ-V2: charters and covenants lawfully adopted; contracts sound where used. */
  static Criterion charters() {
    // The charter or covenant is made by the villagers' assembly (Organic Law, art. 27), so a
    // representatives' assembly cannot adopt one.
    Check instruments =
        Checks.allOf(
            Checks.lawfullyAdopted(EnumSet.of(AdoptionBody.VILLAGERS_ASSEMBLY), NOTICE_DAYS),
            Checks.contractsSound());
    return criterion(2)
        .check(Checks.withReason(instruments, TianjinText.reason("v2.basis")))
        .build();
  }

  /** TJ-V3: rewards granted to all eligible; collective resources distributed lawfully. */
  static Criterion rewards() {
    return criterion(3)
        .check(
            Checks.allOf(
                Checks.equal(
                        "rewards-granted",
                        Section.BENEFITS,
                        d -> benefits(d).rewardsGranted(),
                        d -> benefits(d).rewardsEligible())
                    .labelled(TianjinText.text("label.rewards-granted")),
                Checks.zero(
                        "collective-distribution-violations",
                        Section.BENEFITS,
                        d -> benefits(d).collectiveDistributionViolations())
                    .labelled(TianjinText.text("label.collective-distribution-violations"))))
        .build();
  }

  /** TJ-V4: publicity, education or service each quarter; awareness ≥ 90%; privacy kept. */
  static Criterion publicity() {
    return criterion(4)
        .check(
            Checks.allOf(
                Checks.requires(
                    Section.ACTIVITIES,
                    Procedure.each(Cadence.QUARTERLY)
                        .of(
                            "publicity-activity",
                            Events.activities(a -> VillageRules.PUBLICITY_KINDS.contains(a.kind())))
                        .labelled(TianjinText.text("label.publicity-activity"))),
                Checks.requires(
                    Section.YEARS,
                    Checks.rateInAssessmentYear(
                        "awareness-rate", VillageRules::awareness, AWARENESS_RATE)),
                Checks.noPrivacyBreaches()))
        .build();
  }

  /** TJ-V5: every family in difficulty helped, with visible effect; not applicable when none. */
  static Criterion difficultFamilies() {
    return criterion(5)
        .check(
            Checks.requires(
                Section.BENEFITS,
                Checks.notApplicableWhen(
                    context -> benefits(context.dossier()).difficultFamilies().identified() == 0,
                    TianjinText.reason("v5.none-identified"),
                    Checks.allOf(
                        Checks.equal(
                                "difficult-families-assisted",
                                Section.BENEFITS,
                                d -> benefits(d).difficultFamilies().assisted(),
                                d -> benefits(d).difficultFamilies().identified())
                            .labelled(TianjinText.text("label.difficult-families-assisted")),
                        Checks.atLeast(
                                "difficult-families-improved",
                                Section.BENEFITS,
                                d -> benefits(d).difficultFamilies().improved(),
                                1)
                            .labelled(TianjinText.text("label.difficult-families-improved"))))))
        .build();
  }

  /** TJ-V6: a disclosure of policy and its implementation in each quarter. */
  static Criterion disclosure() {
    return criterion(6).check(disclosureCheck()).build();
  }

  /** The disclosure rule shared by TJ-V6 and TJ-R1. */
  static Check disclosureCheck() {
    return Checks.requires(
        Section.DISCLOSURES,
        Procedure.each(DISCLOSURE_CADENCE)
            .of("disclosure", Events.disclosures(VillageRules::isFullDisclosure))
            .labelled(TianjinText.text("label.disclosure")));
  }

  /** TJ-V7: an appraisal with people of childbearing age, its results tied to pay. */
  static Criterion appraisal() {
    return criterion(7)
        .check(Checks.requires(Section.APPRAISALS, VillageRules.appraisal()))
        .build();
  }

  /** TJ-V8: complaints handled; no unlawful fees; no petition or serious incident (veto). */
  static Criterion complaints() {
    return criterion(8)
        .veto(TianjinText.text("veto.v8"))
        .check(
            Checks.allOf(
                Procedure.complaintsHandled(COMPLAINT_DAYS),
                Checks.noUnlawfulFeesOrFines(),
                Checks.veto(
                    Checks.noIncidents(
                        WINDOW_YEARS,
                        IncidentKind.COLLECTIVE_PETITION,
                        IncidentKind.SERIOUS_UNLAWFUL_INCIDENT))))
        .build();
  }

  /** TJ-V9: rates in each year of the window; no sex selection or late-term abortion (veto). */
  static Criterion births() {
    return criterion(9)
        .veto(TianjinText.text("veto.v9"))
        .check(
            Checks.allOf(
                Checks.requires(
                    Section.YEARS,
                    Checks.allOf(
                        Checks.rateInEachYear(
                            "contraceptive-rate",
                            y -> Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49()),
                            CONTRACEPTIVE_RATE,
                            WINDOW_YEARS),
                        Checks.rateInEachYear(
                            "policy-compliant-birth-rate",
                            y -> Rate.of(y.births().policyCompliant(), y.births().total()),
                            POLICY_COMPLIANT_BIRTH_RATE,
                            WINDOW_YEARS))),
                Checks.veto(
                    Checks.noIncidents(
                        WINDOW_YEARS,
                        LATE_TERM_WEEKS,
                        IncidentKind.NON_MEDICAL_SEX_DETERMINATION,
                        IncidentKind.SEX_SELECTIVE_ABORTION,
                        IncidentKind.FEMALE_INFANT_ABANDONMENT,
                        IncidentKind.INDUCED_ABORTION))))
        .build();
  }

  private static Benefits benefits(Dossier d) {
    return Objects.requireNonNull(d.benefits(), "benefits is read only when present");
  }
}
