package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cunzhi.spi.PluginJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --plugins DIR[:DIR...]} and {@code CUNZHI_PLUGINS}: plugin jars from outside, built here
 * as an outside author would build them, reach every command; their load problems are printed once
 * each, and a standard id offered twice is a usage error naming both jars, never an internal one.
 */
class PluginsOptionTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String XIQING = "example-xiqing.village";
  private static final String XIQING_PROVIDER = "com.example.xiqing.XiqingStandards";
  private static final String DUP_A = "com.example.dupa.DupStandards";
  private static final String DUP_B = "com.example.dupb.DupStandards";
  private static final String TIANJIN = "org.cunzhi.plugins.tianjin.TianjinStandards";

  /** A folder with one good plugin. */
  @TempDir static Path good;

  /** A folder with one plugin of each fault. */
  @TempDir static Path broken;

  /** A folder with a plugin that repeats the bundled Tianjin village standard's id. */
  @TempDir static Path copy;

  @TempDir Path dir;

  @BeforeAll
  static void buildPlugins() throws IOException {
    PluginJar.create()
        .provider(XIQING_PROVIDER, county(XIQING, ""))
        .writeTo(good.resolve("xiqing-1.0.jar"));

    PluginJar.create()
        .provider(DUP_A, county("example.dup", ""))
        .writeTo(broken.resolve("dup-a.jar"));
    PluginJar.create()
        .provider(DUP_B, county("example.dup", ""))
        .writeTo(broken.resolve("dup-b.jar"));
    PluginJar.create()
        .throwingProvider("com.example.throwing.ThrowingStandards")
        .writeTo(broken.resolve("throwing.jar"));
    PluginJar.create()
        .provider(
            "com.example.orphan.OrphanStandards",
            county("example-orphan.village", ".extending(\"example.nowhere\")"))
        .writeTo(broken.resolve("orphan.jar"));
    PluginJar.create()
        .provider(
            "com.example.child.ChildStandards",
            county("example-child.village", ".extending(\"example.dup\")"))
        .writeTo(broken.resolve("child.jar"));
    PluginJar.create()
        .service("com.example.gone.GoneStandards")
        .writeTo(broken.resolve("gone.jar"));
    Files.writeString(broken.resolve("README.txt"), "not a jar", StandardCharsets.UTF_8);

    PluginJar.create()
        .provider("com.example.copy.CopiedStandards", county("tianjin.demonstration-village", ""))
        .writeTo(copy.resolve("tianjin-copy.jar"));
  }

  // ------------------------------------------------------------------ a good plugin from outside

  @Test
  void list_pluginsFolder_listsTheOutsideStandardWithItsJarName() {
    CliRun run = CliRun.en("standards", "list", "--plugins", good.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(XIQING + "  1")
        .contains("plugin:     " + XIQING_PROVIDER + " (xiqing-1.0.jar)")
        .contains("tianjin.demonstration-village")
        .doesNotContain(good.toString());
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void list_withoutPlugins_doesNotListIt() {
    assertThat(CliRun.en("standards", "list").out()).doesNotContain(XIQING);
  }

  @Test
  void pluginsOption_anyPosition_sameList() {
    String after = CliRun.en("standards", "list", "--plugins", good.toString()).out();

    assertThat(after).contains(XIQING);
    assertThat(CliRun.en("--plugins", good.toString(), "standards", "list").out()).isEqualTo(after);
    assertThat(CliRun.en("standards", "--plugins", good.toString(), "list").out()).isEqualTo(after);
    assertThat(CliRun.en("--plugins", good.toString(), "standards").out()).isEqualTo(after);
  }

  @Test
  void show_outsideStandard_namesItsJar() {
    CliRun run = CliRun.en("--plugins", good.toString(), "standards", "show", XIQING);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("plugin:      " + XIQING_PROVIDER + " (xiqing-1.0.jar)");
  }

  @Test
  void environmentVariable_loadsThePlugins() {
    CliRun run =
        CliRun.withEnvironmentEn(Map.of("CUNZHI_PLUGINS", good.toString()), "standards", "list");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains(XIQING_PROVIDER + " (xiqing-1.0.jar)");
  }

  @Test
  void optionAndEnvironment_theOptionWins() {
    Path missing = dir.resolve("missing");
    CliRun option =
        CliRun.withEnvironmentEn(
            Map.of("CUNZHI_PLUGINS", missing.toString()),
            "standards",
            "list",
            "--plugins",
            good.toString());
    CliRun empty =
        CliRun.withEnvironmentEn(
            Map.of("CUNZHI_PLUGINS", good.toString()), "standards", "list", "--plugins", "");

    assertThat(option.status()).as(option.err()).isZero();
    assertThat(option.out()).contains(XIQING);
    assertThat(empty.status()).as(empty.err()).isZero();
    assertThat(empty.out()).doesNotContain(XIQING).contains("tianjin.demonstration-village");
  }

  @Test
  void pathList_twoFolders_bothLoaded() throws IOException {
    Path other = dir.resolve("other");
    PluginJar.create()
        .provider("com.example.other.OtherStandards", county("example-other.village", ""))
        .writeTo(other.resolve("other.jar"));

    CliRun run =
        CliRun.en(
            "standards",
            "list",
            "--plugins",
            good + File.pathSeparator + other + File.pathSeparator);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(XIQING_PROVIDER + " (xiqing-1.0.jar)")
        .contains("com.example.other.OtherStandards (other.jar)");
  }

  @Test
  void evaluate_outsideStandardNamed_evaluatesAgainstIt() {
    CliRun run = CliRun.en("evaluate", "--plugins", good.toString(), "--standard", XIQING, TAIZI);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains(XIQING);
  }

  // ------------------------------------------------------------------ folders that are not there

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("evaluate", TAIZI)),
        Arguments.of(List.of("validate", TAIZI)),
        Arguments.of(List.of("standards", "list")),
        Arguments.of(List.of("summary", TAIZI)),
        Arguments.of(List.of("calendar", "--year", "2025")));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void missingFolder_isAUsageErrorNamingIt(List<String> command) {
    Path missing = dir.resolve("no-such-plugins");
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--plugins", good + File.pathSeparator + missing));

    CliRun run = CliRun.en(args.toArray(String[]::new));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("plugin folder " + missing + " (from --plugins) does not exist")
        .contains("Try ")
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFolderInEnvironment_isAUsageErrorNamingTheVariable() {
    Path missing = dir.resolve("no-such-plugins");
    CliRun run =
        CliRun.withEnvironmentEn(Map.of("CUNZHI_PLUGINS", missing.toString()), "validate", TAIZI);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(missing + " (from CUNZHI_PLUGINS) does not exist");
  }

  @Test
  void notAJar_oneWarningNamingItAndTheOtherJarsStillLoaded() throws IOException {
    Path folder = dir.resolve("plugins");
    Files.createDirectories(folder);
    Files.copy(good.resolve("xiqing-1.0.jar"), folder.resolve("xiqing-1.0.jar"));
    Files.writeString(folder.resolve("broken.jar"), "not a zip", StandardCharsets.UTF_8);

    CliRun run = CliRun.en("standards", "list", "--plugins", folder.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains(XIQING_PROVIDER + " (xiqing-1.0.jar)");
    assertThat(run.warnings())
        .filteredOn(w -> w.contains("(broken.jar)"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            CliRun.WARNING + "LOAD_FAILED (unknown) (broken.jar): the file is not a readable jar");
  }

  @Test
  void fileInsteadOfFolder_isAUsageError() throws IOException {
    Path jar = good.resolve("xiqing-1.0.jar");
    CliRun run = CliRun.en("standards", "list", "--plugins", jar.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(jar + " (from --plugins) is not a folder");
  }

  // ------------------------------------------------------------------ a folder of broken plugins

  /** The problems of the broken folder, and the bundled community standard's missing base. */
  private static final List<String> PROBLEMS =
      List.of(
          "DUPLICATE_ID " + DUP_A + " (dup-a.jar): ",
          "DUPLICATE_ID " + DUP_B + " (dup-b.jar): ",
          "STANDARDS_FAILED com.example.throwing.ThrowingStandards (throwing.jar): ",
          "BASE_MISSING com.example.orphan.OrphanStandards (orphan.jar): ",
          "BASE_MISSING com.example.child.ChildStandards (child.jar): ",
          "LOAD_FAILED com.example.gone.GoneStandards (gone.jar): ",
          "BASE_MISSING " + TIANJIN + " (");

  /** Every command, with the exit status it must give beside the broken folder. */
  static Stream<Arguments> commandsBesideBrokenPlugins() {
    return Stream.of(
        Arguments.of(List.of("evaluate", TAIZI), 0),
        Arguments.of(List.of("evaluate", "--standard", "tianjin.demonstration-village", TAIZI), 0),
        Arguments.of(List.of("evaluate", "--standard", "example.dup", TAIZI), 2),
        Arguments.of(List.of("validate", TAIZI), 0),
        Arguments.of(List.of("standards", "list"), 0),
        Arguments.of(List.of("standards", "show", "example-orphan.village"), 0),
        Arguments.of(List.of("standards", "show", "example.dup"), 2),
        Arguments.of(
            List.of("standards", "diff", "example.dup", "tianjin.demonstration-village"), 2),
        Arguments.of(
            List.of("standards", "diff", "tianjin.demonstration-village", "example.dup"), 2),
        Arguments.of(List.of("batch", "--standard", "tianjin.demonstration-village"), 0),
        Arguments.of(List.of("batch", "--standard", "example.dup"), 2),
        Arguments.of(List.of("summary", TAIZI), 0),
        Arguments.of(List.of("calendar", "--year", "2025"), 0));
  }

  @ParameterizedTest
  @MethodSource("commandsBesideBrokenPlugins")
  void brokenPlugins_everyCommandRunsAndPrintsEachProblemOnce(List<String> command, int status)
      throws IOException {
    List<String> args = new ArrayList<>(command);
    if (command.get(0).equals("batch")) {
      Path in = dir.resolve("in.jsonl");
      String taizi = Files.readString(Path.of(TAIZI), StandardCharsets.UTF_8).replace("\n", "");
      Files.writeString(in, taizi + "\n", StandardCharsets.UTF_8);
      args.addAll(List.of("--in", in.toString(), "--out", dir.resolve("out.jsonl").toString()));
    }
    args.addAll(List.of("--plugins", broken.toString()));

    CliRun run = CliRun.en(args.toArray(String[]::new));

    assertThat(run.status()).as(run.err()).isEqualTo(status);
    assertThat(run.warnings()).hasSameSizeAs(PROBLEMS);
    for (String problem : PROBLEMS) {
      assertThat(run.warnings())
          .as(problem)
          .filteredOn(w -> w.startsWith(CliRun.WARNING + problem))
          .hasSize(1);
    }
    assertThat(run.all()).doesNotContain("internal error").doesNotContain("\tat ");
    if (status == 2) {
      assertThat(run.errBesideWarnings().strip().lines())
          .first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("\"example.dup\"", DUP_A, DUP_B, "(dup-a.jar)", "(dup-b.jar)")
          .doesNotContain("MISSING");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void brokenPlugins_warningsInTheOrderOfTheJarNames() {
    List<String> warnings = CliRun.en("validate", TAIZI, "--plugins", broken.toString()).warnings();

    assertThat(warnings)
        .isEqualTo(CliRun.en("standards", "--plugins", broken.toString()).warnings());
    assertThat(warnings)
        .filteredOn(w -> w.contains("DUPLICATE_ID"))
        .extracting(w -> w.substring(0, w.indexOf(':', CliRun.WARNING.length())))
        .containsExactly(
            CliRun.WARNING + "DUPLICATE_ID " + DUP_A + " (dup-a.jar)",
            CliRun.WARNING + "DUPLICATE_ID " + DUP_B + " (dup-b.jar)");
  }

  @Test
  void show_standardWhoseBaseIsOfferedTwice_saysSoNamingBothJars() {
    CliRun run =
        CliRun.en("standards", "show", "example-child.village", "--plugins", broken.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("extends:     example.dup (LEFT OUT: offered by more than one plugin, ")
        .contains("(dup-a.jar)", "(dup-b.jar)")
        .doesNotContain("MISSING");
  }

  @Test
  void show_standardWhoseBaseNoPluginOffers_saysMissing() {
    CliRun run =
        CliRun.en("standards", "show", "example-orphan.village", "--plugins", broken.toString());

    assertThat(run.out()).contains("extends:     example.nowhere (MISSING: no plugin provides it");
  }

  @Test
  void evaluate_duplicateNotPrevailing_stillChoosesTheBundledStandard() {
    CliRun run = CliRun.en("evaluate", "--format", "json", TAIZI, "--plugins", broken.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"id\": \"tianjin.demonstration-village\"");
  }

  // ------------------------------------------------------------------ a copy of the bundled id

  @Test
  void copyOfTheBundledId_namedStandardIsRefusedNamingBothPlugins() {
    for (String[] args :
        List.of(
            new String[] {"standards", "show", "tianjin.demonstration-village"},
            new String[] {"evaluate", "--standard", "tianjin.demonstration-village", TAIZI})) {
      CliRun run =
          CliRun.en(
              Stream.concat(Stream.of("--plugins", copy.toString()), Stream.of(args))
                  .toArray(String[]::new));

      assertThat(run.status()).as(run.err()).isEqualTo(2);
      assertThat(run.errBesideWarnings())
          .contains(
              "\"tianjin.demonstration-village\"", TIANJIN, "com.example.copy.CopiedStandards")
          .contains("(tianjin-copy.jar)")
          .doesNotContain("internal error");
    }
  }

  @Test
  void copyOfTheBundledId_withoutStandard_noStandardAppliesRatherThanACrash() {
    CliRun run = CliRun.en("evaluate", TAIZI, "--plugins", copy.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.errBesideWarnings()).contains("no standard applies");
    assertThat(run.warnings()).filteredOn(w -> w.contains("DUPLICATE_ID")).hasSize(2);
  }

  // ------------------------------------------------------------------ help

  @Test
  void help_everyCommandOffersThePluginsOption() {
    assertThat(CliRun.en("--help").out()).contains("--plugins", "CUNZHI_PLUGINS");
    for (String command : List.of("evaluate", "validate", "batch", "summary", "calendar")) {
      assertThat(CliRun.en(command, "--help").out()).as(command).contains("--plugins=DIR");
    }
    assertThat(CliRun.en("standards", "list", "--help").out()).contains("--plugins=DIR");
  }

  /**
   * A county village standard {@code id} for the district of prefix 120111 (so never the one that
   * prevails for the sample dossiers, of 120119); see {@link PluginJar#standard}.
   */
  private static String county(String id, String more) {
    return PluginJar.standard(id, "COUNTY", "120111", more);
  }
}
