package org.cunzhi.spi.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
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

  /**
   * A criterion whose check throws when the dossier has no organization section, which it declares:
   * a plugin that forgot {@code Checks.requires}.
   */
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
              .sections(Section.ORGANIZATION)
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

  /** A criterion whose check throws for communities: a plugin that assumed villages. */
  public static final class VillagesOnlyProvider extends Altered {
    public VillagesOnlyProvider() {
      super("villages-only");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion throwing =
          criterion(
              family() + ".village.kind",
              c -> {
                if (c.dossier().unit().kind() == UnitKind.COMMUNITY) {
                  throw new IllegalStateException("not a village");
                }
                return CheckResult.pass(GoodProvider.reason("k", "是", "yes"));
              });
      return withCriterion(good, throwing);
    }
  }

  /** A criterion that reads a parameter of its standard without declaring it. */
  public static final class UndeclaredParameterProvider extends Altered {
    public UndeclaredParameterProvider() {
      super("undeclared-parameter");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion reading =
          criterion(
              family() + ".village.postings",
              c ->
                  c.parameter(GoodProvider.DISCLOSURES) > 0
                      ? CheckResult.pass(GoodProvider.reason("k", "是", "yes"))
                      : CheckResult.fail(GoodProvider.reason("k", "否", "no")));
      return withCriterion(good, reading);
    }
  }

  /** A criterion that reads the appraisals section without declaring it. */
  public static final class UndeclaredSectionProvider extends Altered {
    public UndeclaredSectionProvider() {
      super("undeclared-section");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion reading =
          criterion(
              family() + ".village.appraisal",
              c ->
                  c.dossier().has(Section.APPRAISALS)
                      ? CheckResult.pass(GoodProvider.reason("k", "是", "yes"))
                      : CheckResult.insufficient(GoodProvider.reason("k", "缺", "missing")));
      return withCriterion(good, reading);
    }
  }

  /**
   * A criterion that declares the complaints section and reads an absent one as "no complaint":
   * missing evidence taken for a pass.
   */
  public static final class MissingAsEmptyProvider extends Altered {
    public MissingAsEmptyProvider() {
      super("missing-as-empty");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion none =
          Criterion.builder(family() + ".village.complaints")
              .title("无投诉", "No complaint")
              .reference(GoodProvider.SOURCE)
              .sections(Section.COMPLAINTS)
              .check(
                  c ->
                      c.dossier().complaints().isEmpty()
                          ? CheckResult.pass(GoodProvider.reason("k", "无", "none"))
                          : CheckResult.fail(GoodProvider.reason("k", "有", "some")))
              .build();
      return withCriterion(good, none);
    }
  }

  /** Days between reminders, at least 1; the check divides by one less. */
  static final Parameter<Integer> EVERY =
      new Parameter<>(
          "reminder-days",
          ParameterType.POSITIVE_INTEGER,
          3,
          "days",
          LegalReference.of("文件", "2025", "item 1"),
          LocalizedText.of("提醒间隔天数", "Days between reminders"));

  /** A criterion whose check breaks at the least value of its parameter. */
  public static final class BoundaryErrorProvider extends Altered {
    public BoundaryErrorProvider() {
      super("boundary");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion reminders =
          Criterion.builder(family() + ".village.reminders")
              .title("提醒", "Reminders")
              .reference(GoodProvider.SOURCE)
              .parameters(EVERY)
              .check(
                  c ->
                      12 / (c.parameter(EVERY) - 1) > 0
                          ? CheckResult.pass(GoodProvider.reason("k", "是", "yes"))
                          : CheckResult.fail(GoodProvider.reason("k", "否", "no")))
              .build();
      Standard village = good.get(0);
      List<Criterion> criteria = new ArrayList<>(village.criteria());
      criteria.add(reminders);
      List<Parameter<?>> parameters = new ArrayList<>(village.parameters());
      parameters.add(EVERY);
      return List.of(
          village.toBuilder().criteria(criteria).parameters(parameters).build(), good.get(1));
    }
  }

  /** A criterion whose check has a veto part that it does not name. */
  public static final class UnnamedVetoProvider extends Altered {
    public UnnamedVetoProvider() {
      super("unnamed-veto");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion veto =
          criterion(
              family() + ".village.incidents",
              Checks.veto(c -> CheckResult.pass(GoodProvider.reason("k", "无", "none"))));
      return withCriterion(good, veto);
    }
  }

  /** A village standard that extends {@code base}, a standard of another plugin. */
  abstract static class ExtendingProvider extends GoodProvider {
    private final String base;

    ExtendingProvider(String family, String base) {
      super(family);
      this.base = base;
    }

    @Override
    public final List<Standard> standards(ProviderContext context) {
      return List.of(
          standard(family() + ".village", UnitKind.VILLAGE)
              .extending(base)
              .criteria(
                  List.of(
                      criterion(
                          family() + ".village.extra",
                          c -> CheckResult.pass(GoodProvider.reason("k", "是", "yes")))))
              .build());
    }
  }

  /** Extends the good provider's village standard. */
  public static final class ForeignBaseProvider extends ExtendingProvider {
    public ForeignBaseProvider() {
      super("foreign", "good.village");
    }
  }

  /** Extends the throwing provider's village standard, whose criterion breaks. */
  public static final class BrokenBaseProvider extends ExtendingProvider {
    public BrokenBaseProvider() {
      super("broken-base", "throwing.village");
    }
  }

  /** A criterion reading nothing, for the fixtures' own checks. */
  static Criterion criterion(String id, Check check) {
    return Criterion.builder(id)
        .title("附加", "Extra")
        .reference(GoodProvider.SOURCE)
        .check(check)
        .build();
  }

  /** The good standards with {@code added} among the village standard's criteria. */
  static List<Standard> withCriterion(List<Standard> good, Criterion added) {
    Standard village = good.get(0);
    List<Criterion> criteria = new ArrayList<>(village.criteria());
    criteria.add(added);
    return List.of(village.toBuilder().criteria(criteria).build(), good.get(1));
  }

  /**
   * A check that shares a resource between evaluations: alone it passes, and it fails when another
   * evaluation uses the resource at the same time, so only evaluating on several threads shows it.
   */
  public static final class SharedStateProvider extends Altered {
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    public SharedStateProvider() {
      super("shared-state");
    }

    @Override
    List<Standard> alter(List<Standard> good) {
      Criterion exclusive =
          criterion(
              family() + ".village.alone",
              c -> {
                boolean alone = ACTIVE.incrementAndGet() == 1;
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                alone &= ACTIVE.getAndDecrement() == 1;
                return alone
                    ? CheckResult.pass(GoodProvider.reason("k", "独用", "alone"))
                    : CheckResult.fail(GoodProvider.reason("k", "共用", "shared"));
              });
      return withCriterion(good, exclusive);
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

  /** A check sharing a resource between threads. */
  public static final class SharedStateCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new SharedStateProvider();
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
   * A provider whose check throws for communities, over villages only: the overrides of {@code
   * dossiers()} and {@code completeDossiers()} are what the properties use.
   */
  public static final class OwnDossiersCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new VillagesOnlyProvider();
    }

    @Provide
    @Override
    public Arbitrary<Dossier> dossiers() {
      return Dossiers.any(Dossiers.units(UnitKind.VILLAGE, "12"));
    }

    @Provide
    @Override
    public Arbitrary<Dossier> completeDossiers() {
      return Dossiers.complete(Dossiers.units(UnitKind.VILLAGE, "12"));
    }
  }

  /** The provider that throws for communities, over the kit's dossiers. */
  public static final class VillagesOnlyCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new VillagesOnlyProvider();
    }
  }

  /** A parameter read but not declared by its criterion. */
  public static final class UndeclaredParameterCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new UndeclaredParameterProvider();
    }
  }

  /** A section read but not declared. */
  public static final class UndeclaredSectionCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new UndeclaredSectionProvider();
    }
  }

  /** A section declared, and its absence read as none. */
  public static final class MissingAsEmptyCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new MissingAsEmptyProvider();
    }
  }

  /** A check that breaks at a bound of its parameter. */
  public static final class BoundaryErrorCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new BoundaryErrorProvider();
    }
  }

  /** A veto part without a name. */
  public static final class UnnamedVetoCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new UnnamedVetoProvider();
    }
  }

  /** A standard extending another plugin's, with that plugin not installed. */
  public static final class ForeignBaseCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new ForeignBaseProvider();
    }
  }

  /** A standard extending another plugin's, with that plugin installed. */
  public static final class InstalledBaseCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new ForeignBaseProvider();
    }

    @Override
    public List<StandardProvider> baseProviders() {
      return List.of(new GoodProvider());
    }
  }

  /** A standard extending another plugin's, its base named as known to be missing. */
  public static final class KnownMissingBaseCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new ForeignBaseProvider();
    }

    @Override
    public Set<String> missingBases() {
      return Set.of("good.village");
    }
  }

  /** A base named as missing that the provider itself offers. */
  public static final class OfferedMissingBaseCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new GoodProvider();
    }

    @Override
    public Set<String> missingBases() {
      return Set.of("good.village");
    }
  }

  /** A standard extending a broken base, installed: the joined standard is what is evaluated. */
  public static final class BrokenBaseCheck extends Both {
    @Override
    public StandardProvider provider() {
      return new BrokenBaseProvider();
    }

    @Override
    public List<StandardProvider> baseProviders() {
      return List.of(new ThrowingCriterionProvider());
    }
  }

  /**
   * A provider in a module that does not provide it: {@link NoProvidesProvider} loaded anew beside
   * the kit's own module descriptor, which has no {@code provides} for it.
   */
  public static final class NoProvidesCheck extends Both {
    @Override
    public StandardProvider provider() {
      return Beside.kitModuleDescriptor(NoProvidesProvider.class);
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
