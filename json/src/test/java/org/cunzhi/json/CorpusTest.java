package org.cunzhi.json;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed and tricky dossiers ({@code src/test/resources/corpus}): each file gives
 * what {@code expected.txt} says, a dossier or violations at exactly the pointers listed (with the
 * line and column for problems of form), in bounded time and memory.
 */
class CorpusTest {
  /** What the sample complainants gave: it must appear in no message (DOMAIN S-6). */
  private static final List<String> COMPLAINANTS = List.of("王秀兰", "13900001234", "李建国");

  /** The most the parse may hold at once for any corpus file; the largest has 100,000 elements. */
  private static final int MAX_HELD = 5_000;

  private static final Pattern REPEAT = Pattern.compile("\\(([^()]+)\\)\\*(\\d+)");
  private static final Pattern AT = Pattern.compile("^(.*)@(\\d+):(\\d+)$");

  private final DossierReader reader = DossierReader.create();

  /** One line of the manifest. */
  record Expected(
      String file, boolean valid, Map<String, Optional<String>> pointers, int unlisted) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path corpus() {
    try {
      Path manifest =
          Path.of(requireNonNull(CorpusTest.class.getResource("/corpus/expected.txt")).toURI());
      return requireNonNull(manifest.getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every line of {@code expected.txt}, parsed. */
  static List<Expected> manifest() {
    List<Expected> expected = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(corpus().resolve("expected.txt"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] tokens = line.trim().split("\\s+");
        Map<String, Optional<String>> pointers = new LinkedHashMap<>();
        int unlisted = 0;
        boolean valid = tokens.length == 2 && tokens[1].equals("valid");
        for (int i = 1; i < tokens.length && !valid; i++) {
          String token = expand(tokens[i]);
          if (token.startsWith("+")) {
            unlisted = Integer.parseInt(token.substring(1));
            continue;
          }
          Matcher at = AT.matcher(token);
          String pointer = at.matches() ? at.group(1) : token;
          pointer = pointer.equals("(document)") ? "" : pointer;
          Optional<String> position =
              at.matches()
                  ? Optional.of("line " + at.group(2) + ", column " + at.group(3))
                  : Optional.empty();
          pointers.merge(pointer, position, (a, b) -> a.isPresent() ? a : b);
        }
        expected.add(new Expected(tokens[0], valid, pointers, unlisted));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  private static String expand(String token) {
    Matcher repeat = REPEAT.matcher(token);
    StringBuilder out = new StringBuilder();
    while (repeat.find()) {
      repeat.appendReplacement(
          out, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
    }
    return repeat.appendTail(out).toString();
  }

  static Stream<Expected> files() {
    return manifest().stream();
  }

  @Test
  void manifest_namesEveryFileOfTheCorpusOnce() throws IOException {
    List<String> named = manifest().stream().map(Expected::file).toList();
    List<String> files;
    try (Stream<Path> listing = Files.list(corpus())) {
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("expected.txt"))
              .sorted()
              .toList();
    }

    assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    assertThat(manifest().stream().filter(Expected::valid)).hasSizeGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @Timeout(10)
  void read_corpusFile_givesWhatTheManifestSays(Expected expected) throws IOException {
    byte[] bytes = Files.readAllBytes(corpus().resolve(expected.file()));
    DossierReader.Counted counted = reader.tryReadCounted(bytes);
    ReadResult result = counted.result();

    assertThat(counted.peakHeld()).as("nodes held at once").isLessThanOrEqualTo(MAX_HELD);
    assertThat(result.violations()).hasSizeLessThanOrEqualTo(reader.maxProblems() + 1);
    result.violations().forEach(CorpusTest::assertClear);
    assertThat(reader.tryRead(bytes)).isEqualTo(result);
    if (expected.valid()) {
      assertThat(result.violations()).isEmpty();
      Dossier dossier = result.orElseThrow();
      assertThat(reader.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(dossier);
      return;
    }
    assertThat(result.isValid()).isFalse();
    List<Violation> listed = result.violations();
    if (expected.unlisted() > 0) {
      assertThat(result.unlisted()).isEqualTo(expected.unlisted());
      Violation last = listed.get(listed.size() - 1);
      assertThat(last.pointer()).isEmpty();
      assertThat(last.message()).startsWith(expected.unlisted() + " more problems not listed");
      listed = listed.subList(0, listed.size() - 1);
      assertThat(listed).hasSize(reader.maxProblems());
      assertThat(listed.stream().map(Violation::pointer)).containsAll(expected.pointers().keySet());
    } else {
      assertThat(result.unlisted()).isZero();
      assertThat(listed.stream().map(Violation::pointer).distinct())
          .containsExactlyInAnyOrderElementsOf(expected.pointers().keySet());
    }
    List<Violation> shown = listed;
    for (Map.Entry<String, Optional<String>> pointer : expected.pointers().entrySet()) {
      pointer
          .getValue()
          .ifPresent(
              position ->
                  assertThat(shown)
                      .as("a violation at %s naming %s", pointer.getKey(), position)
                      .anySatisfy(
                          v -> {
                            assertThat(v.pointer()).isEqualTo(pointer.getKey());
                            assertThat(v.message())
                                .containsPattern(Pattern.quote(position) + "[,)]");
                          }));
    }
  }

  /** One sentence, valid Unicode, with a pointer, no complainant's data, never "unknown place". */
  static void assertClear(Violation v) {
    assertThat(v.pointer()).matches("(?s)|/.*"); // a field name may hold any character
    assertThat(v.message())
        .isNotBlank()
        .doesNotContain("\n", "\r", "unknown place", "Exception", "\tat ")
        .contains(" — expected ");
    for (String secret : COMPLAINANTS) {
      assertThat(v.toString()).doesNotContain(secret);
    }
    try {
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(v.toString()));
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid Unicode: " + v.pointer(), e);
    }
  }
}
