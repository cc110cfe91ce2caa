package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a plugin author or an embedder may rely on: the public types and members of the packages
 * that the library's modules export (read from their {@code module-info.java}). Everything else is
 * internal and may change in any release.
 *
 * <ul>
 *   <li>The surface is kept as a snapshot, {@code api-surface.txt} beside this test: a change to it
 *       fails this test until the snapshot is updated on purpose, with {@code mvn verify
 *       -Dcunzhi.updateApiSnapshot=true} (then review the diff and commit it).
 *   <li>No Guava or Hibernate Validator type appears in an exported signature (STYLE.md): a plugin
 *       must not be tied to either library's version.
 * </ul>
 */
class ApiSurfaceTest {
  /** The library's modules, as folders from this module's. */
  private static final List<String> MODULES =
      List.of("core", "json", "spi", "spi/tck", "plugins/tianjin", "report");

  private static final Path ROOT = Path.of("..", "..");
  private static final Path SNAPSHOT = Path.of("src", "test", "resources", "api-surface.txt");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");

  private static Set<String> exported;
  private static JavaClasses classes;

  @BeforeAll
  static void importLibrary() throws IOException {
    exported = new TreeSet<>();
    for (String module : MODULES) {
      String info =
          Files.readString(
              ROOT.resolve(module).resolve("src/main/java/module-info.java"),
              StandardCharsets.UTF_8);
      Matcher m = EXPORTS.matcher(info);
      while (m.find()) {
        exported.add(m.group(1));
      }
    }
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // spi's test helper for building plugin jars, shipped to these tests alone
            .withImportOption(location -> !location.contains("-plugin-jar.jar"))
            .importPackages("org.cunzhi");
  }

  private static List<JavaClass> exportedTypes() {
    return classes.stream()
        .filter(c -> exported.contains(c.getPackageName()))
        .filter(ApiSurfaceTest::visible)
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  private static boolean visible(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return c.getEnclosingClass().map(ApiSurfaceTest::visible).orElse(true);
  }

  private static boolean visible(JavaMember m) {
    return (m.getModifiers().contains(JavaModifier.PUBLIC)
            || m.getModifiers().contains(JavaModifier.PROTECTED))
        && !m.getModifiers().contains(JavaModifier.SYNTHETIC)
        && !m.getModifiers().contains(JavaModifier.BRIDGE);
  }

  /** One line per exported type and per public or protected member, sorted. */
  static List<String> surface() {
    List<String> lines = new ArrayList<>();
    for (JavaClass c : exportedTypes()) {
      lines.add(kind(c) + " " + c.getName());
      Set<String> members = new TreeSet<>();
      for (JavaMember m : c.getMembers()) {
        if (!visible(m) || m.getName().startsWith("lambda$")) {
          continue;
        }
        members.add("  " + signature(m));
      }
      lines.addAll(members);
    }
    return lines;
  }

  private static String kind(JavaClass c) {
    if (c.isAnnotation()) {
      return "@interface";
    }
    if (c.isInterface()) {
      return "interface";
    }
    if (c.isEnum()) {
      return "enum";
    }
    if (c.isRecord()) {
      return "record";
    }
    return "class";
  }

  private static String signature(JavaMember m) {
    String statik = m.getModifiers().contains(JavaModifier.STATIC) ? "static " : "";
    if (m instanceof JavaField f) {
      return statik + "field " + f.getRawType().getName() + " " + f.getName();
    }
    JavaCodeUnit u = (JavaCodeUnit) m;
    String params =
        u.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.joining(", "));
    String name = u.isConstructor() ? "<init>" : u.getName();
    return statik + u.getRawReturnType().getName() + " " + name + "(" + params + ")";
  }

  @Test
  void exportedSurface_isTheReviewedSnapshot() throws IOException {
    List<String> now = surface();
    if (Boolean.getBoolean("cunzhi.updateApiSnapshot")) {
      Files.write(SNAPSHOT, now, StandardCharsets.UTF_8);
    }
    List<String> kept =
        Files.exists(SNAPSHOT) ? Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8) : List.of();
    List<String> added = new ArrayList<>(now);
    added.removeAll(kept);
    List<String> removed = new ArrayList<>(kept);
    removed.removeAll(now);
    assertThat(added)
        .as(
            "the exported API gained these lines; if on purpose, run with"
                + " -Dcunzhi.updateApiSnapshot=true and commit the snapshot")
        .isEmpty();
    assertThat(removed)
        .as(
            "the exported API lost these lines; if on purpose, run with"
                + " -Dcunzhi.updateApiSnapshot=true and commit the snapshot")
        .isEmpty();
  }

  @Test
  void exportedSignatures_carryNoGuavaOrHibernateValidatorType() {
    List<String> offending = new ArrayList<>();
    for (JavaClass c : exportedTypes()) {
      for (JavaMember m : c.getMembers()) {
        if (!visible(m)) {
          continue;
        }
        for (JavaClass t : typesIn(m)) {
          if (t.getPackageName().startsWith("com.google.common")
              || t.getPackageName().startsWith("org.hibernate.validator")) {
            offending.add(c.getName() + "." + m.getName() + ": " + t.getName());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void exportedPackages_areFound() {
    assertThat(exported).contains("org.cunzhi.core.model", "org.cunzhi.spi", "org.cunzhi.spi.tck");
    assertThat(exportedTypes()).extracting(JavaClass::getSimpleName).contains("StandardProvider");
  }

  private static List<JavaClass> typesIn(JavaMember m) {
    List<JavaClass> types = new ArrayList<>();
    if (m instanceof JavaField f) {
      addAll(types, f.getType());
    } else {
      JavaCodeUnit u = (JavaCodeUnit) m;
      addAll(types, u.getReturnType());
      u.getParameterTypes().forEach(t -> addAll(types, t));
    }
    return types;
  }

  private static void addAll(List<JavaClass> types, JavaType t) {
    types.addAll(t.getAllInvolvedRawTypes());
  }
}
