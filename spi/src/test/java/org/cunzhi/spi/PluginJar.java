package org.cunzhi.spi;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A plugin jar built by a test, as an outside author would ship it: provider classes compiled with
 * the system Java compiler against the test class path, and a {@code META-INF/services} file.
 */
public final class PluginJar {
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> services = new ArrayList<>();
  private final Set<String> omitted = new LinkedHashSet<>();

  public static PluginJar create() {
    return new PluginJar();
  }

  /**
   * A provider {@code className} (fully qualified) that offers one standard, built by {@code
   * standard}: a {@code Standard.builder(...)...build()} expression.
   */
  public PluginJar provider(String className, String standard) {
    return source(className, providerSource(className, "return List.of(" + standard + ");"))
        .service(className);
  }

  /** A provider {@code className} whose {@code standards()} throws. */
  public PluginJar throwingProvider(String className) {
    return source(
            className,
            providerSource(
                className, "throw new IllegalStateException(\"no configuration found\");"))
        .service(className);
  }

  /** A Java source for {@code className}, compiled into the jar. */
  public PluginJar source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** A line of the services file. */
  public PluginJar service(String providerClass) {
    services.add(providerClass);
    return this;
  }

  /** Compiles {@code className} but leaves it out of the jar, as a missing dependency would be. */
  public PluginJar omit(String className) {
    omitted.add(className);
    return this;
  }

  /**
   * A municipal village standard {@code id} for Tianjin (prefix 12) with one criterion that passes,
   * in the builder's syntax; {@code more} is added before {@code .build()}.
   */
  public static String standard(String id, String more) {
    return standard(id, "MUNICIPAL", "12", more);
  }

  /**
   * A village standard {@code id} at {@code level} (a {@code JurisdictionLevel} constant's name)
   * for the division-code {@code prefix}, with one criterion that passes, in the builder's syntax;
   * {@code more} is added before {@code .build()}.
   */
  public static String standard(String id, String level, String prefix, String more) {
    return "Standard.builder(\""
        + id
        + "\").version(\"1\").title(\"外来标准\", \"outside standard\")"
        + ".authority(\"test authority\").documentNumber(\"T-1\")"
        + ".effective(LocalDate.of(2020, 1, 1), null)"
        + ".level(JurisdictionLevel."
        + level
        + ")"
        + ".applicability(Applicability.of(UnitKind.VILLAGE, \""
        + prefix
        + "\"))"
        + ".criteria(List.of(Criterion.builder(\""
        + id
        + ".item\").title(\"测试项\", \"test item\")"
        + ".reference(LegalReference.of(\"test\", \"2025\", \"item 1\"))"
        + ".check(c -> CheckResult.pass(new Reason(\"test.why\","
        + " LocalizedText.of(\"因为\", \"because\")))).build()))"
        + more
        + ".build()";
  }

  private static String providerSource(String className, String body) {
    int dot = className.lastIndexOf('.');
    return "package "
        + className.substring(0, dot)
        + ";\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import org.cunzhi.core.model.UnitKind;\n"
        + "import org.cunzhi.core.rule.*;\n"
        + "import org.cunzhi.core.standard.*;\n"
        + "import org.cunzhi.spi.*;\n"
        + "public final class "
        + className.substring(dot + 1)
        + " implements StandardProvider {\n"
        + "  @Override public List<Standard> standards(ProviderContext context) {\n"
        + "    "
        + body
        + "\n  }\n}\n";
  }

  /** Compiles the sources and writes the jar to {@code jar}; returns {@code jar}. */
  public Path writeTo(Path jar) throws IOException {
    Path classes = Files.createTempDirectory("plugin-classes");
    try {
      compile(classes);
      Files.createDirectories(jar.toAbsolutePath().getParent());
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file)) {
        if (!services.isEmpty()) {
          out.putNextEntry(new JarEntry("META-INF/services/" + StandardProvider.class.getName()));
          out.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
        for (Path f : classFiles(classes)) {
          String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
          if (!omitted.contains(name.replace('/', '.').replaceAll("\\.class$", ""))) {
            out.putNextEntry(new JarEntry(name));
            out.write(Files.readAllBytes(f));
            out.closeEntry();
          }
        }
      }
      return jar;
    } finally {
      delete(classes);
    }
  }

  private void compile(Path classes) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("tests need a JDK: no system Java compiler");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, code) -> units.add(new Source(name, code)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              testClassPath(),
              "-d",
              classes.toString(),
              "--release",
              "17",
              "-proc:none",
              "-encoding",
              "UTF-8");
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      if (!ok) {
        throw new IllegalStateException(
            "the plugin does not compile: " + diagnostics.getDiagnostics());
      }
    }
  }

  /** The class path the tests run on (surefire names it apart from its own booter jar). */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static List<Path> classFiles(Path classes) throws IOException {
    try (Stream<Path> walk = Files.walk(classes)) {
      return walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(PluginJar::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
