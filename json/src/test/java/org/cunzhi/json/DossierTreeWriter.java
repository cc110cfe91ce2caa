package org.cunzhi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.Audit;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.EightRights;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;

/**
 * A small test-only writer: a {@link Dossier} as DOSSIER-v1 JSON on one line, for round trips and
 * for the benchmarks' generated inputs (it is shipped alone, in the {@code dossier-writer} test
 * jar). A named reporter is written as an object holding a made-up name (the model keeps none).
 */
public final class DossierTreeWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private DossierTreeWriter() {}

  /** {@code d} as DOSSIER-v1 JSON on one line. */
  public static String write(Dossier d) {
    try {
      return JSON.writeValueAsString(tree(d));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code d} as a DOSSIER-v1 JSON tree. */
  public static ObjectNode tree(Dossier d) {
    ObjectNode o = NODES.objectNode();
    o.put("format", "cunzhi.dossier/v1");
    o.set("unit", unit(d.unit()));
    o.put("assessmentYear", d.assessmentYear());
    if (d.has(Section.USES_CONTRACT_MANAGEMENT)) {
      o.put("usesContractManagement", d.usesContractManagement());
    }
    Organization organization = d.organization();
    if (organization != null) {
      o.set("organization", organization(organization));
    }
    if (d.has(Section.INSTRUMENTS)) {
      ArrayNode a = o.putArray("instruments");
      d.instruments().forEach(i -> a.add(instrument(i)));
    }
    if (d.has(Section.YEARS)) {
      ArrayNode a = o.putArray("years");
      d.years().forEach(y -> a.add(year(y)));
    }
    if (d.has(Section.INCIDENTS)) {
      ArrayNode a = o.putArray("incidents");
      d.incidents().forEach(i -> a.add(incident(i)));
    }
    Benefits benefits = d.benefits();
    if (benefits != null) {
      ObjectNode b = o.putObject("benefits");
      b.put("rewardsEligible", benefits.rewardsEligible());
      b.put("rewardsGranted", benefits.rewardsGranted());
      b.put("collectiveDistributionViolations", benefits.collectiveDistributionViolations());
      ObjectNode f = b.putObject("difficultFamilies");
      f.put("identified", benefits.difficultFamilies().identified());
      f.put("assisted", benefits.difficultFamilies().assisted());
      f.put("improved", benefits.difficultFamilies().improved());
    }
    if (d.has(Section.ACTIVITIES)) {
      ArrayNode a = o.putArray("activities");
      for (Activity activity : d.activities()) {
        ObjectNode e = a.addObject();
        e.put("date", date(activity.date()));
        e.put("kind", activity.kind().name());
        e.put("occasion", activity.occasion() == null ? null : activity.occasion().name());
        e.put("body", activity.body().name());
      }
    }
    if (d.has(Section.MEETINGS)) {
      ArrayNode a = o.putArray("meetings");
      for (Meeting m : d.meetings()) {
        a.addObject()
            .put("date", date(m.date()))
            .put("body", m.body().name())
            .put("familyPlanningOnAgenda", m.familyPlanningOnAgenda())
            .put("minutes", m.minutes())
            .put("signInSheet", m.signInSheet())
            .put("present", m.present());
      }
    }
    if (d.has(Section.DISCLOSURES)) {
      ArrayNode a = o.putArray("disclosures");
      for (Disclosure disclosure : d.disclosures()) {
        ObjectNode e = a.addObject().put("date", date(disclosure.date()));
        ArrayNode covers = e.putArray("covers");
        for (DisclosureTopic topic : disclosure.covers()) {
          covers.add(topic.name());
        }
      }
    }
    if (d.has(Section.COMPLAINTS)) {
      ArrayNode a = o.putArray("complaints");
      for (Complaint c : d.complaints()) {
        ObjectNode e =
            a.addObject()
                .put("ref", c.ref())
                .put("received", date(c.received()))
                .put("investigated", nullableDate(c.investigated()))
                .put("outcomePublished", nullableDate(c.outcomePublished()))
                .put("escalated", c.escalated());
        if (c.reporter().isNamed()) {
          e.putObject("reporter").put("name", "某某").put("phone", "10000000000");
        }
      }
    }
    if (d.has(Section.APPRAISALS)) {
      ArrayNode a = o.putArray("appraisals");
      for (Appraisal appraisal : d.appraisals()) {
        a.addObject()
            .put("date", date(appraisal.date()))
            .put("participantsOfChildbearingAge", appraisal.participantsOfChildbearingAge())
            .put("linkedToPay", appraisal.linkedToPay());
      }
    }
    if (d.has(Section.AUDITS)) {
      ArrayNode a = o.putArray("audits");
      for (Audit audit : d.audits()) {
        a.addObject().put("date", date(audit.date())).put("kind", audit.kind().name());
      }
    }
    if (d.has(Section.SURVEYS)) {
      ObjectNode s = o.putObject("surveys");
      for (Map.Entry<Integer, Surveys> entry : d.surveys().entrySet()) {
        ObjectNode y = s.putObject(String.valueOf(entry.getKey()));
        Surveys surveys = entry.getValue();
        if (surveys.satisfaction() != null) {
          y.putObject("satisfaction")
              .put("surveyed", surveys.satisfaction().surveyed())
              .put("satisfied", surveys.satisfaction().satisfied());
        }
        if (surveys.participation() != null) {
          y.putObject("participation")
              .put("surveyed", surveys.participation().surveyed())
              .put("participated", surveys.participation().participated());
        }
      }
    }
    if (d.has(Section.PRIVACY_BREACHES)) {
      o.put("privacyBreaches", d.privacyBreaches());
    }
    if (d.has(Section.UNLAWFUL_FEES_OR_FINES)) {
      o.put("unlawfulFeesOrFines", d.unlawfulFeesOrFines());
    }
    if (d.has(Section.INSPECTION)) {
      ArrayNode a = o.putArray("inspection");
      for (InspectionFinding f : d.inspection()) {
        a.addObject()
            .put("criterion", f.criterion())
            .put("finding", f.finding().name())
            .put("note", f.note())
            .put("date", date(f.date()));
      }
    }
    if (d.has(Section.SCORECARDS)) {
      ArrayNode a = o.putArray("scorecards");
      for (Scorecard card : d.scorecards()) {
        ObjectNode c = a.addObject().put("by", card.by().name()).put("date", date(card.date()));
        ObjectNode scores = c.putObject("scores");
        card.scores().forEach((dimension, score) -> scores.put(dimension.name(), score));
      }
    }
    if (d.has(Section.EXTENSIONS)) {
      ObjectNode e = o.putObject("extensions");
      d.extensions().forEach((key, json) -> e.set(key, parse(json)));
    }
    return o;
  }

  private static ObjectNode unit(Unit unit) {
    ObjectNode u =
        NODES
            .objectNode()
            .put("code", unit.code().value())
            .put("name", unit.name())
            .put("kind", unit.kind().name());
    if (unit.township() != null) {
      u.put("township", unit.township());
    }
    if (unit.county() != null) {
      u.put("county", unit.county());
    }
    if (unit.households() != null) {
      u.put("households", unit.households());
    }
    if (unit.adultResidents() != null) {
      u.put("adultResidents", unit.adultResidents());
    }
    return u;
  }

  private static ObjectNode organization(Organization organization) {
    ObjectNode o =
        NODES
            .objectNode()
            .put("partyBranch", organization.partyBranch())
            .put("villagersCommittee", organization.villagersCommittee());
    ArrayNode cadres = o.putArray("cadres");
    for (Cadre cadre : organization.cadres()) {
      ObjectNode c =
          cadres
              .addObject()
              .put("role", cadre.role().name())
              .put("dutiesDefined", cadre.dutiesDefined());
      if (cadre.selectedBy() != null) {
        c.put("selectedBy", cadre.selectedBy().name());
      }
    }
    o.putObject("groupLeaders")
        .put("count", organization.groupLeaders().count())
        .put("dutiesDefined", organization.groupLeaders().dutiesDefined());
    Association a = organization.association();
    if (a == null) {
      o.putNull("association");
    } else {
      o.putObject("association")
          .put("established", date(a.established()))
          .put("president", a.president().name())
          .put("fiveEldersVicePresident", a.fiveEldersVicePresident())
          .put("secretaryGeneral", a.secretaryGeneral().name())
          .put("councilMembers", a.councilMembers())
          .put("groups", a.groups())
          .put("members", a.members());
    }
    return o;
  }

  private static ObjectNode instrument(Instrument instrument) {
    ObjectNode o =
        NODES
            .objectNode()
            .put("id", instrument.id())
            .put("kind", instrument.kind().name())
            .put("effective", nullableDate(instrument.effective()));
    if (instrument instanceof Charter charter) {
      Adoption a = charter.adoption();
      o.putObject("adoption")
          .put("body", a.body().name())
          .put("date", date(a.date()))
          .put("eligible", a.eligible())
          .put("present", a.present())
          .put("householdsRepresented", a.householdsRepresented())
          .put("votesFor", a.votesFor())
          .put("votesAgainst", a.votesAgainst())
          .put("abstentions", a.abstentions());
      PublicNotice n = charter.publicNotice();
      o.putObject("publicNotice")
          .put("from", date(n.from()))
          .put("to", date(n.to()))
          .put("objectionsUpheld", n.objectionsUpheld());
      ArrayNode rights = o.putArray("guaranteedRights");
      for (EightRights right : charter.guaranteedRights()) {
        rights.add(right.name());
      }
    } else if (instrument instanceof Contract contract) {
      o.put("households", contract.households())
          .put("signedHouseholds", contract.signedHouseholds())
          .put("informedVoluntary", contract.informedVoluntary())
          .put("villagerObligations", contract.villagerObligations())
          .put("committeeObligations", contract.committeeObligations());
    }
    LegalReview review = instrument.legalReview();
    ObjectNode r = o.putObject("legalReview").put("reviewed", review.reviewed());
    ArrayNode conflicts = r.putArray("conflicts");
    review.conflicts().forEach(conflicts::add);
    return o;
  }

  private static ObjectNode year(YearStatistics y) {
    ObjectNode o = NODES.objectNode().put("year", y.year());
    o.putObject("population").put("start", y.population().start()).put("end", y.population().end());
    o.put("marriedWomen15to49", y.marriedWomen15to49());
    o.put("contraceptiveUsers", y.contraceptiveUsers());
    Births b = y.births();
    o.putObject("births")
        .put("total", b.total())
        .put("policyCompliant", b.policyCompliant())
        .put("male", b.male())
        .put("female", b.female());
    Awareness awareness = y.awareness();
    if (awareness != null) {
      o.putObject("awareness")
          .put("surveyed", awareness.surveyed())
          .put("aware", awareness.aware());
    }
    if (y.fundingYuan() != null) {
      o.put("fundingYuan", y.fundingYuan());
    }
    return o;
  }

  private static ObjectNode incident(Incident incident) {
    ObjectNode o =
        NODES.objectNode().put("date", date(incident.date())).put("kind", incident.kind().name());
    if (incident.gestationWeeks() != null) {
      o.put("gestationWeeks", incident.gestationWeeks());
    }
    if (incident.medicalReason() != null) {
      o.put("medicalReason", incident.medicalReason());
    }
    return o;
  }

  private static String date(LocalDate date) {
    return date.toString();
  }

  private static @Nullable String nullableDate(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
