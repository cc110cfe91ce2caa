package org.cunzhi.spi;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/** Standards and providers for the registry's tests. */
final class TestStandards {
  static final Unit TAIZI = Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE);

  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  private TestStandards() {}

  private static final LegalReference SOURCE = LegalReference.of("test", "2025", "item 1");

  /** An at-least threshold of 90%, from 0% to 100%; higher is stricter. */
  static final Parameter<Threshold> AWARENESS =
      new Parameter<>(
              "awareness-rate",
              ParameterType.THRESHOLD,
              Threshold.atLeastPercent(90),
              "%",
              SOURCE,
              LocalizedText.of("知晓率", "awareness rate"))
          .withRange(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100))
          .withStricter(Strictness.HIGHER);

  /** Days to investigate a complaint: 3, from 1 to 30; fewer is stricter. */
  static final Parameter<Integer> COMPLAINT_DAYS =
      new Parameter<>(
              "complaint-days",
              ParameterType.POSITIVE_INTEGER,
              3,
              "days",
              SOURCE,
              LocalizedText.of("调查天数", "days to investigate"))
          .withRange(1, 30)
          .withStricter(Strictness.LOWER);

  /** A count for which no direction is stricter. */
  static final Parameter<Integer> POSTINGS =
      new Parameter<>(
          "postings",
          ParameterType.INTEGER,
          4,
          "postings",
          SOURCE,
          LocalizedText.of("公开次数", "postings"));

  /**
   * A municipal village standard {@code id} for Tianjin that declares {@link #AWARENESS}, {@link
   * #COMPLAINT_DAYS} and {@link #POSTINGS}.
   */
  static Standard.Builder withParameters(String id) {
    return builder(id).parameters(List.of(AWARENESS, COMPLAINT_DAYS, POSTINGS));
  }

  /** A standard {@code id} at {@code level} for {@code prefix}, extending {@code baseId}. */
  static Standard.Builder extension(
      String id, String baseId, org.cunzhi.core.standard.JurisdictionLevel level, String prefix) {
    return builder(id)
        .level(level)
        .applicability(Applicability.of(UnitKind.VILLAGE, prefix))
        .extending(baseId);
  }

  /** A criterion {@code id} that always passes. */
  static Criterion criterion(String id) {
    return Criterion.builder(id)
        .title("测试项", "test item")
        .reference(LegalReference.of("test", "2025", "item 1"))
        .check(c -> CheckResult.pass(WHY))
        .build();
  }

  /** A municipal village standard {@code id} for Tianjin, in effect from 2020, one criterion. */
  static Standard.Builder builder(String id) {
    return Standard.builder(id)
        .version("1")
        .title("测试标准", "test standard")
        .authority("test authority")
        .documentNumber("T-1")
        .effective(LocalDate.of(2020, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criterion(id + ".item")));
  }

  static Standard standard(String id) {
    return builder(id).build();
  }

  static Standard extending(String id, String baseId) {
    return builder(id).extending(baseId).build();
  }

  /** A provider of fixed standards. */
  static class Fixed implements StandardProvider {
    private final List<Standard> standards;

    Fixed(Standard... standards) {
      this.standards = List.of(standards);
    }

    @Override
    public List<Standard> standards(ProviderContext context) {
      return standards;
    }
  }

  /** One more provider class, so that messages can tell two providers apart. */
  static class First extends Fixed {
    First(Standard... standards) {
      super(standards);
    }
  }

  /** Another provider class. */
  static class Second extends Fixed {
    Second(Standard... standards) {
      super(standards);
    }
  }
}
