package com.example.district;

import static com.example.district.DistrictStandards.MESSAGES;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Requirements;
import org.cunzhi.core.standard.Criterion;

/**
 * The district's own criterion: the family-planning association holds its member congress at least
 * once in the assessment year (D-PROC-5: "member congress yearly"). Written as a check of its own,
 * to show one: it reads the meetings section only, and says so.
 */
final class MemberCongress implements Check {
  /** The criterion's id. */
  static final String ID = "example-district.member-congress";

  private MemberCongress() {}

  static Criterion criterion() {
    return Criterion.builder(ID)
        .title(MESSAGES.text("criterion.member-congress"))
        .reference(LegalReference.of(DistrictStandards.DOCUMENT, "2025", "三（二）"))
        .check(new MemberCongress())
        .build();
  }

  @Override
  public Requirements requirements() {
    return Requirements.none().needing(Section.MEETINGS);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Dossier dossier = context.dossier();
    int year = context.assessmentYear();
    if (!dossier.has(Section.MEETINGS)) {
      return new CheckResult(
          Outcome.INSUFFICIENT_EVIDENCE,
          List.of(MESSAGES.reason("member-congress.no-meetings", year)),
          List.of(),
          List.of(
              new Remedy(
                  Remedy.Kind.SUPPLY_DATA,
                  "meetings",
                  year,
                  null,
                  1,
                  MESSAGES.text("remedy.supply-meetings"))),
          false);
    }
    List<LocalDate> held =
        dossier.meetings().stream()
            .filter(m -> m.body() == MeetingBody.MEMBER_CONGRESS && m.date().getYear() == year)
            .map(Meeting::date)
            .sorted()
            .toList();
    if (held.isEmpty()) {
      return new CheckResult(
          Outcome.FAIL,
          List.of(MESSAGES.reason("member-congress.none", year)),
          List.of(),
          List.of(
              new Remedy(
                  Remedy.Kind.ADD_EVENT,
                  "meetings",
                  year,
                  null,
                  1,
                  MESSAGES.text("remedy.hold-congress", year))),
          false);
    }
    return CheckResult.pass(MESSAGES.reason("member-congress.held", year, held.get(0)));
  }
}
