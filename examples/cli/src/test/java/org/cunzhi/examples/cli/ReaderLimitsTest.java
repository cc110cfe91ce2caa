package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's limits on the command line ({@code --max-document-bytes}, {@code --max-depth},
 * {@code --max-string-length}, {@code --max-problems}), on {@code evaluate} and {@code validate}
 * ({@code batch}'s are in {@link BatchCommandTest}): each applied at N and N + 1, and a value out
 * of range a usage error.
 */
class ReaderLimitsTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String NANTUO = CliRun.dossier("nantuo-2025-invalid.json");

  private static CliRun run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("evaluate")) {
      args.addAll(List.of("--standard", "tianjin.demonstration-village"));
    }
    args.addAll(List.of(more));
    return CliRun.en(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void maxDepth_ofTheDossiersDepth_readsItAndOneLessRejectsIt(String command) {
    // taizi nests five levels: /instruments/0/legalReview/conflicts
    assertThat(run(command, "--max-depth", "5", TAIZI).status()).isZero();
    CliRun shallow = run(command, "--max-depth", "4", TAIZI);
    assertThat(shallow.status()).isEqualTo(1);
    assertThat(shallow.err())
        .contains("/instruments/0/legalReview/conflicts: nested too deeply (more than 4 levels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void maxDocumentBytes_ofTheFilesSize_readsItAndOneLessRejectsIt(String command)
      throws IOException {
    long size = Files.size(Path.of(TAIZI));
    assertThat(run(command, "--max-document-bytes", Long.toString(size), TAIZI).status()).isZero();
    CliRun small = run(command, "--max-document-bytes", Long.toString(size - 1), TAIZI);
    assertThat(small.status()).isEqualTo(1);
    assertThat(small.err()).contains("(document): document too large");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void maxStringLength_ofTheLongestString_readsItAndOneLessRejectsIt(String command)
      throws IOException {
    int longest = longestString(Files.readString(Path.of(TAIZI)));
    assertThat(run(command, "--max-string-length", Integer.toString(longest), TAIZI).status())
        .isZero();
    CliRun small = run(command, "--max-string-length", Integer.toString(longest - 1), TAIZI);
    assertThat(small.status()).isEqualTo(1);
    // the longest is a field name, collectiveDistributionViolations
    assertThat(small.err()).contains("field name too long (" + longest + " characters at line ");
  }

  /** The longest JSON string or field name in {@code json}, in characters; nothing is escaped. */
  private static int longestString(String json) {
    int longest = 0;
    for (int i = json.indexOf('"'); i >= 0; ) {
      int end = json.indexOf('"', i + 1);
      longest = Math.max(longest, json.codePointCount(i + 1, end));
      i = json.indexOf('"', end + 1);
    }
    return longest;
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void maxProblems_ofTheProblemsFound_listsAllAndOneLessCountsOne(String command) {
    // nantuo has two problems
    CliRun all = run(command, "--max-problems", "2", NANTUO);
    assertThat(all.status()).isEqualTo(1);
    assertThat(all.errBesideWarnings().lines())
        .hasSize(2)
        .noneMatch(l -> l.contains("more problems"));
    CliRun one = run(command, "--max-problems", "1", NANTUO);
    assertThat(one.errBesideWarnings().lines())
        .hasSize(2)
        .last()
        .asString()
        .contains("(document): 1 more problems not listed (2 found)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void limitOutOfRange_isAUsageError(String command) {
    String[][] wrong = {
      {"--max-document-bytes", "0", "--max-document-bytes must be from 1 to 1073741824, was 0"},
      {"--max-depth", "1001", "--max-depth must be from 1 to 1000, was 1001"},
      {"--max-string-length", "-5", "--max-string-length must be from 1 to 1073741824, was -5"},
      {"--max-problems", "10001", "--max-problems must be from 1 to 10000, was 10001"},
      {"--max-problems", "ten", "--max-problems"}
    };
    for (String[] option : wrong) {
      CliRun run = run(command, option[0], option[1], TAIZI);
      assertThat(run.status()).as(String.join(" ", option)).isEqualTo(2);
      assertThat(run.err()).contains(option[2]).contains("Try ").doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    }
    assertThat(run(command, "--max-depth", "1000", "--max-problems", "10000", TAIZI).status())
        .isZero();
  }
}
