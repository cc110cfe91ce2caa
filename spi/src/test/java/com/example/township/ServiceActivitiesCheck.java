package com.example.township;

import static com.example.township.TownshipStandards.MESSAGES;
import static com.example.township.TownshipStandards.SERVICE_ACTIVITIES;

import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;

/**
 * The township's own check: at least as many family-planning service activities in the assessment
 * year as its parameter asks. An absent activities section is missing evidence.
 */
final class ServiceActivitiesCheck implements Check {
  @Override
  public Requirements requirements() {
    return Requirements.none().needing(Section.ACTIVITIES).reading(SERVICE_ACTIVITIES);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Dossier dossier = context.dossier();
    if (!dossier.has(Section.ACTIVITIES)) {
      return CheckResult.insufficient(MESSAGES.reason("services.missing"));
    }
    int needed = context.parameter(SERVICE_ACTIVITIES);
    long held =
        dossier.activities().stream()
            .filter(a -> a.kind() == ActivityKind.SERVICE)
            .filter(a -> a.date().getYear() == context.assessmentYear())
            .count();
    String heldText = String.valueOf(held);
    String neededText = String.valueOf(needed);
    if (held >= needed) {
      return CheckResult.pass(MESSAGES.reason("services.enough", heldText, neededText));
    }
    return CheckResult.fail(MESSAGES.reason("services.too-few", heldText, neededText))
        .withRemedy(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                "service-activities",
                context.assessmentYear(),
                null,
                needed - held,
                MESSAGES.text(
                    "services.remedy",
                    String.valueOf(needed - held),
                    String.valueOf(context.assessmentYear()))));
  }
}
