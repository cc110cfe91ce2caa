package org.cunzhi.examples.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The arrows of STYLE.md across the whole library, as an application sees it from outside: core
 * depends on no other module; json on core only; spi (and its kit) on core only; report on core
 * only; a plugin on spi and core, never on json or another plugin. No package cycle anywhere in the
 * library, and no standard stream or {@code java.util.logging} in library code.
 *
 * <p>Each rule must be able to fail: each is also run on small offending classes, compiled for the
 * test into the library's package names, and must find its offender there.
 */
@AnalyzeClasses(
    packages = {
      "org.cunzhi.core",
      "org.cunzhi.json",
      "org.cunzhi.spi",
      "org.cunzhi.plugins",
      "org.cunzhi.report"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryArchitectureTest {
  private static final String[] LIBRARY = {
    "org.cunzhi.core..",
    "org.cunzhi.json..",
    "org.cunzhi.spi..",
    "org.cunzhi.plugins..",
    "org.cunzhi.report.."
  };

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cunzhi.json..",
              "org.cunzhi.spi..",
              "org.cunzhi.plugins..",
              "org.cunzhi.report..",
              "org.cunzhi.examples..")
          .allowEmptyShould(false);

  /** The report renders core's results; hosts (the command line, a web service) feed it. */
  @ArchTest
  static final ArchRule reportDependsOnCoreOnly =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cunzhi.json..",
              "org.cunzhi.spi..",
              "org.cunzhi.plugins..",
              "org.cunzhi.examples..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule jsonDependsOnCoreOnly =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cunzhi.spi..", "org.cunzhi.plugins..", "org.cunzhi.examples..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule spiDependsOnCoreOnly =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.spi..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cunzhi.json..", "org.cunzhi.plugins..", "org.cunzhi.examples..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule pluginsDependOnNeitherJsonNorExamples =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.plugins..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cunzhi.json..", "org.cunzhi.examples..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule pluginsDependOnNoOtherPlugin =
      slices()
          .matching("org.cunzhi.plugins.(*)..")
          .namingSlices("plugin $1")
          .should()
          .notDependOnEachOther()
          .allowEmptyShould(false);

  /** Every package is a slice of its own, so a cycle between any two packages is found. */
  @ArchTest
  static final ArchRule libraryPackagesAreFreeOfCycles =
      slices()
          .matching("org.cunzhi.(**)")
          .namingSlices("package org.cunzhi.$1")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(false);

  /** No {@code System.out}, {@code System.err} or {@code printStackTrace()}. */
  @ArchTest
  static final ArchRule libraryUsesNoStandardStreams =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .allowEmptyShould(false);

  /**
   * Stricter than ArchUnit's {@code USE_JAVA_UTIL_LOGGING}, which only sees a logger kept in a
   * field: any use of {@code java.util.logging} counts.
   */
  @ArchTest
  static final ArchRule libraryUsesNoJavaUtilLogging =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .allowEmptyShould(false);

  // ---------------------------------------------------------------- every rule can fail

  /** Small classes that break the rules, by fully qualified name; compiled once for the test. */
  private static final Map<String, String> OFFENDERS =
      Map.ofEntries(
          Map.entry("org.cunzhi.json.leaf.JsonLeaf", "public class JsonLeaf {}"),
          Map.entry("org.cunzhi.spi.leaf.SpiLeaf", "public class SpiLeaf {}"),
          Map.entry("org.cunzhi.plugins.beta.BetaLeaf", "public class BetaLeaf {}"),
          Map.entry("org.cunzhi.examples.leaf.AppLeaf", "public class AppLeaf {}"),
          Map.entry(
              "org.cunzhi.core.offender.CoreOffender",
              """
              public class CoreOffender {
                org.cunzhi.json.leaf.JsonLeaf json;
                org.cunzhi.spi.leaf.SpiLeaf spi;
                org.cunzhi.plugins.beta.BetaLeaf plugin;
                org.cunzhi.examples.leaf.AppLeaf app;
              }
              """),
          Map.entry(
              "org.cunzhi.json.offender.JsonOffender",
              """
              public class JsonOffender {
                org.cunzhi.spi.leaf.SpiLeaf spi;
                org.cunzhi.plugins.beta.BetaLeaf plugin;
                org.cunzhi.examples.leaf.AppLeaf app;
              }
              """),
          Map.entry(
              "org.cunzhi.report.offender.ReportOffender",
              """
              public class ReportOffender {
                org.cunzhi.json.leaf.JsonLeaf json;
                org.cunzhi.spi.leaf.SpiLeaf spi;
                org.cunzhi.plugins.beta.BetaLeaf plugin;
                org.cunzhi.examples.leaf.AppLeaf app;
              }
              """),
          Map.entry(
              "org.cunzhi.spi.offender.SpiOffender",
              """
              public class SpiOffender {
                org.cunzhi.json.leaf.JsonLeaf json;
                org.cunzhi.plugins.beta.BetaLeaf plugin;
                org.cunzhi.examples.leaf.AppLeaf app;
              }
              """),
          Map.entry(
              "org.cunzhi.plugins.alpha.AlphaOffender",
              """
              public class AlphaOffender {
                org.cunzhi.json.leaf.JsonLeaf json;
                org.cunzhi.examples.leaf.AppLeaf app;
                org.cunzhi.plugins.beta.BetaLeaf otherPlugin;
              }
              """),
          Map.entry(
              "org.cunzhi.core.ping.Ping", "public class Ping { org.cunzhi.core.pong.Pong pong; }"),
          Map.entry(
              "org.cunzhi.core.pong.Pong", "public class Pong { org.cunzhi.core.ping.Ping ping; }"),
          Map.entry(
              "org.cunzhi.core.offender.Shouts",
              """
              public class Shouts {
                void shout() {
                  System.out.println("no");
                }
              }
              """),
          Map.entry(
              "org.cunzhi.core.offender.Logs",
              """
              public class Logs {
                void log() {
                  java.util.logging.Logger.getLogger("no").info("no");
                }
              }
              """));

  /** The offenders, compiled and imported once for all the rules. */
  private static JavaClasses offenders;

  @BeforeAll
  static void compileOffenders(@TempDir Path dir) throws IOException {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    for (Map.Entry<String, String> e : OFFENDERS.entrySet()) {
      String name = e.getKey();
      int dot = name.lastIndexOf('.');
      Path file = sources.resolve(name.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, "package " + name.substring(0, dot) + ";\n" + e.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status = javac.run(null, messages, messages, args.toArray(String[]::new));
    assertThat(status).as(messages.toString(StandardCharsets.UTF_8)).isZero();
    offenders = new ClassFileImporter().importPath(classes);
  }

  static Stream<Arguments> rulesAndTheirOffenders() {
    return Stream.of(
        Arguments.of("core", coreDependsOnNoOtherModule, List.of("CoreOffender")),
        Arguments.of("json", jsonDependsOnCoreOnly, List.of("JsonOffender")),
        Arguments.of("report", reportDependsOnCoreOnly, List.of("ReportOffender")),
        Arguments.of("spi", spiDependsOnCoreOnly, List.of("SpiOffender")),
        Arguments.of("plugins", pluginsDependOnNeitherJsonNorExamples, List.of("AlphaOffender")),
        Arguments.of(
            "plugin slices", pluginsDependOnNoOtherPlugin, List.of("plugin alpha", "plugin beta")),
        Arguments.of("cycles", libraryPackagesAreFreeOfCycles, List.of("Ping", "Pong")),
        Arguments.of("streams", libraryUsesNoStandardStreams, List.of("Shouts")),
        Arguments.of("logging", libraryUsesNoJavaUtilLogging, List.of("Logs")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndTheirOffenders")
  void rule_offendingClasses_violated(String name, ArchRule rule, List<String> named) {
    EvaluationResult result = rule.evaluate(offenders);

    assertThat(result.hasViolation()).as(name).isTrue();
    assertThat(result.getFailureReport().toString()).as(name).contains(named);
  }
}
