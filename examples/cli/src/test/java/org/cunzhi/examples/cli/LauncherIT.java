package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cunzhi.spi.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher, {@code ./cunzhi}, with a plugin folder: it runs the application on an explicit
 * class path, so an outside jar is seen. Run after {@code package} (the build's {@code launcher}
 * execution), when the jar is fresh and the launcher need not build.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
  private static final String PROVIDER = "com.example.xiqing.XiqingStandards";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run launch(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    assumeFalse(
        System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "the launcher is a bash script");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("bash", ROOT.resolve("cunzhi").toString()),
                        // English whatever the machine's locale: the assertions are in English.
                        java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(args),
                            java.util.stream.Stream.of("--lang", "en")))
                    .toList())
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove(PluginFolders.VARIABLE);
    builder.environment().remove("CLASSPATH");
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("./cunzhi did not finish in 3 minutes");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path plugins() throws IOException {
    Path plugins = dir.resolve("plugins");
    PluginJar.create()
        .provider(PROVIDER, county("example-xiqing.village", ""))
        .writeTo(plugins.resolve("xiqing-1.0.jar"));
    return plugins;
  }

  private static void assertRanWithoutBuilding(Run run) {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("building").doesNotContain("\u001b");
    assertThat(run.err().lines())
        .allSatisfy(l -> assertThat(l).startsWith(CliRun.WARNING + "BASE_MISSING "));
  }

  @Test
  void launcher_classDataArchive_madeOnceAfterABuild_thenUsed_sameOutput() throws Exception {
    Path archive = ROOT.resolve("examples/cli/target/cunzhi-evaluate.jsa");
    Files.deleteIfExists(archive);
    String taizi = ROOT.resolve("examples/dossiers/taizi-2025.json").toString();
    // a run that fails, or only prints the help, leaves no archive: it loaded too few classes
    assertThat(launch(Map.of(), "evaluate", "--colour", taizi).status()).isEqualTo(Main.USAGE);
    assertThat(archive).doesNotExist();
    assertThat(launch(Map.of(), "evaluate", "--help").status()).isZero();
    assertThat(archive).doesNotExist();
    try (var left = Files.list(archive.getParent())) {
      assertThat(left.map(Path::toString)).noneMatch(p -> p.contains("cunzhi-evaluate.jsa."));
    }
    Run making = launch(Map.of(), "evaluate", "--format", "json", taizi);
    assertRanWithoutBuilding(making);
    assertThat(archive).exists();
    long made = Files.getLastModifiedTime(archive).toMillis();
    Run using = launch(Map.of(), "evaluate", "--format", "json", taizi);
    assertRanWithoutBuilding(using);
    assertThat(using.out()).isEqualTo(making.out());
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);
    // another command makes an archive of its own and leaves this one as it is
    Path standardsArchive = ROOT.resolve("examples/cli/target/cunzhi-standards.jsa");
    Files.deleteIfExists(standardsArchive);
    assertRanWithoutBuilding(launch(Map.of(), "standards", "list"));
    assertThat(standardsArchive).exists();
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);
    // JAVA_OPTS reaches the JVM, and a batch keeps the full compiler
    Run withOptions =
        launch(
            Map.of("JAVA_OPTS", "-Dcunzhi.unused=1 -Xmx256m"),
            "evaluate",
            "--format",
            "json",
            taizi);
    assertRanWithoutBuilding(withOptions);
    assertThat(withOptions.out()).isEqualTo(making.out());
  }

  @Test
  void launcher_batch_throughputCompilerOptions_aShortCommandTheQuickCompiler() throws Exception {
    Path in = dir.resolve("in.jsonl");
    // one dossier on one line: JSON allows a line break between tokens, never inside a string
    Files.writeString(
        in,
        Files.readString(ROOT.resolve("examples/dossiers/taizi-2025.json")).replace('\n', ' ')
            + "\n");
    Path report = dir.resolve("report.jsonl");
    Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    String[] batch = {
      "batch",
      "--standard",
      "tianjin.demonstration-village",
      "--in",
      in.toString(),
      "--out",
      report.toString()
    };

    Run defaults = launch(flags, batch);
    assertThat(defaults.status()).as(defaults.err()).isZero();
    assertThat(Files.readAllLines(report)).hasSize(1);
    assertThat(flag(defaults, "InlineSmallCode")).isEqualTo("1000");
    assertThat(flag(defaults, "UseParallelGC")).isEqualTo("true");
    assertThat(flag(defaults, "TieredStopAtLevel")).isEqualTo("4");

    // options named in JAVA_OPTS are used instead of the launcher's
    Run named =
        launch(
            Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:InlineSmallCode=2000 -XX:+UseSerialGC"),
            batch);
    assertThat(named.status()).as(named.err()).isZero();
    assertThat(flag(named, "InlineSmallCode")).isEqualTo("2000");
    assertThat(flag(named, "UseSerialGC")).isEqualTo("true");
    assertThat(flag(named, "UseParallelGC")).isEqualTo("false");

    // a command that runs briefly gets the quick compiler only, and no inlining bound from the
    // launcher (the quick compiler's own is 1,000 too, set by the JVM, not on the command line)
    Run validate =
        launch(flags, "validate", ROOT.resolve("examples/dossiers/taizi-2025.json").toString());
    assertThat(validate.status()).as(validate.err()).isZero();
    assertThat(flag(validate, "TieredStopAtLevel")).isEqualTo("1");
    assertThat(flagLine(validate, "InlineSmallCode")).doesNotContain("{command line}");
    assertThat(flagLine(defaults, "InlineSmallCode")).contains("{command line}");
  }

  /** The value {@code -XX:+PrintFlagsFinal} printed for the JVM flag {@code name}. */
  private static String flag(Run run, String name) {
    return flagLine(run, name).split("\\s+")[3];
  }

  /**
   * The line {@code -XX:+PrintFlagsFinal} printed for the JVM flag {@code name}: its type, name,
   * {@code =} or {@code :=}, value, and where the value came from, e.g. {@code {command line}}.
   */
  private static String flagLine(Run run, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^\\s*\\S+\\s+" + name + "\\s+:?=\\s+\\S+.*$")
            .matcher(run.out());
    assertThat(m.find()).as("%s in the JVM's flags", name).isTrue();
    return m.group().strip();
  }

  @Test
  void launcher_pluginsOption_listsTheOutsideStandardWithItsJar() throws Exception {
    Run run = launch(Map.of(), "--plugins", plugins().toString(), "standards", "list");

    assertRanWithoutBuilding(run);
    assertThat(run.out())
        .contains("example-xiqing.village")
        .contains(PROVIDER + " (xiqing-1.0.jar)")
        .contains("tianjin.demonstration-village")
        .contains("(cunzhi-plugin-tianjin-0.1.0-SNAPSHOT.jar)");
  }

  @Test
  void launcher_environmentVariable_listsTheOutsideStandard() throws Exception {
    Run run = launch(Map.of(PluginFolders.VARIABLE, plugins().toString()), "standards", "list");

    assertRanWithoutBuilding(run);
    assertThat(run.out()).contains(PROVIDER + " (xiqing-1.0.jar)");
  }

  @Test
  void launcher_classPathVariable_itsJarsAreSeenToo() throws Exception {
    Path jar = plugins().resolve("xiqing-1.0.jar");
    Run run = launch(Map.of("CLASSPATH", jar.toString()), "standards", "list");

    assertRanWithoutBuilding(run);
    assertThat(run.out()).contains(PROVIDER + " (xiqing-1.0.jar)");
  }

  @Test
  void launcher_missingPluginsFolder_exitsTwo() throws Exception {
    Run run =
        launch(
            Map.of(),
            "validate",
            "--plugins",
            dir.resolve("none").toString(),
            "examples/dossiers/taizi-2025.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("does not exist").doesNotContain("\tat ");
  }

  /**
   * A county village standard {@code id} for the district of prefix 120111 (so never the one that
   * prevails for the sample dossiers, of 120119); see {@link PluginJar#standard}.
   */
  private static String county(String id, String more) {
    return PluginJar.standard(id, "COUNTY", "120111", more);
  }
}
