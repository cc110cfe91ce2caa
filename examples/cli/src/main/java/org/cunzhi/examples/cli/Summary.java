package org.cunzhi.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Rates;
import org.cunzhi.core.rate.Ratio;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.plugins.tianjin.campaign.FilingQuota;

/**
 * A township or district summary (CV-4) of the units' dossiers for one assessment year. Rates are
 * pooled: numerators added, denominators added, percentages never averaged (D-RATE-6). Figures come
 * from the units that report them; a unit whose dossier lacks a part is counted among the units and
 * named under {@link #missing()}, never silently left out. Activity counts are the meetings,
 * activities, disclosures and complaints (by date received) dated in the assessment year.
 *
 * @param assessmentYear the year summarised
 * @param units every unit, ordered by division code
 * @param withStatistics the units whose dossier has the assessment year's statistics
 * @param populationStart residents at the start of the year, added over those units
 * @param populationEnd residents at the end of the year, added over those units
 * @param marriedWomen15to49 married women aged 15-49, added over those units
 * @param contraceptiveRate the pooled comprehensive contraceptive rate (D-RATE-1)
 * @param policyCompliantBirthRate the pooled policy-compliant birth rate (D-RATE-2)
 * @param crudeBirthRate births per 1000 of the mean population, pooled (D-RATE-4)
 * @param sexRatioAtBirth male births per 100 female births, pooled (D-RATE-5)
 * @param associations the units with a family-planning association
 * @param associationMembers the associations' members, added
 * @param activityCounts how many of each kind of record fall in the assessment year
 * @param difficulties families in difficulty identified, assisted and improved, added
 * @param withFunding the units whose assessment-year record reports its funding (CV-5)
 * @param fundingYuan their funding in yuan, added
 * @param verdicts for each standard the units were assessed against, how many got each verdict
 * @param grades for each points standard the units were graded under, how many got each grade, best
 *     grade first, then NOT_QUALIFIED and INCONCLUSIVE (CV-D6, CV-4)
 * @param unassessed the units no demonstration standard applies to
 * @param missing for each part, the units whose dossier lacks it
 * @param filingQuota the filing quota for this many units (TJ-C2)
 */
