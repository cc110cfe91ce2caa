package org.cunzhi.spi.tck;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit passes a healthy provider and fails each deliberately broken one on the check that
 * concerns it, and on no other. Runs the contracts with the JUnit Platform launcher, both engines
 * (Jupiter for the examples, jqwik for the properties), as a plugin's build would.
 */
class StandardProviderContractTest {

  private static final Set<String> ALL_CHECKS =
      Set.of(
          "standards_areOffered",
          "standardIds_areUniqueAndWellFormed",
          "criterionIds_areUniqueAndWellFormed",
          "titles_arePresentInBothLanguages",
          "references_arePresent",
          "parameters_areDocumented",
          "applicability_isNotEmpty",
          "spiVersion_isSupported",
          "standards_areTheSameEveryTime",
          "registry_acceptsEveryStandard",
          "discovery_findsProvider",
          "discovery_onTheClassPath_servicesFileNamesProvider",
          "discovery_onTheModulePath_moduleProvidesProvider",
          "evaluate_givesOneOutcomePerCriterionAndNoError",
          "decide_isTheEvaluationsDecision",
          "evaluate_readsOnlyTheParametersItDeclares",
          "evaluate_withoutASectionItNeeds_neverPasses",
          "evaluate_withoutASectionItDoesNotRead_keepsItsOutcome",
          "evaluate_parametersAtTheirBounds_neverError",
          "evaluate_twice_givesEqualResults",
          "evaluate_onSeveralThreads_givesEqualResults");

  private static final String MODULE_CHECK = "discovery_onTheModulePath_moduleProvidesProvider";

