package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cunzhi.spi.TestStandards.criterion;
import static org.cunzhi.spi.TestStandards.extending;
import static org.cunzhi.spi.TestStandards.standard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cunzhi.core.PluginFailureException;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.LoadProblem.Kind;
import org.cunzhi.spi.TestStandards.First;
import org.cunzhi.spi.TestStandards.Second;
import org.junit.jupiter.api.Test;

class StandardRegistryTest {

  private static final String FIRST = First.class.getName();
  private static final String SECOND = Second.class.getName();

  private static List<Kind> kinds(StandardRegistry registry) {
    return registry.problems().stream().map(LoadProblem::kind).toList();
  }

  private static List<String> ids(StandardRegistry registry) {
    return registry.standards().stream().map(Standard::id).toList();
  }

  @Test
  void of_twoProviders_offersEveryStandardOrderedById() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.c"), standard("test.a")), new Second(standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.a", "test.b", "test.c");
    assertThat(registry.problems()).isEmpty();
    assertThat(registry.providerOf("test.a")).contains(FIRST);
    assertThat(registry.providerOf("test.b")).contains(SECOND);
  }

  @Test
  void of_noProviders_isEmpty() {
    StandardRegistry registry = StandardRegistry.of(List.of());

    assertThat(registry.standards()).isEmpty();
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void find_knownAndUnknownIds() {
    Standard a = standard("test.a");
    StandardRegistry registry = StandardRegistry.of(List.of(new First(a)));

    assertThat(registry.find("test.a")).containsSame(a);
    assertThat(registry.find("test.b")).isEmpty();
    assertThat(registry.providerOf("test.b")).isEmpty();
  }

  @Test
  void get_unknownId_throwsListingTheKnownIds() {
    StandardRegistry registry =
        StandardRegistry.of(List.of(new First(standard("test.a"), standard("test.b"))));

    assertThatThrownBy(() -> registry.get("test.z"))
        .isInstanceOfSatisfying(
            UnknownStandardException.class,
            e -> assertThat(e.knownIds()).containsExactly("test.a", "test.b"))
        .hasMessageContaining("\"test.z\"")
        .hasMessageContaining("test.a, test.b");
  }

  @Test
  void standards_isUnmodifiable() {
    StandardRegistry registry = StandardRegistry.of(List.of(new First(standard("test.a"))));

    assertThatThrownBy(() -> registry.standards().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.problems().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_providerListChangedAfterwards_registryUnchanged() {
    List<StandardProvider> providers = new ArrayList<>(List.of(new First(standard("test.a"))));
    StandardRegistry registry = StandardRegistry.of(providers);
    providers.add(new Second(standard("test.b")));

    assertThat(ids(registry)).containsExactly("test.a");
  }

  @Test
  void of_standardsThrow_reportedAndOthersStillLoaded() {
    StandardProvider broken =
        new First() {
          @Override
          public List<Standard> standards(ProviderContext context) {
            throw new IllegalStateException("bundle missing");
          }
        };
    StandardRegistry registry =
        StandardRegistry.of(List.of(broken, new Second(standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.b");
    assertThat(registry.problems()).hasSize(1);
    LoadProblem problem = registry.problems().get(0);
    assertThat(problem.kind()).isEqualTo(Kind.STANDARDS_FAILED);
    assertThat(problem.providerClass()).isEqualTo(broken.getClass().getName());
    assertThat(problem.message()).contains("IllegalStateException", "bundle missing");
  }

  @Test
  @SuppressWarnings("NullAway") // a provider breaking its contract on purpose
  void of_standardsReturnNull_reported() {
    StandardProvider broken = context -> null;
    StandardRegistry registry = StandardRegistry.of(List.of(broken));

    assertThat(registry.standards()).isEmpty();
    assertThat(kinds(registry)).containsExactly(Kind.STANDARDS_FAILED);
    assertThat(registry.problems().get(0).message()).contains("returned null");
  }

  @Test
  void of_standardsContainNull_wholeProviderSkipped() {
    StandardProvider broken = context -> Arrays.asList(standard("test.a"), null);
    StandardRegistry registry = StandardRegistry.of(List.of(broken));

    assertThat(registry.standards()).isEmpty();
    assertThat(kinds(registry)).containsExactly(Kind.STANDARDS_FAILED);
    assertThat(registry.problems().get(0).message()).contains("index 1");
  }

  @Test
  void of_newerMajorVersion_skippedAsIncompatible() {
    assertIncompatible(SpiVersion.of(2, 0), "2.0");
  }

  @Test
  void of_newerMinorVersion_skippedAsIncompatible() {
    assertIncompatible(
        SpiVersion.of(SpiVersion.CURRENT.major(), SpiVersion.CURRENT.minor() + 1),
        SpiVersion.CURRENT.major() + "." + (SpiVersion.CURRENT.minor() + 1));
  }

  private static void assertIncompatible(SpiVersion version, String shown) {
    StandardProvider newer =
        new First(standard("test.a")) {
          @Override
          public SpiVersion spiVersion() {
            return version;
          }
        };
    StandardRegistry registry = StandardRegistry.of(List.of(newer, new Second(standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.b");
    assertThat(kinds(registry)).containsExactly(Kind.INCOMPATIBLE_VERSION);
    assertThat(registry.problems().get(0).message()).contains(shown, SpiVersion.CURRENT.toString());
  }

  @Test
  void of_currentVersionDeclared_loaded() {
    StandardProvider same =
        new First(standard("test.a")) {
          @Override
          public SpiVersion spiVersion() {
            return SpiVersion.CURRENT;
          }
        };

    assertThat(ids(StandardRegistry.of(List.of(same)))).containsExactly("test.a");
  }

  @Test
  void of_spiVersionThrows_skipped() {
    StandardProvider broken =
        new First(standard("test.a")) {
          @Override
          public SpiVersion spiVersion() {
            throw new UnsupportedOperationException();
          }
        };
    StandardRegistry registry = StandardRegistry.of(List.of(broken));

    assertThat(registry.standards()).isEmpty();
    assertThat(kinds(registry)).containsExactly(Kind.INCOMPATIBLE_VERSION);
  }

  @Test
  void of_sameIdFromTwoProviders_bothLeftOutAndBothNamed() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.a"), standard("test.shared")),
                new Second(standard("test.shared"), standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.a", "test.b");
    assertThat(registry.problems())
        .extracting(LoadProblem::kind, LoadProblem::providerClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, FIRST),
            org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, SECOND));
    assertThat(registry.problems().get(0).message()).contains("\"test.shared\"", SECOND);
    assertThat(registry.problems().get(1).message()).contains("\"test.shared\"", FIRST);
    assertThat(registry.providerOf("test.shared")).isEmpty();
  }

  @Test
  void get_idLeftOutAsDuplicate_throwsNamingTheProviders() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(standard("test.shared")), new Second(standard("test.shared"))));

    assertThatThrownBy(() -> registry.get("test.shared"))
        .isInstanceOfSatisfying(
            PluginFailureException.class, e -> assertThat(e.providerClass()).isEqualTo(FIRST))
        .hasMessageContaining(SECOND)
        .hasMessageContaining("left out");
    assertThat(registry.find("test.shared")).isEmpty();
  }

  // S-7: the evaluator needs every installed criterion id to tell another standard's from a typo.
  @Test
  void criterionIds_everyInstalledStandardsWithBases_inOrder_notTheLeftOut() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(extending("test.variant", "test.base"), standard("test.shared")),
                new Second(standard("test.base"), standard("test.shared"), standard("test.a"))));

    assertThat(registry.criterionIds())
        .containsExactly("test.a.item", "test.base.item", "test.variant.item");
    assertThat(StandardRegistry.of(List.of()).criterionIds()).isEmpty();
    assertThatThrownBy(() -> registry.criterionIds().add("test.x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_sameIdTwiceFromOneProvider_leftOut() {
    StandardRegistry registry =
        StandardRegistry.of(List.of(new First(standard("test.a"), standard("test.a"))));

    assertThat(registry.standards()).isEmpty();
    assertThat(kinds(registry)).containsExactly(Kind.DUPLICATE_ID);
    assertThat(registry.problems().get(0).message()).contains("more than once");
  }

  @Test
  void of_baseOfferedByAnotherProvider_resolvedWithBaseCriteriaFirst() {
    Standard base = standard("test.base");
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(extending("test.variant", "test.base")), new Second(base)));

    Standard variant = registry.get("test.variant");
    assertThat(registry.problems()).isEmpty();
    assertThat(variant.isBaseMissing()).isFalse();
    assertThat(variant.base()).containsSame(base);
    assertThat(variant.allCriteria())
        .extracting(Criterion::id)
        .containsExactly("test.base.item", "test.variant.item");
    assertThat(registry.providerOf("test.variant")).contains(FIRST);
  }

  @Test
  void of_chainOfBases_resolvedBasesFirst() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(extending("test.a", "test.b"), extending("test.b", "test.c")),
                new Second(standard("test.c"))));

    assertThat(registry.problems()).isEmpty();
    Standard a = registry.get("test.a");
    assertThat(a.allCriteria())
        .extracting(Criterion::id)
        .containsExactly("test.c.item", "test.b.item", "test.a.item");
    assertThat(a.base().orElseThrow().isBaseMissing()).isFalse();
    assertThat(registry.get("test.b").base()).isPresent();
  }

  @Test
  void of_missingBase_standardStaysBaseMissing() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(extending("test.variant", "test.absent"), standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.b", "test.variant");
    assertThat(registry.get("test.variant").isBaseMissing()).isTrue();
    assertThat(kinds(registry)).containsExactly(Kind.BASE_MISSING);
    LoadProblem problem = registry.problems().get(0);
    assertThat(problem.providerClass()).isEqualTo(FIRST);
    assertThat(problem.message()).contains("test.variant", "test.absent", "no provider");
  }

  @Test
  void of_baseLeftOutAsDuplicate_variantStaysBaseMissing() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.base"), extending("test.variant", "test.base")),
                new Second(standard("test.base"))));

    assertThat(registry.get("test.variant").isBaseMissing()).isTrue();
    assertThat(kinds(registry))
        .containsExactly(Kind.DUPLICATE_ID, Kind.DUPLICATE_ID, Kind.BASE_MISSING);
    assertThat(registry.problems().get(2).message()).contains("more than one provider");
  }

  @Test
  void of_baseMissingTwoLevelsDown_everyLevelStaysBaseMissing() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(extending("test.a", "test.b"), extending("test.b", "test.absent"))));

    assertThat(registry.get("test.a").isBaseMissing()).isTrue();
    assertThat(registry.get("test.b").isBaseMissing()).isTrue();
    assertThat(registry.problems())
        .extracting(LoadProblem::message)
        .anySatisfy(m -> assertThat(m).contains("test.b extends test.absent"))
        .anySatisfy(m -> assertThat(m).contains("test.a extends test.b", "own base is unresolved"));
  }

  @Test
  void of_cycleOfTwo_bothReportedAndBaseMissing() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(extending("test.a", "test.b")),
                new Second(extending("test.b", "test.a"), standard("test.c"))));

    assertThat(ids(registry)).containsExactly("test.a", "test.b", "test.c");
    assertThat(registry.get("test.a").isBaseMissing()).isTrue();
    assertThat(registry.get("test.b").isBaseMissing()).isTrue();
    assertThat(registry.get("test.c").isBaseMissing()).isFalse();
    assertThat(registry.problems())
        .extracting(LoadProblem::kind, LoadProblem::providerClass)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.BASE_CYCLE, FIRST),
            org.assertj.core.groups.Tuple.tuple(Kind.BASE_CYCLE, SECOND));
    assertThat(registry.problems())
        .extracting(LoadProblem::message)
        .containsExactlyInAnyOrder(
            "standard test.a extends itself through test.a → test.b → test.a, so it can never MEET",
            "standard test.b extends itself through test.b → test.a → test.b, so it can never MEET");
  }

  @Test
  void of_selfExtension_reportedAsCycle() {
    StandardRegistry registry =
        StandardRegistry.of(List.of(new First(extending("test.a", "test.a"))));

    assertThat(registry.get("test.a").isBaseMissing()).isTrue();
    assertThat(kinds(registry)).containsExactly(Kind.BASE_CYCLE);
    assertThat(registry.problems().get(0).message()).contains("test.a → test.a");
  }

  @Test
  void of_standardExtendingACycle_baseMissingButNotPartOfIt() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(
                    extending("test.a", "test.b"),
                    extending("test.b", "test.c"),
                    extending("test.c", "test.b"))));

    assertThat(registry.standards()).allSatisfy(s -> assertThat(s.isBaseMissing()).isTrue());
    assertThat(kinds(registry))
        .containsExactlyInAnyOrder(Kind.BASE_CYCLE, Kind.BASE_CYCLE, Kind.BASE_MISSING);
    assertThat(registry.problems())
        .filteredOn(p -> p.kind() == Kind.BASE_MISSING)
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("test.a extends test.b"));
  }

  @Test
  void of_baseWithSameCriterionId_reportedAsIncompatible() {
    Standard variant =
        TestStandards.builder("test.variant")
            .extending("test.base")
            .criteria(List.of(criterion("test.base.item")))
            .build();
    StandardRegistry registry =
        StandardRegistry.of(List.of(new First(variant), new Second(standard("test.base"))));

    assertThat(registry.get("test.variant").isBaseMissing()).isTrue();
    assertThat(kinds(registry)).containsExactly(Kind.BASE_INCOMPATIBLE);
    assertThat(registry.problems().get(0).message()).contains("test.base.item");
  }

  @Test
  void of_extensionSettingAKeyItsBaseLacks_incompatibleNamingTheStandardAndTheKey() {
    Standard variant =
        TestStandards.builder("test.variant")
            .extending("test.base")
            .set("visiting-days", "30")
            .build();
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(variant), new Second(TestStandards.withParameters("test.base").build())));

    assertThat(registry.get("test.variant").isBaseMissing()).isTrue();
    assertThat(registry.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.BASE_INCOMPATIBLE);
              assertThat(p.providerClass()).isEqualTo(First.class.getName());
              assertThat(p.message()).contains("test.variant", "visiting-days", "test.base");
            });
  }

  @Test
  void of_extensionSettingAValueOutsideTheDeclaredRange_incompatibleNamingTheKey() {
    Standard variant =
        TestStandards.builder("test.variant")
            .extending("test.base")
            .set("complaint-days", "31")
            .build();
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(variant, TestStandards.withParameters("test.base").build())));

    assertThat(kinds(registry)).containsExactly(Kind.BASE_INCOMPATIBLE);
    assertThat(registry.problems().get(0).message())
        .contains("test.variant", "complaint-days must be from 1 to 30 days, was 31");
  }

  @Test
  void of_extensionSettingValuesInRange_isJoinedWithThem() {
    Standard variant =
        TestStandards.builder("test.variant")
            .extending("test.base")
            .set("complaint-days", "30")
            .set("awareness-rate", ">= 100%")
            .build();
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(variant, TestStandards.withParameters("test.base").build())));

    assertThat(registry.problems()).isEmpty();
    assertThat(registry.get("test.variant").valueOf(TestStandards.COMPLAINT_DAYS)).isEqualTo(30);
  }

  @Test
  @SuppressWarnings("NullAway") // a provider breaking its contract on purpose
  void of_brokenProvidersAmongGoodOnes_goodOnesAllLoaded() {
    StandardProvider throwing =
        context -> {
          throw new LinkageError("missing dependency");
        };
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.a")),
                throwing,
                context -> null,
                new Second(standard("test.b"))));

    assertThat(ids(registry)).containsExactly("test.a", "test.b");
    assertThat(kinds(registry)).containsExactly(Kind.STANDARDS_FAILED, Kind.STANDARDS_FAILED);
  }

  @Test
  void sourceOf_providerOnTheClassPath_isTheFolderOfItsClasses() throws Exception {
    StandardRegistry registry = StandardRegistry.of(List.of(new First(standard("test.a"))));

    String folder =
        Path.of(First.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    assertThat(registry.sourceOf("test.a")).contains(folder);
    assertThat(registry.sourceOf("test.z")).isEmpty();
  }

  @Test
  void sourceOf_idLeftOutAsDuplicate_isEmpty() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(standard("test.shared")), new Second(standard("test.shared"))));

    assertThat(registry.sourceOf("test.shared")).isEmpty();
  }

  @Test
  void problems_carryTheLocationOfTheProviderAtFault() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.shared"), extending("test.variant", "test.absent")),
                new Second(standard("test.shared"))));

    String folder = registry.problems().get(0).location();
    assertThat(folder).isNotEqualTo(LoadProblem.UNKNOWN_LOCATION).endsWith("test-classes");
    assertThat(registry.problems()).extracting(LoadProblem::location).containsOnly(folder);
    assertThat(registry.problems().get(0).message()).contains(SECOND + " (" + folder + ")");
  }

  @Test
  void problemsWith_duplicateId_oneProblemForEachProvider() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(
                new First(standard("test.shared"), standard("test.a")),
                new Second(standard("test.shared"))));

    assertThat(registry.problemsWith("test.shared"))
        .extracting(LoadProblem::kind, LoadProblem::providerClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, FIRST),
            org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ID, SECOND));
    assertThat(registry.problemsWith("test.a")).isEmpty();
    assertThat(registry.problemsWith("test.never-offered")).isEmpty();
  }

  @Test
  void problemsWith_missingBase_theStandardThatStays() {
    StandardRegistry registry =
        StandardRegistry.of(
            List.of(new First(extending("test.variant", "test.absent"), standard("test.b"))));

    assertThat(registry.problemsWith("test.variant"))
        .extracting(LoadProblem::kind)
        .containsExactly(Kind.BASE_MISSING);
    assertThat(registry.problemsWith("test.absent")).isEmpty();
    assertThat(registry.problemsWith("test.b")).isEmpty();
  }

  @Test
  void loadProblem_toString_namesTheJarByItsFileName() {
    LoadProblem inJar =
        new LoadProblem(
            Kind.STANDARDS_FAILED, "com.example.X", "it failed", "/opt/plugins/county-1.0.jar");
    LoadProblem inFolder =
        new LoadProblem(Kind.STANDARDS_FAILED, "com.example.X", "it failed", "/work/classes");

    assertThat(inJar).hasToString("STANDARDS_FAILED com.example.X (county-1.0.jar): it failed");
    assertThat(inFolder).hasToString("STANDARDS_FAILED com.example.X (/work/classes): it failed");
    assertThat(inJar.location()).isEqualTo("/opt/plugins/county-1.0.jar");
  }

  @Test
  void loadProblem_threeArgumentConstructor_locationUnknown() {
    LoadProblem problem = new LoadProblem(Kind.LOAD_FAILED, "com.example.X", "it failed");

    assertThat(problem.location()).isEqualTo(LoadProblem.UNKNOWN_LOCATION);
    assertThat(problem)
        .isEqualTo(
            new LoadProblem(
                Kind.LOAD_FAILED, "com.example.X", "it failed", LoadProblem.UNKNOWN_LOCATION));
  }

  @Test
  void loadProblem_toException_namesTheProvider() {
    LoadProblem problem = new LoadProblem(Kind.LOAD_FAILED, "com.example.X", "it failed");

    assertThat(problem.toException().providerClass()).isEqualTo("com.example.X");
    assertThat(problem.toException()).hasMessage("com.example.X: it failed");
    assertThat(problem).hasToString("LOAD_FAILED com.example.X: it failed");
  }
}
