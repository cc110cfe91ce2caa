package org.cunzhi.spi.tck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;

/**
 * A healthy provider for the kit's own tests: a village standard with two criteria reading the
 * dossier, and a community standard extending it. Its checks are method references, which do not
 * describe themselves, so the criteria declare the sections and parameters they read. Registered in
 * the test services file.
 */
public class GoodProvider implements StandardProvider {
  private final String family;

  /** The provider of the family {@code good}. */
  public GoodProvider() {
    this("good");
  }

  /** The same standards under {@code family}, so that variants do not collide in discovery. */
  GoodProvider(String family) {
    this.family = family;
  }

  /** The family of this provider's ids. */
  final String family() {
    return family;
  }

  static final LegalReference SOURCE = LegalReference.of("良好县文件〔2025〕1号", "2025", "item 1");

  static final Parameter<Threshold> RATE =
      new Parameter<>(
          "contraceptive-rate",
          ParameterType.THRESHOLD,
          Threshold.atLeastPercent(90),
          "",
          SOURCE,
          LocalizedText.of("综合避孕率的下限", "The lowest comprehensive contraceptive rate"));

  static final Parameter<Integer> DISCLOSURES =
      new Parameter<>(
          "disclosures",
          ParameterType.INTEGER,
          4,
          "postings",
          SOURCE,
          LocalizedText.of("每年公开次数的下限", "The fewest postings a year"));

  static Reason reason(String key, String zh, String en) {
    return new Reason(key, LocalizedText.of(zh, en));
  }

  static CheckResult disclosures(CheckContext context) {
    Dossier d = context.dossier();
    if (!d.has(Section.DISCLOSURES)) {
      return CheckResult.insufficient(reason("good.missing", "缺少公开记录", "no disclosures"));
    }
    long count =
        d.disclosures().stream().filter(x -> x.date().getYear() == d.assessmentYear()).count();
    return count >= context.parameter(DISCLOSURES)
        ? CheckResult.pass(reason("good.enough", "公开次数足够", "enough postings"))
        : CheckResult.fail(reason("good.too-few", "公开次数不足", "too few postings"));
  }

  static CheckResult rate(CheckContext context) {
    Optional<YearStatistics> year = context.dossier().year(context.assessmentYear());
    if (year.isEmpty()) {
      return CheckResult.insufficient(reason("good.no-year", "缺少当年统计", "no statistics"));
    }
    Threshold threshold = context.parameter(RATE);
    Rate rate = Rate.of(year.get().contraceptiveUsers(), year.get().marriedWomen15to49());
    if (!rate.isDefined()) {
      return CheckResult.notApplicable(reason("good.none", "无已婚育龄妇女", "no married women"));
    }
    Measure measure =
        new Measure(
            "contraceptive-rate",
            LocalizedText.of("综合避孕率", "contraceptive rate"),
            context.assessmentYear(),
            rate,
            threshold);
    return (rate.meets(threshold)
            ? CheckResult.pass(reason("good.rate-met", "达到", "met"))
            : CheckResult.fail(reason("good.rate-not-met", "未达到", "not met")))
        .withMeasure(measure);
  }

  static CheckResult satisfaction(CheckContext context) {
    Surveys surveys = context.dossier().surveysOf(context.assessmentYear()).orElse(null);
    Satisfaction s = surveys == null ? null : surveys.satisfaction();
    if (s == null || s.surveyed() == 0) {
      return CheckResult.insufficient(reason("good.no-survey", "缺少调查", "no survey"));
    }
    return s.satisfied() * 10L >= s.surveyed() * 9L
        ? CheckResult.pass(reason("good.satisfied", "满意", "satisfied"))
        : CheckResult.fail(reason("good.unsatisfied", "不满意", "not satisfied"));
  }

  static Standard.Builder standard(String id, UnitKind kind) {
    return Standard.builder(id)
        .version("2025")
        .title("良好县示范标准", "Good County demonstration standard")
        .authority("良好县卫健委")
        .documentNumber("良好县文件〔2025〕1号")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.COUNTY)
        .applicability(Applicability.of(kind, "120119"));
  }

  @Override
  public List<Standard> standards(ProviderContext context) {
    return standardsOf(family);
  }

  /**
   * The standards of the family {@code family}; public, for a provider loaded by another class
   * loader (whose package, at run time, is another).
   */
  public static List<Standard> standardsOf(String family) {
    Criterion disclosure =
        Criterion.builder(family + ".village.disclosure")
            .title("村务公开", "Village affairs are disclosed")
            .reference(SOURCE)
            .sections(Section.DISCLOSURES)
            .parameters(DISCLOSURES)
            .check(GoodProvider::disclosures)
            .build();
    Criterion rate =
        Criterion.builder(family + ".village.rate")
            .title("综合避孕率", "Comprehensive contraceptive rate")
            .reference(SOURCE)
            .sections(Section.YEARS)
            .parameters(RATE)
            .check(GoodProvider::rate)
            .build();
    return List.of(
        standard(family + ".village", UnitKind.VILLAGE)
            .criteria(List.of(disclosure, rate))
            .parameters(List.of(DISCLOSURES, RATE))
            .build(),
        standard(family + ".community", UnitKind.COMMUNITY)
            .extending(family + ".village")
            .criteria(
                List.of(
                    Criterion.builder(family + ".community.satisfaction")
                        .title("居民满意度", "Residents are satisfied")
                        .reference(SOURCE)
                        .sections(Section.SURVEYS)
                        .check(GoodProvider::satisfaction)
                        .build()))
            .build());
  }
}
