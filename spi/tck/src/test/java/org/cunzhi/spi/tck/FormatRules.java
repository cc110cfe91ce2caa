package org.cunzhi.spi.tck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.YearStatistics;

/**
 * The cross-field rules that DOSSIER-v1 states, checked independently of the generators and of
 * core's validator (which gains them on another branch).
 */
final class FormatRules {
  private FormatRules() {}

  static List<String> violations(Dossier d) {
    List<String> v = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (YearStatistics y : d.years()) {
      if (!years.add(y.year())) {
        v.add("year " + y.year() + " twice");
      }
      if (y.contraceptiveUsers() > y.marriedWomen15to49()) {
        v.add(y.year() + ": users exceed married women");
      }
      if (y.births().policyCompliant() > y.births().total()) {
        v.add(y.year() + ": policyCompliant exceeds total");
      }
      if (y.births().male() + y.births().female() != y.births().total()) {
        v.add(y.year() + ": male + female differs from total");
      }
      if (y.awareness() != null && y.awareness().aware() > y.awareness().surveyed()) {
        v.add(y.year() + ": aware exceeds surveyed");
      }
    }
    Set<String> ids = new HashSet<>();
    for (Instrument i : d.instruments()) {
      if (!ids.add(i.id())) {
        v.add("instrument id " + i.id() + " twice");
      }
      if (i instanceof Charter c) {
        Adoption a = c.adoption();
        if (a.votesFor() + a.votesAgainst() + a.abstentions() > a.present()) {
          v.add(c.id() + ": votes exceed those present");
        }
        if (a.present() > a.eligible()) {
          v.add(c.id() + ": present exceed eligible");
        }
        if (a.body() == AdoptionBody.VILLAGERS_ASSEMBLY
            && d.unit().adultResidents() != null
            && a.eligible() != d.unit().adultResidents()) {
          v.add(c.id() + ": an assembly's eligible differ from the adult residents");
        }
        if (c.publicNotice().to().isBefore(c.publicNotice().from())) {
          v.add(c.id() + ": notice ends before it starts");
        }
        if (c.publicNotice().from().isBefore(a.date())) {
          v.add(c.id() + ": notice starts before the vote");
        }
        if (c.effective() != null && !c.effective().isAfter(c.publicNotice().to())) {
          v.add(c.id() + ": in effect before the notice ends");
        }
      }
      if (i instanceof Contract k && k.signedHouseholds() > k.households()) {
        v.add(k.id() + ": signed exceed households");
      }
    }
    for (Incident i : d.incidents()) {
      boolean carries = i.gestationWeeks() != null || i.medicalReason() != null;
      boolean complete = i.gestationWeeks() != null && i.medicalReason() != null;
      if (i.isAbortion() ? !complete : carries) {
        v.add(i.kind() + ": gestation and medical reason wrongly present or absent");
      }
    }
    if (d.benefits() != null) {
      if (d.benefits().rewardsGranted() > d.benefits().rewardsEligible()) {
        v.add("granted exceed eligible");
      }
      DifficultFamilies f = d.benefits().difficultFamilies();
      if (f.assisted() > f.identified() || f.improved() > f.assisted()) {
        v.add("difficult families out of order");
      }
    }
    for (Complaint c : d.complaints()) {
      if (c.investigated() != null && c.investigated().isBefore(c.received())) {
        v.add(c.ref() + ": investigated before received");
      }
      if (c.outcomePublished() != null
          && (c.investigated() == null || c.outcomePublished().isBefore(c.investigated()))) {
        v.add(c.ref() + ": published before investigated");
      }
    }
    d.surveys()
        .forEach(
            (year, s) -> {
              if (s.satisfaction() != null
                  && s.satisfaction().satisfied() > s.satisfaction().surveyed()) {
                v.add(year + ": satisfied exceed surveyed");
              }
              if (s.participation() != null
                  && s.participation().participated() > s.participation().surveyed()) {
                v.add(year + ": participated exceed surveyed");
              }
            });
    return v;
  }
}
