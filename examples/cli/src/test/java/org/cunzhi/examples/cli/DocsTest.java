package org.cunzhi.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's reference defines every rule id the code cites: each id that the library's and the
 * examples' Java sources and tests mention has a heading in docs/domain.md that starts with it, as
 * docs/README.md ("What counts as defined") lays down, and no id has two.
 *
 * <p>This file is not scanned for citations: its tests give the checker made-up ids on purpose.
 */
class DocsTest {
  /** The repository root; tests run in examples/cli. */
  private static final Path ROOT = Path.of("..", "..");

  /** Where cited ids are looked for: the library's modules (spi/tck under spi) and the examples. */
  private static final List<String> SOURCE_FOLDERS =
      List.of("core", "json", "spi", "plugins", "examples");

  /** Where ids are defined. */
  private static final Path DOMAIN = Path.of("docs", "domain.md");

  /** A rule id, as docs/README.md gives it. */
  static final Pattern RULE_ID =
      Pattern.compile("\\b(TJ-[VRCD][0-9]*|S-[0-9]+|D-[A-Z]+-[0-9]+|CV-D?[0-9]+|WS-[0-9]+)\\b");

  /** An ATX heading: one to six '#', a space, the heading's text. */
  private static final Pattern HEADING = Pattern.compile("#{1,6} (.*)");

  /** The opening or closing line of a fenced code block. */
  private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");

  // ------------------------------------------------------------------ the repository

  @Test
  void everyRuleIdTheCodeCites_isDefinedInDocs() throws IOException {
    SortedMap<String, SortedSet<String>> cited = citations(ROOT, SOURCE_FOLDERS);
    // A scan that finds nothing would pass vacuously: make sure it reads the code.
    assertThat(cited).containsKeys("TJ-V9", "S-6", "D-RATE-7");

    List<String> missing = undefined(cited, definitions(domainLines()).keySet());

    assertThat(missing)
        .withFailMessage(
            "%d rule id(s) cited in the code have no heading in %s that starts with them"
                + " (see docs/README.md, \"What counts as defined\"):%n  %s",
            missing.size(), DOMAIN, String.join(System.lineSeparator() + "  ", missing))
        .isEmpty();
  }

  @Test
  void noRuleIdIsDefinedTwice() throws IOException {
    List<String> twice = definedMoreThanOnce(definitions(domainLines()));

    assertThat(twice)
        .withFailMessage("rule ids with more than one heading in %s: %s", DOMAIN, twice)
        .isEmpty();
  }

  private static List<String> domainLines() throws IOException {
    return Files.readAllLines(ROOT.resolve(DOMAIN), UTF_8);
  }

  // ------------------------------------------------------------------ the checker itself

  @Test
  void definitions_countOnlyHeadingsThatStartWithTheId() {
    List<String> markdown =
        List.of(
            "# The domain rules",
            "## TJ-V The demonstration village",
            "### TJ-V9 Contraception and births",
            "### WS" + "-42",
            "#### Deciding TJ-V1",
            "### TJ-V2: a colon after the id",
            "### TJ-V3x not an id",
            "#TJ-V4 no space after the hashes",
            "####### TJ-V5 seven hashes",
            "TJ-V6 at the start of a paragraph",
            "- TJ-V7 in a list",
            "| TJ-V8 | in a table |",
            "```",
            "### S" + "-77 inside a code block",
            "```",
            "### S" + "-78 after the code block");

    assertThat(definitions(markdown).keySet())
        .containsExactlyInAnyOrder("TJ-V", "TJ-V9", "WS" + "-42", "S" + "-78");
  }

  @Test
  void definitions_noteEachLineThatDefinesAnId() {
    Map<String, List<Integer>> defined =
        definitions(
            List.of(
                "### CV" + "-D9 First", "text", "### CV" + "-D9 Again", "### CV" + "-D10 Once"));

    assertThat(defined)
        .containsEntry("CV" + "-D9", List.of(1, 3))
        .containsEntry("CV" + "-D10", List.of(4));
    assertThat(definedMoreThanOnce(defined)).containsExactly("CV" + "-D9 (lines 1, 3)");
  }

  @Test
  void undefined_namesEachMadeUpIdWithTheFilesThatCiteIt() {
    SortedMap<String, SortedSet<String>> cited = new TreeMap<>();
    cited.put("TJ-V9", new TreeSet<>(List.of("plugins/A.java")));
    cited.put("WS" + "-99", new TreeSet<>(List.of("core/B.java", "core/C.java")));
    cited.put("D-FOO" + "-1", new TreeSet<>(List.of("json/D.java")));

    assertThat(undefined(cited, List.of("TJ-V9")))
        .containsExactly(
            "D-FOO" + "-1 (cited in json/D.java)",
            "WS" + "-99 (cited in core/B.java, core/C.java)");
    assertThat(undefined(cited, List.of("TJ-V9", "WS" + "-99", "D-FOO" + "-1"))).isEmpty();
  }