record Summary(
    int assessmentYear,
    List<Unit> units,
    int withStatistics,
    long populationStart,
    long populationEnd,
    long marriedWomen15to49,
    Rate contraceptiveRate,
    Rate policyCompliantBirthRate,
    Ratio crudeBirthRate,
    Ratio sexRatioAtBirth,
    int associations,
    long associationMembers,
    Map<ActivityCount, Long> activityCounts,
    Difficulties difficulties,
    int withFunding,
    long fundingYuan,
    Map<String, Map<Verdict, Long>> verdicts,
    Map<String, Map<String, Long>> grades,
    List<Unit> unassessed,
    Map<Part, List<Unit>> missing,
    FilingQuota filingQuota) {

  /** The kinds of record counted in the assessment year. */
  enum ActivityCount {
    MEETINGS(
        Section.MEETINGS,
        Part.MEETINGS,
        d -> d.meetings().stream().map(m -> m.date().getYear()).toList()),
    ACTIVITIES(
        Section.ACTIVITIES,
        Part.ACTIVITIES,
        d -> d.activities().stream().map(a -> a.date().getYear()).toList()),
    DISCLOSURES(
        Section.DISCLOSURES,
        Part.DISCLOSURES,
        d -> d.disclosures().stream().map(x -> x.date().getYear()).toList()),
    COMPLAINTS(
        Section.COMPLAINTS,
        Part.COMPLAINTS,
        d -> d.complaints().stream().map(c -> c.received().getYear()).toList());

    private final Section section;
    private final Part part;
    private final Function<Dossier, List<Integer>> years;

    ActivityCount(Section section, Part part, Function<Dossier, List<Integer>> years) {
      this.section = section;
      this.part = part;
      this.years = years;
    }

    /** Its name in {@code cunzhi.summary/v1}: the dossier field that holds these records. */
    String jsonName() {
      return section.fieldName();
    }

    private long countIn(Dossier dossier, int year) {
      return years.apply(dossier).stream().filter(y -> y == year).count();
    }
  }

  /** Families in difficulty (TJ-V5), added over the units that report benefits. */
  record Difficulties(long identified, long assisted, long improved) {}

  /** The parts of a dossier a summary draws on, which a dossier may lack. */
  enum Part {
    STATISTICS("statistics"),
    ORGANIZATION("organization"),
    BENEFITS("benefits"),
    FUNDING("fundingYuan"),
    MEETINGS("meetings"),
    ACTIVITIES("activities"),
    DISCLOSURES("disclosures"),
    COMPLAINTS("complaints");

    private final String jsonName;

    Part(String jsonName) {
      this.jsonName = jsonName;
    }

    /** Its name in {@code cunzhi.summary/v1}. */
    String jsonName() {
      return jsonName;
    }
  }

  Summary {
    units = ImmutableList.copyOf(units);
    requireNonNull(contraceptiveRate, "contraceptiveRate");
    requireNonNull(policyCompliantBirthRate, "policyCompliantBirthRate");
    requireNonNull(crudeBirthRate, "crudeBirthRate");
    requireNonNull(sexRatioAtBirth, "sexRatioAtBirth");
    activityCounts = Maps.immutableEnumMap(activityCounts);
    requireNonNull(difficulties, "difficulties");
    TreeMap<String, Map<Verdict, Long>> byStandard = new TreeMap<>();
    verdicts.forEach((id, counts) -> byStandard.put(id, Maps.immutableEnumMap(counts)));
    verdicts = Collections.unmodifiableSortedMap(byStandard);
    TreeMap<String, Map<String, Long>> gradesByStandard = new TreeMap<>();
    grades.forEach(
        (id, counts) ->
            gradesByStandard.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    grades = Collections.unmodifiableSortedMap(gradesByStandard);
    unassessed = ImmutableList.copyOf(unassessed);
    EnumMap<Part, List<Unit>> parts = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      parts.put(part, ImmutableList.copyOf(missing.getOrDefault(part, List.of())));
    }
    missing = Maps.immutableEnumMap(parts);
    requireNonNull(filingQuota, "filingQuota");
    checkArgument(filingQuota.units() == units.size(), "the quota must be for every unit");
  }

  /**
   * The summary of {@code dossiers}, which must share one assessment year, each assessed by {@code
   * assess} (empty when no standard applies to the unit).
   *
   * @throws IllegalArgumentException when there are none, or their assessment years differ
   */
  static Summary of(List<Dossier> dossiers, Function<Dossier, Optional<EvaluationResult>> assess) {
    return of(dossiers, assess, d -> List.of(), id -> List.of());
  }

  /**
   * The summary of {@code dossiers}, each assessed by {@code assess} for the verdict counts and
   * graded by {@code grade} under the points standards that apply to it, whose grades, best first,
   * {@code gradesOf} gives by standard id, for the grade counts.
   *
   * @throws IllegalArgumentException when there are none, or their assessment years differ
   */
  static Summary of(
      List<Dossier> dossiers,
      Function<Dossier, Optional<EvaluationResult>> assess,
      Function<Dossier, List<EvaluationResult>> grade,
      Function<String, List<Grade>> gradesOf) {
    checkArgument(!dossiers.isEmpty(), "a summary needs at least one dossier");
    int year = dossiers.get(0).assessmentYear();
    checkArgument(
        dossiers.stream().allMatch(d -> d.assessmentYear() == year),
        "a summary covers one assessment year");
    List<Dossier> ordered =
        dossiers.stream().sorted(Comparator.comparing(d -> d.unit().code().value())).toList();
    List<YearStatistics> statistics = new ArrayList<>();
    EnumMap<Part, List<Unit>> missing = new EnumMap<>(Part.class);
    EnumMap<ActivityCount, Long> counts = new EnumMap<>(ActivityCount.class);
    for (ActivityCount a : ActivityCount.values()) {
      counts.put(a, 0L);
    }
    long start = 0;
    long end = 0;
    long women = 0;
    int associations = 0;
    long members = 0;
    long identified = 0;
    long assisted = 0;
    long improved = 0;
    int withFunding = 0;
    long funding = 0;
    Map<String, Map<Verdict, Long>> verdicts = new TreeMap<>();
    Map<String, Map<String, Long>> grades = new TreeMap<>();
    List<Unit> unassessed = new ArrayList<>();
    for (Dossier d : ordered) {
      var stats = d.year(year);
      if (stats.isPresent()) {
        statistics.add(stats.get());
        start = Math.addExact(start, stats.get().population().start());
        end = Math.addExact(end, stats.get().population().end());
        women = Math.addExact(women, stats.get().marriedWomen15to49());
      } else {
        missing.computeIfAbsent(Part.STATISTICS, p -> new ArrayList<>()).add(d.unit());
      }
      Long yuan = stats.map(YearStatistics::fundingYuan).orElse(null);
      if (yuan != null) {
        withFunding++;
        funding = Math.addExact(funding, yuan);
      } else {
        missing.computeIfAbsent(Part.FUNDING, p -> new ArrayList<>()).add(d.unit());
      }
      Benefits benefits = d.benefits();
      if (benefits == null) {
        missing.computeIfAbsent(Part.BENEFITS, p -> new ArrayList<>()).add(d.unit());
      } else {
        DifficultFamilies families = benefits.difficultFamilies();
        identified = Math.addExact(identified, families.identified());
        assisted = Math.addExact(assisted, families.assisted());
        improved = Math.addExact(improved, families.improved());
      }
      for (EvaluationResult graded : grade.apply(d)) {
        ScoreCard card = graded.scoreCard();
        if (card == null) {
          continue;
        }
        Map<String, Long> tally =
            grades.computeIfAbsent(graded.standardId(), id -> newGradeCounts(gradesOf.apply(id)));
        tally.merge(card.gradeCode(), 1L, Long::sum);
      }
      Optional<EvaluationResult> result = assess.apply(d);
      if (result.isPresent()) {
        Map<Verdict, Long> counts0 =
            verdicts.computeIfAbsent(result.get().standardId(), id -> newVerdictCounts());
        counts0.merge(result.get().verdict(), 1L, Long::sum);
      } else {
        unassessed.add(d.unit());
      }
      Organization organization = d.organization();
      if (organization == null) {
        missing.computeIfAbsent(Part.ORGANIZATION, p -> new ArrayList<>()).add(d.unit());
      } else {
        Association association = organization.association();
        if (association != null) {
          associations++;
          members = Math.addExact(members, association.members());
        }
      }
      for (ActivityCount a : ActivityCount.values()) {
        if (d.has(a.section)) {
          counts.merge(a, a.countIn(d, year), Math::addExact);
        } else {
          missing.computeIfAbsent(a.part, p -> new ArrayList<>()).add(d.unit());
        }
      }
    }
    List<Unit> units = ordered.stream().map(Dossier::unit).toList();
    return new Summary(
        year,
        units,
        statistics.size(),
        start,
        end,
        women,
        Rates.pooledContraceptive(statistics),
        Rates.pooledPolicyCompliantBirths(statistics),
        Rates.pooledCrudeBirthRate(statistics),
        Rates.pooledSexRatioAtBirth(statistics),
        associations,
        members,
        counts,
        new Difficulties(identified, assisted, improved),
        withFunding,
        funding,
        verdicts,
        grades,
        unassessed,
        missing,
        FilingQuota.of(units.size()));
  }

  /** Zero of each grade, best first, then not qualified and undecided. */
  private static Map<String, Long> newGradeCounts(List<Grade> bestFirst) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Grade g : bestFirst) {
      counts.put(g.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), 0L);
    }
    counts.put("NOT_QUALIFIED", 0L);
    counts.put("INCONCLUSIVE", 0L);
    return counts;
  }

  private static Map<Verdict, Long> newVerdictCounts() {
    EnumMap<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    return counts;
  }

  /**
   * The mean funding per unit that reports it, in yuan with two decimals rounded half up; empty
   * when no unit reports funding.
   */
  Optional<BigDecimal> averageFundingYuan() {
    if (withFunding == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(fundingYuan)
            .divide(BigDecimal.valueOf(withFunding), 2, RoundingMode.HALF_UP));
  }

  /** How many of the units are of {@code kind}. */
  long count(UnitKind kind) {
    return units.stream().filter(u -> u.kind() == kind).count();
  }

  /** The mean of the start and end populations, exact: {@code 4939.5}. */
  BigDecimal meanPopulation() {
    return BigDecimal.valueOf(populationStart)
        .add(BigDecimal.valueOf(populationEnd))
        .divide(BigDecimal.valueOf(2));
  }
}