  /** Runs {@code contract} and gives each test method's status, by method name. */
  private static Map<String, TestExecutionResult> run(Class<?> contract) {
    Map<String, TestExecutionResult> results = new TreeMap<>();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(contract))
            .configurationParameter("jqwik.database", "target/jqwik-kit-self-test-database")
            .configurationParameter("jqwik.shrinking.default", "OFF")
            .build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        request,
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
              results.put(m.getMethodName(), result);
            }
          }
        });
    return results;
  }

  /** The tests that failed; a test skipped for want of anything to check (ABORTED) did not. */
  private static Set<String> failed(Map<String, TestExecutionResult> results) {
    return results.entrySet().stream()
        .filter(e -> e.getValue().getStatus() == TestExecutionResult.Status.FAILED)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static TestExecutionResult.Status status(
      Map<String, TestExecutionResult> results, String test) {
    return requireNonNull(results.get(test), test).getStatus();
  }

  private static String message(Map<String, TestExecutionResult> results, String test) {
    return requireNonNull(results.get(test), test)
        .getThrowable()
        .map(t -> String.valueOf(t.getMessage()))
        .orElse("");
  }

  @Test
  void goodProvider_passesEveryCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.GoodCheck.class);

    assertThat(results.keySet()).isEqualTo(ALL_CHECKS);
    assertThat(failed(results)).isEmpty();
    // the kit's tests run on the class path, and the fixtures have no module descriptor
    assertThat(status(results, MODULE_CHECK)).isEqualTo(TestExecutionResult.Status.ABORTED);
  }

  @Test
  void duplicateId_failsTheIdAndRegistryChecks() {
    Map<String, TestExecutionResult> results = run(Fixtures.DuplicateIdCheck.class);

    assertThat(failed(results))
        .containsExactlyInAnyOrder(
            "standardIds_areUniqueAndWellFormed",
            "registry_acceptsEveryStandard",
            "discovery_findsProvider");
    assertThat(message(results, "standardIds_areUniqueAndWellFormed"))
        .contains("\"dup.village\" is offered more than once");
  }

  @Test
  void blankOrNonChineseTitle_failsTheTitleCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.BlankTitleCheck.class);

    assertThat(failed(results)).containsExactly("titles_arePresentInBothLanguages");
    assertThat(message(results, "titles_arePresentInBothLanguages"))
        .contains("English title of criterion blank.village.blank is blank")
        .contains("Chinese title of criterion blank.village.latin has no Chinese character");
  }

  @Test
  void throwingCriterion_failsTheOutcomeAndTheMissingSectionProperties() {
    Map<String, TestExecutionResult> results = run(Fixtures.ThrowingCriterionCheck.class);

    assertThat(failed(results))
        .containsExactlyInAnyOrder(
            "evaluate_givesOneOutcomePerCriterionAndNoError",
            "evaluate_withoutASectionItNeeds_neverPasses");
    assertThat(message(results, "evaluate_givesOneOutcomePerCriterionAndNoError"))
        .contains("throwing.village.organization gave ERROR")
        .contains("IllegalStateException");
    assertThat(message(results, "evaluate_withoutASectionItNeeds_neverPasses"))
        .contains("criterion throwing.village.organization gave ERROR without organization");
  }

  @Test
  void villagesOnlyCriterion_failsTheOutcomePropertyOnly() {
    Map<String, TestExecutionResult> results = run(Fixtures.VillagesOnlyCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_givesOneOutcomePerCriterionAndNoError");
  }

  @Test
  void overriddenDossiers_areTheOnesEvaluated() {
    assertThat(failed(run(Fixtures.OwnDossiersCheck.class))).isEmpty();
  }

  @Test
  void undeclaredParameter_failsTheParametersReadProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.UndeclaredParameterCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_readsOnlyTheParametersItDeclares");
    assertThat(message(results, "evaluate_readsOnlyTheParametersItDeclares"))
        .contains(
            "criterion undeclared-parameter.village.postings read the parameter(s) [disclosures]"
                + " but does not declare them");
  }

  @Test
  void undeclaredSection_failsTheUnreadSectionProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.UndeclaredSectionCheck.class);

    assertThat(failed(results))
        .containsExactly("evaluate_withoutASectionItDoesNotRead_keepsItsOutcome");
    assertThat(message(results, "evaluate_withoutASectionItDoesNotRead_keepsItsOutcome"))
        .contains(
            "criterion undeclared-section.village.appraisal gave INSUFFICIENT_EVIDENCE without"
                + " appraisals (PASS with it), a section it does not declare")
        .contains(".sections(Section.APPRAISALS)");
  }

  @Test
  void missingSectionTakenForNone_failsTheMissingSectionProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.MissingAsEmptyCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_withoutASectionItNeeds_neverPasses");
    assertThat(message(results, "evaluate_withoutASectionItNeeds_neverPasses"))
        .contains("criterion missing-as-empty.village.complaints gave PASS without complaints");
  }

  @Test
  void errorAtABoundOfAParameter_failsTheBoundsProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.BoundaryErrorCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_parametersAtTheirBounds_neverError");
    assertThat(message(results, "evaluate_parametersAtTheirBounds_neverError"))
        .contains("criterion boundary.village.reminders gave ERROR with reminder-days = 1")
        .contains("ArithmeticException");
  }

  @Test
  void unnamedVetoPart_failsTheTitleCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.UnnamedVetoCheck.class);

    assertThat(failed(results)).containsExactly("titles_arePresentInBothLanguages");
    assertThat(message(results, "titles_arePresentInBothLanguages"))
        .contains("criterion unnamed-veto.village.incidents has a veto part (Checks.veto)");
  }

  @Test
  void baseOfAnotherPluginNotInstalled_failsTheRegistryCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.ForeignBaseCheck.class);

    assertThat(failed(results)).containsExactly("registry_acceptsEveryStandard");
    assertThat(message(results, "registry_acceptsEveryStandard"))
        .contains(
            "standard foreign.village extends good.village, which neither "
                + Fixtures.ForeignBaseProvider.class.getName()
                + " nor baseProviders() offers")
        .contains("baseProviders()", "missingBases()");
  }

  @Test
  void baseOfAnotherPluginInstalled_passesEveryCheck() {
    assertThat(failed(run(Fixtures.InstalledBaseCheck.class))).isEmpty();
  }

  @Test
  void baseNamedAsMissing_passesEveryCheck() {
    assertThat(failed(run(Fixtures.KnownMissingBaseCheck.class))).isEmpty();
  }

  @Test
  void baseNamedAsMissingButOffered_failsTheRegistryCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.OfferedMissingBaseCheck.class);

    assertThat(failed(results)).containsExactly("registry_acceptsEveryStandard");
    assertThat(message(results, "registry_acceptsEveryStandard"))
        .contains("missingBases() names good.village, but " + GoodProvider.class.getName());
  }

  @Test
  void brokenInstalledBase_isEvaluatedJoinedToTheStandard() {
    Map<String, TestExecutionResult> results = run(Fixtures.BrokenBaseCheck.class);

    assertThat(failed(results)).contains("evaluate_givesOneOutcomePerCriterionAndNoError");
    assertThat(message(results, "evaluate_givesOneOutcomePerCriterionAndNoError"))
        .contains("throwing.village.organization gave ERROR");
  }

  @Test
  void moduleNotProvidingTheProvider_failsTheModulePathCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.NoProvidesCheck.class);

    assertThat(failed(results)).containsExactly(MODULE_CHECK);
    assertThat(message(results, MODULE_CHECK))
        .contains(
            "module org.cunzhi.spi.tck does not provide org.cunzhi.spi.StandardProvider with "
                + NoProvidesProvider.class.getName())
        .contains("provides org.cunzhi.spi.StandardProvider with");
  }

  @Test
  void undocumentedParameter_failsTheParameterCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.UndocumentedParameterCheck.class);

    assertThat(failed(results)).containsExactly("parameters_areDocumented");
    assertThat(message(results, "parameters_areDocumented"))
        .contains("parameter days read by criterion undocumented.village.days is not declared")
        .contains("Chinese description of parameter days")
        .contains("unit of parameter days");
  }

  @Test
  void countyStandardForEverywhere_failsTheApplicabilityCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.EverywhereCheck.class);

    assertThat(failed(results)).containsExactly("applicability_isNotEmpty");
    assertThat(message(results, "applicability_isNotEmpty")).contains("everywhere.village");
  }

  @Test
  void statefulCheck_failsTheDeterminismProperties_showingOnlyWhatDiffers() {
    Map<String, TestExecutionResult> results = run(Fixtures.StatefulCheck.class);

    // on threads, whether the calls of each thread keep their parity depends on the schedule
    assertThat(failed(results))
        .contains("evaluate_twice_givesEqualResults")
        .isSubsetOf(
            "evaluate_twice_givesEqualResults",
            "evaluate_onSeveralThreads_givesEqualResults",
            // deciding runs the check once more, so its parity may differ from the evaluation's
            "decide_isTheEvaluationsDecision");
    for (String test : failed(results)) {
      if (test.equals("decide_isTheEvaluationsDecision")) {
        assertThat(message(results, test)).contains("stateful.village decided");
        continue;
      }
      assertThat(message(results, test))
          .contains("stateful.village")
          .containsPattern("criteria\\[2\\]\\.outcome: (PASS ≠ FAIL|FAIL ≠ PASS)")
          .doesNotContain("EvaluationResult[")
          .hasSizeLessThan(2_000);
    }
  }

  @Test
  void sharedState_failsTheThreadsProperty_showingOnlyWhatDiffers() {
    Map<String, TestExecutionResult> results = run(Fixtures.SharedStateCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_onSeveralThreads_givesEqualResults");
    assertThat(message(results, "evaluate_onSeveralThreads_givesEqualResults"))
        .contains("the evaluation against shared-state.village differs (one thread ≠ several)")
        .contains("criteria[2].outcome: PASS ≠ FAIL")
        .doesNotContain("EvaluationResult[")
        .hasSizeLessThan(4_000);
  }

  @Test
  void unregisteredProvider_failsTheDiscoveryChecks_sayingWhatToAdd() {
    Map<String, TestExecutionResult> results = run(Fixtures.UnregisteredCheck.class);

    assertThat(failed(results))
        .containsExactlyInAnyOrder(
            "discovery_findsProvider", "discovery_onTheClassPath_servicesFileNamesProvider");
    assertThat(message(results, "discovery_findsProvider"))
        .contains("discovery did not find " + Fixtures.UnregisteredProvider.class.getName());
    assertThat(message(results, "discovery_onTheClassPath_servicesFileNamesProvider"))
        .contains("files names " + Fixtures.UnregisteredProvider.class.getName())
        .contains(
            "add the file src/main/resources/META-INF/services/org.cunzhi.spi.StandardProvider"
                + " with the line "
                + Fixtures.UnregisteredProvider.class.getName());
  }
}