  @Test
  void citations_readJavaFilesOnly_andSkipBuildOutput(@TempDir Path root) throws IOException {
    write(root.resolve("core/src/main/java/p/A.java"), "/** (DOMAIN S-6), TJ-V{0}, CV-D5. */");
    write(root.resolve("examples/cli/src/test/java/p/B.java"), "// D-RATE-3 and S-6 again");
    write(root.resolve("core/target/classes/p/C.java"), "// WS" + "-98 in build output");
    write(root.resolve("core/README.md"), "WS" + "-97 in prose");
    write(root.resolve("other/D.java"), "// WS" + "-96 outside the scanned folders");
    write(root.resolve("examples/cli/src/test/java/p/DocsTest.java"), "// WS" + "-95 in fixtures");

    SortedMap<String, SortedSet<String>> cited =
        citations(root, List.of("core", "examples", "json"));

    assertThat(cited).containsOnlyKeys("S-6", "TJ-V", "CV-D5", "D-RATE-3");
    assertThat(cited.get("S-6"))
        .containsExactly("core/src/main/java/p/A.java", "examples/cli/src/test/java/p/B.java");
  }

  @Test
  void ruleId_matchesWholeIdsOnly() {
    assertThat(ids("D-ADM-4, S-10, TJ-C2, CV-3; ISO-8601, UTF-8, XS-1, S-, TJ-X1"))
        .containsExactly("D-ADM-4", "S-10", "TJ-C2", "CV-3");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private static List<String> ids(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = RULE_ID.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  // ------------------------------------------------------------------ the checking functions

  /**
   * Every rule id cited in the {@code .java} files under {@code folders} of {@code root}, with the
   * files (relative to {@code root}, with '/') that cite it. Build output ({@code target}) and
   * hidden folders are skipped, and so is this test's own file.
   */
  static SortedMap<String, SortedSet<String>> citations(Path root, List<String> folders)
      throws IOException {
    SortedMap<String, SortedSet<String>> cited = new TreeMap<>();
    for (String folder : folders) {
      Path start = root.resolve(folder);
      if (!Files.isDirectory(start)) {
        continue;
      }
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = String.valueOf(dir.getFileName());
              return name.equals("target") || name.startsWith(".")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              String name = String.valueOf(file.getFileName());
              if (name.endsWith(".java") && !name.equals("DocsTest.java")) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (String id : ids(Files.readString(file, UTF_8))) {
                  cited.computeIfAbsent(id, k -> new TreeSet<>()).add(relative);
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return cited;
  }

  /**
   * The rule ids that {@code markdown} defines, each with the numbers (from 1) of the lines that
   * define it: a heading outside fenced code whose text's first word is the whole id.
   */
  static SortedMap<String, List<Integer>> definitions(List<String> markdown) {
    SortedMap<String, List<Integer>> defined = new TreeMap<>();
    boolean inCode = false;
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (FENCE.matcher(line).matches()) {
        inCode = !inCode;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (inCode || !heading.matches()) {
        continue;
      }
      String firstWord = heading.group(1).split(" ", 2)[0];
      if (RULE_ID.matcher(firstWord).matches()) {
        defined.computeIfAbsent(firstWord, k -> new ArrayList<>()).add(i + 1);
      }
    }
    return defined;
  }

  /** The ids of {@code cited} not among {@code defined}, each as "ID (cited in FILE, ...)". */
  static List<String> undefined(
      SortedMap<String, SortedSet<String>> cited, Collection<String> defined) {
    List<String> missing = new ArrayList<>();
    cited.forEach(
        (id, files) -> {
          if (!defined.contains(id)) {
            missing.add(id + " (cited in " + String.join(", ", files) + ")");
          }
        });
    return missing;
  }

  /** The ids defined on more than one line, each as "ID (lines A, B)". */
  static List<String> definedMoreThanOnce(Map<String, List<Integer>> defined) {
    List<String> twice = new ArrayList<>();
    defined.forEach(
        (id, lines) -> {
          if (lines.size() > 1) {
            twice.add(
                id
                    + " (lines "
                    + String.join(", ", lines.stream().map(String::valueOf).toList())
                    + ")");
          }
        });
    return twice;
  }
}
