package org.cunzhi.json;

import java.util.List;
import java.util.Map;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Audit;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's top-level sections as a read found them, null where absent, and the one place they
 * become a {@link Dossier}: the careful walk ({@link DossierWalk}) and the quick pass ({@link
 * FastPath}) fill it each in their own way, so that both make the same dossier of the same
 * sections.
 */
final class Sections {
  @Nullable Boolean usesContracts;
  @Nullable Organization organization;
  @Nullable List<Instrument> instruments;
  @Nullable List<YearStatistics> years;
  @Nullable List<Incident> incidents;
  @Nullable Benefits benefits;
  @Nullable List<Activity> activities;
  @Nullable List<Meeting> meetings;
  @Nullable List<Disclosure> disclosures;
  @Nullable List<Complaint> complaints;
  @Nullable List<Appraisal> appraisals;
  @Nullable List<Audit> audits;
  @Nullable Map<Integer, Surveys> surveys;
  @Nullable Integer privacyBreaches;
  @Nullable Integer unlawfulFees;
  @Nullable List<InspectionFinding> inspection;
  @Nullable List<Scorecard> scorecards;
  @Nullable Map<String, String> extensions;

  /** The dossier of {@code unit} and {@code assessmentYear} with these sections. */
  Dossier build(Unit unit, int assessmentYear) {
    Dossier.Builder dossier = Dossier.builder(unit, assessmentYear);
    dossier.usesContractManagement(usesContracts);
    dossier.organization(organization);
    if (instruments != null) {
      dossier.instruments(instruments);
    }
    if (years != null) {
      dossier.years(years);
    }
    if (incidents != null) {
      dossier.incidents(incidents);
    }
    dossier.benefits(benefits);
    if (activities != null) {
      dossier.activities(activities);
    }
    if (meetings != null) {
      dossier.meetings(meetings);
    }
    if (disclosures != null) {
      dossier.disclosures(disclosures);
    }
    if (complaints != null) {
      dossier.complaints(complaints);
    }
    if (appraisals != null) {
      dossier.appraisals(appraisals);
    }
    if (audits != null) {
      dossier.audits(audits);
    }
    if (surveys != null) {
      dossier.surveys(surveys);
    }
    dossier.privacyBreaches(privacyBreaches);
    dossier.unlawfulFeesOrFines(unlawfulFees);
    if (inspection != null) {
      dossier.inspection(inspection);
    }
    if (scorecards != null) {
      dossier.scorecards(scorecards);
    }
    if (extensions != null) {
      dossier.extensions(extensions);
    }
    return dossier.build();
  }
}
