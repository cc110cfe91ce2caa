package com.example.county;

import static com.example.county.CountyStandards.MESSAGES;
import static com.example.county.CountyStandards.PARTICIPANTS;

import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Requirements;

/** A democratic appraisal in the assessment year, with enough participants of childbearing age. */
final class AppraisalCheck implements Check {
  @Override
  public Requirements requirements() {
    return Requirements.none().needing(Section.APPRAISALS).reading(PARTICIPANTS);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Dossier dossier = context.dossier();
    if (!dossier.has(Section.APPRAISALS)) {
      return CheckResult.insufficient(MESSAGES.reason("appraisal.missing"));
    }
    int needed = context.parameter(PARTICIPANTS);
    boolean held =
        dossier.appraisals().stream()
            .anyMatch(
                a ->
                    a.date().getYear() == context.assessmentYear()
                        && a.participantsOfChildbearingAge() >= needed);
    return held
        ? CheckResult.pass(MESSAGES.reason("appraisal.held", needed))
        : CheckResult.fail(MESSAGES.reason("appraisal.not-held", needed));
  }
}
