package org.cunzhi.spi.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;

/**
 * Providers that break the contracts on purpose, one way each, and the contract classes that check
 * them. The launcher runs these classes from {@link StandardProviderContractTest}; their names keep
 * Surefire from running them directly.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The good provider, changed, under its own family and class name. */
  abstract static class Altered extends GoodProvider {
    Altered(String family) {
      super(family);
    }

    abstract List<Standard> alter(List<Standard> good);

    @Override
    public final List<Standard> standards(ProviderContext context) {
      return alter(super.standards(context));
    }
  }

  /** Offers the village standard twice. */
  public static final class DuplicateIdProvider extends Altered {
    public DuplicateIdProvider() {
      super("dup");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      List<Standard> all = new ArrayList<>(good);
      all.add(good.get(0));
      return all;
    }
  }

  /** A criterion with a blank English title, another with a Chinese title in Latin letters. */
  public static final class BlankTitleProvider extends Altered {
    public BlankTitleProvider() {
      super("blank");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Standard village = good.get(0);
      Criterion blank =
          Criterion.builder(family() + ".village.blank")
              .title("空白", " ")
              .reference(GoodProvider.SOURCE)
              .check(c -> CheckResult.pass(GoodProvider.reason("k", "是", "yes")))
              .build();
      Criterion latin =
          Criterion.builder(family() + ".village.latin")
              .title("Title", "Title")
              .reference(GoodProvider.SOURCE)
              .check(c -> CheckResult.pass(GoodProvider.reason("k", "是", "yes")))
              .build();
      List<Criterion> criteria = new ArrayList<>(village.criteria());
      criteria.add(blank);
      criteria.add(latin);
      return List.of(village.toBuilder().criteria(criteria).build(), good.get(1));
    }
  }

  /** A criterion whose check throws when the dossier has no organization section. */
  public static final class ThrowingCriterionProvider extends Altered {
    public ThrowingCriterionProvider() {
      super("throwing");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion throwing =
          Criterion.builder(family() + ".village.organization")
              .title("组织健全", "Organisation is sound")
              .reference(GoodProvider.SOURCE)
              .check(
                  c -> {
                    if (!c.dossier().has(Section.ORGANIZATION)) {
                      throw new IllegalStateException("organization is null");
                    }
                    return CheckResult.pass(GoodProvider.reason("k", "是", "yes"));
                  })
              .build();
      Standard village = good.get(0);
      List<Criterion> criteria = new ArrayList<>(village.criteria());
      criteria.add(throwing);
      return List.of(village.toBuilder().criteria(criteria).build(), good.get(1));
    }
  }

  /** A parameter with a blank unit and a blank Chinese description, read but not declared. */
  public static final class UndocumentedParameterProvider extends Altered {
    public UndocumentedParameterProvider() {
      super("undocumented");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Parameter<Integer> days =
          new Parameter<>(
              "days",
              ParameterType.INTEGER,
              3,
              "",
              LegalReference.of("文件", "2025", "item 1"),
              LocalizedText.of("", "days"));
      Criterion reading =
          Criterion.builder(family() + ".village.days")
              .title("期限", "Deadline")
              .reference(GoodProvider.SOURCE)
              .parameters(days)
              .check(
                  c -> {
                    c.parameter(days);
                    return CheckResult.pass(GoodProvider.reason("k", "是", "yes"));
                  })
              .build();
      Standard village = good.get(0);
      List<Criterion> criteria = new ArrayList<>(village.criteria());
      criteria.add(reading);
      return List.of(village.toBuilder().criteria(criteria).build(), good.get(1));
    }
  }

  /** A county standard with no division-code prefix. */
  public static final class EverywhereProvider extends Altered {
    public EverywhereProvider() {
      super("everywhere");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Standard village = good.get(0);
      return List.of(
          village.toBuilder().applicability(Applicability.of(UnitKind.VILLAGE)).build(),
          good.get(1));
    }
  }

  /** A check that remembers how often it ran: every other evaluation fails. */
  public static final class StatefulProvider extends Altered {
    public StatefulProvider() {
      super("stateful");
    }

    private static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion moody =
          Criterion.builder(family() + ".village.moody")
              .title("情绪", "Mood")
              .reference(GoodProvider.SOURCE)
              .check(
                  c ->
                      CALLS.incrementAndGet() % 2 == 0
                          ? CheckResult.pass(GoodProvider.reason("k", "是", "yes"))
                          : CheckResult.fail(GoodProvider.reason("k", "否", "no")))
              .build();
      Standard village = good.get(0);
      List<Criterion> criteria = new ArrayList<>(village.criteria());
      criteria.add(moody);
      return List.of(village.toBuilder().criteria(criteria).build(), good.get(1));
    }
  }

  /** A healthy provider that no services file names. */
  public static final class UnregisteredProvider extends Altered {
    public UnregisteredProvider() {
      super("unregistered");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      return good;
    }
  }

  /** Both contracts over a provider. */
  abstract static class Both implements StandardProviderContract, EvaluationContract {}

  /** The good provider: passes everything. */
  public static final class GoodCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new GoodProvider();
    }
  }

  /** Duplicate standard id. */
  public static final class DuplicateIdCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new DuplicateIdProvider();
    }
  }

  /** Blank and non-Chinese titles. */
  public static final class BlankTitleCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new BlankTitleProvider();
    }
  }

  /** A criterion that throws. */
  public static final class ThrowingCriterionCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new ThrowingCriterionProvider();
    }
  }

  /** An undocumented, undeclared parameter. */
  public static final class UndocumentedParameterCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new UndocumentedParameterProvider();
    }
  }

  /** A county standard for everywhere. */
  public static final class EverywhereCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new EverywhereProvider();
    }
  }

  /** A check with state. */
  public static final class StatefulCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new StatefulProvider();
    }
  }

  /**
   * The throwing provider again, but over complete dossiers only (which all have the section whose
   * absence makes it throw): the override of {@code dossiers()} is what the properties use.
   */
  public static final class OwnDossiersCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new ThrowingCriterionProvider();
    }

    @Provide
    @Override
    public Arbitrary<Dossier> dossiers() {
      return Dossiers.complete();
    }
  }

  /** A provider that discovery cannot find. */
  public static final class UnregisteredCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new UnregisteredProvider();
    }
  }
}
