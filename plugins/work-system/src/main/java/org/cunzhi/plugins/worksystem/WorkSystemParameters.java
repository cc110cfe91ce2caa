package org.cunzhi.plugins.worksystem;

import java.util.List;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;

/**
 * The values the work-system rules read, each with its default from the fifth source document
 * (DOMAIN §5, S-5), the range a township may tailor it within, and which direction is stricter
 * (D-ADM-5). This is the one definition of each. A cadence may be tailored from yearly to monthly;
 * more often is stricter. Counts and days are at least 1.
 */
final class WorkSystemParameters {
  private WorkSystemParameters() {}

  /** WS-1: the two committees study family planning each quarter (D-PROC-1). */
  static final Parameter<Cadence> TWO_COMMITTEES_CADENCE =
      cadence("two-committees-cadence", Cadence.QUARTERLY, WorkSystemReferences.workSystem("一、1"));

  /** WS-3: the committee reports to the assembly each half-year (D-PROC-2). */
  static final Parameter<Cadence> ASSEMBLY_REPORT_CADENCE =
      cadence(
          "assembly-report-cadence", Cadence.HALF_YEARLY, WorkSystemReferences.supervision("2"));

  /** WS-4: family-planning work and policy disclosed each quarter (D-PROC-2). */
  static final Parameter<Cadence> DISCLOSURE_CADENCE =
      cadence("disclosure-cadence", Cadence.QUARTERLY, WorkSystemReferences.supervision("1"));

  /**
   * WS-5: days from receipt within which a complaint is investigated (D-PROC-3: three days). From 1
   * to 30; fewer days is stricter.
   */
  static final Parameter<Integer> COMPLAINT_DAYS =
      count(
          "complaint-days", 3, "days", WorkSystemReferences.supervision("3"), 30, Strictness.LOWER);

  /**
   * WS-6: association activities in the year ("on average monthly", D-PROC-5: 12). From 1 to 366;
   * more is stricter.
   */
  static final Parameter<Integer> ASSOCIATION_ACTIVITIES =
      count(
          "association-activities",
          12,
          "activities",
          WorkSystemReferences.association("二"),
          366,
          Strictness.HIGHER);

  /** WS-7: the association's council meets each quarter (D-PROC-5). */
  static final Parameter<Cadence> COUNCIL_CADENCE =
      cadence("council-cadence", Cadence.QUARTERLY, WorkSystemReferences.association("三"));

  /** WS-8: the member congress meets each year (D-PROC-5). */
  static final Parameter<Cadence> MEMBER_CONGRESS_CADENCE =
      cadence("member-congress-cadence", Cadence.YEARLY, WorkSystemReferences.workSystem("二、2"));

  /** WS-10: the group leaders meet each month (D-PROC-6). */
  static final Parameter<Cadence> GROUP_LEADERS_CADENCE =
      cadence("group-leaders-cadence", Cadence.MONTHLY, WorkSystemReferences.monthlyMeeting("一"));

  /** WS-11: each group meets or acts each month (D-PROC-6). */
  static final Parameter<Cadence> GROUP_CADENCE =
      cadence("group-cadence", Cadence.MONTHLY, WorkSystemReferences.groupActivity("6"));

  /** Every parameter the standard reads. */
  static final List<Parameter<?>> ALL =
      List.of(
          TWO_COMMITTEES_CADENCE,
          ASSEMBLY_REPORT_CADENCE,
          DISCLOSURE_CADENCE,
          COMPLAINT_DAYS,
          ASSOCIATION_ACTIVITIES,
          COUNCIL_CADENCE,
          MEMBER_CONGRESS_CADENCE,
          GROUP_LEADERS_CADENCE,
          GROUP_CADENCE);

  private static Parameter<Cadence> cadence(String key, Cadence value, LegalReference source) {
    return new Parameter<>(key, ParameterType.CADENCE, value, "", source, description(key))
        .withRange(Cadence.YEARLY, Cadence.MONTHLY)
        .withStricter(Strictness.HIGHER);
  }

  private static Parameter<Integer> count(
      String key, int value, String unit, LegalReference source, int max, Strictness stricter) {
    return new Parameter<>(
            key, ParameterType.POSITIVE_INTEGER, value, unit, source, description(key))
        .withRange(1, max)
        .withStricter(stricter);
  }

  private static org.cunzhi.core.rule.LocalizedText description(String key) {
    return WorkSystemText.text("parameter." + key);
  }
}
