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
          "evaluate_givesOneOutcomePerCriterionAndNoError",
          "evaluate_twice_givesEqualResults");

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

  private static Set<String> failed(Map<String, TestExecutionResult> results) {
    return results.entrySet().stream()
        .filter(e -> e.getValue().getStatus() != TestExecutionResult.Status.SUCCESSFUL)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
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
  void throwingCriterion_failsTheOutcomeProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.ThrowingCriterionCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_givesOneOutcomePerCriterionAndNoError");
    assertThat(message(results, "evaluate_givesOneOutcomePerCriterionAndNoError"))
        .contains("throwing.village.organization gave ERROR")
        .contains("IllegalStateException");
  }

  @Test
  void overriddenDossiers_areTheOnesEvaluated() {
    assertThat(failed(run(Fixtures.OwnDossiersCheck.class))).isEmpty();
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
  void statefulCheck_failsTheDeterminismProperty() {
    Map<String, TestExecutionResult> results = run(Fixtures.StatefulCheck.class);

    assertThat(failed(results)).containsExactly("evaluate_twice_givesEqualResults");
  }

  @Test
  void unregisteredProvider_failsTheDiscoveryCheck() {
    Map<String, TestExecutionResult> results = run(Fixtures.UnregisteredCheck.class);

    assertThat(failed(results)).containsExactly("discovery_findsProvider");
    assertThat(message(results, "discovery_findsProvider"))
        .contains("discovery did not find " + Fixtures.UnregisteredProvider.class.getName());
  }
}
