package org.cunzhi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arrows of STYLE.md as far as core is concerned: core depends on no other module of the
 * project, its packages form no cycle, its model is immutable, and it writes to no standard stream
 * or {@code java.util.logging}.
 */
@AnalyzeClasses(packages = "org.cunzhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cunzhi.spi..",
              "org.cunzhi.json..",
              "org.cunzhi.plugins..",
              "org.cunzhi.examples..")
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices().matching("org.cunzhi.core.(*)..").should().beFreeOfCycles().allowEmptyShould(false);

  @ArchTest
  static final ArchRule modelIsImmutable =
      classes()
          .that()
          .resideInAPackage("org.cunzhi.core.model")
          .and()
          .doNotHaveSimpleName("Builder")
          .should(beImmutable())
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule noStandardStreams =
      noClasses()
          .that()
          .resideInAPackage("org.cunzhi.core..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .allowEmptyShould(false);

  /**
   * Stricter than ArchUnit's {@code USE_JAVA_UTIL_LOGGING}, which only sees a logger kept in a
   * field: any use of {@code java.util.logging} counts.
   */
  @ArchTest static final ArchRule noJavaUtilLogging = noJavaUtilLogging("org.cunzhi.core..");

  static ArchRule noJavaUtilLogging(String packages) {
    return noClasses()
        .that()
        .resideInAPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.util.logging..")
        .as("no class in " + packages + " should use java.util.logging")
        .allowEmptyShould(false);
  }

  /**
   * A record, an enum, an interface, or a final class whose fields are all final. Synthetic classes
   * the compiler adds (an enum switch's lookup table) are not model types.
   */
  static ArchCondition<JavaClass> beImmutable() {
    return new ArchCondition<>("be a record, enum, interface, or final class with final fields") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (type.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          return;
        }
        List<String> problems = new ArrayList<>();
        boolean shapeOk =
            type.isRecord()
                || type.isEnum()
                || type.isInterface()
                || type.getModifiers().contains(JavaModifier.FINAL);
        if (!shapeOk) {
          problems.add("is a class that is not final");
        }
        for (JavaField field : type.getFields()) {
          if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            problems.add("has non-final field " + field.getName());
          }
        }
        if (problems.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(type, type.getName() + " is immutable"));
        } else {
          events.add(
              SimpleConditionEvent.violated(
                  type, type.getName() + " " + String.join(" and ", problems)));
        }
      }
    };
  }

  // The custom and library conditions above can fail: each sees a deliberate offender below.

  @SuppressWarnings("unused")
  static class OpenClass {
    private final int x = 0;
  }

  @SuppressWarnings("unused")
  static final class MutableField {
    private int x;
  }

  static final class ShoutsAndLogs {
    void shout() {
      System.out.println("no");
      java.util.logging.Logger.getLogger("x").info("no");
    }
  }

  @SuppressWarnings("unused")
  record Fine(int x) {}

  private static JavaClasses offenders() {
    return new ClassFileImporter()
        .importClasses(OpenClass.class, MutableField.class, ShoutsAndLogs.class, Fine.class);
  }

  @Test
  void beImmutable_flagsOpenClassesAndMutableFields_only() {
    ArchRule rule = classes().should(beImmutable());
    String report = rule.evaluate(offenders()).getFailureReport().toString();
    assertThat(report)
        .contains("OpenClass is a class that is not final")
        .contains("MutableField has non-final field x")
        .doesNotContain("$Fine");
  }

  @Test
  void standardStreamsAndLoggingRules_flagAnOffender() {
    JavaClasses classes = offenders();
    assertThat(
            noClasses()
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .evaluate(classes)
                .hasViolation())
        .isTrue();
    assertThat(noJavaUtilLogging("org.cunzhi.core..").evaluate(classes).hasViolation()).isTrue();
  }

  @Test
  void dependencyRule_flagsADependencyOnAnotherModulesPackage() {
    // A class whose own package is forbidden stands in for a dependency on that module.
    ArchRule rule =
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.cunzhi.core");
    assertThat(
            rule.evaluate(new ClassFileImporter().importClasses(UsesViolation.class))
                .hasViolation())
        .isTrue();
  }

  static final class UsesViolation {
    String describe(Violation v) {
      return v.message();
    }
  }
}
