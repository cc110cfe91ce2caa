package org.cunzhi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.rule.Parameter;
import org.junit.jupiter.api.Test;

/**
 * One definition for each fact: a parameter is defined once, by the standard family that uses it.
 * Core defines parameter types and never a parameter of its own (it once defined the Tianjin
 * parameters a second time, citing the Tianjin plan and one village's rules).
 */
@AnalyzeClasses(packages = "org.cunzhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class OneDefinitionTest {

  @ArchTest
  static final ArchRule coreDefinesNoParameter =
      noFields()
          .that()
          .areStatic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.cunzhi.core..")
          .should()
          .haveRawType(Parameter.class)
          .because("each parameter is defined once, by the standard family that reads it");

  @Test
  void coreDefinesNoParameter_catchesOne() {
    assertThat(
            coreDefinesNoParameter
                .evaluate(new ClassFileImporter().importClasses(TestParameters.class))
                .hasViolation())
        .isTrue();
  }
}
