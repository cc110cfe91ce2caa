package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} over a JSON-Lines file that mixes sound dossiers with every file of the reader's
 * corpus of malformed and tricky dossiers that fits on one line: as many lines out as in, each one
 * whole, valid JSON, in strict UTF-8, and each bad line an error record with its own line number
 * and the pointers the corpus expects.
 */
class BatchCorpusTest {
  private static final Path CORPUS =
      Path.of("..", "..", "json", "src", "test", "resources", "corpus");
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final Pattern AT = Pattern.compile("@\\d+:\\d+$");
  private static final Pattern REPEAT = Pattern.compile("\\(([^()]+)\\)\\*(\\d+)");

  @TempDir Path dir;

  /** A line of the corpus manifest: a file and "valid", or the pointers its violations name. */
  record Expected(String file, boolean valid, Set<String> pointers, boolean more) {}

  private static List<Expected> manifest() throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] tokens = line.trim().split("\\s+");
      Set<String> pointers = new LinkedHashSet<>();
      boolean more = false;
      for (int i = 1; i < tokens.length; i++) {
        if (tokens[i].startsWith("+")) {
          more = true;
        } else if (!tokens[i].equals("valid")) {
          pointers.add(AT.matcher(expand(tokens[i])).replaceFirst(""));
        }
      }
      expected.add(new Expected(tokens[0], tokens[1].equals("valid"), pointers, more));
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

  private static boolean fitsOnOneLine(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        return false;
      }
    }
    return true;
  }

  @Test
  @Timeout(60)
  void batch_soundLinesMixedWithTheCorpus_givesOneWholeLineForEachLineIn() throws IOException {
    List<byte[]> sound = new ArrayList<>();
    for (String sample : List.of("taizi-2025.json", "dongying-2025-fails.json")) {
      sound.add(
          STRICT
              .readTree(Path.of(CliRun.dossier(sample)).toFile())
              .toString()
              .getBytes(StandardCharsets.UTF_8));
    }
    List<Expected> cases = new ArrayList<>(); // null where a sound line is
    Path in = dir.resolve("in.jsonl");
    try (OutputStream out = Files.newOutputStream(in)) {
      int n = 0;
      for (Expected expected : manifest()) {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(expected.file()));
        if (!fitsOnOneLine(bytes)) {
          continue;
        }
        out.write(sound.get(n++ % sound.size()));
        out.write('\n');
        cases.add(null);
        out.write(bytes);
        out.write('\n');
        cases.add(expected);
      }
    }
    assertThat(cases.stream().filter(c -> c != null)).hasSizeGreaterThanOrEqualTo(70);
    Path out = dir.resolve("out.jsonl");

    CliRun run =
        CliRun.of(
            "batch",
            "--standard",
            "tianjin.demonstration-village",
            "--in",
            in.toString(),
            "--out",
            out.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("\tat ", "Exception");
    byte[] written = Files.readAllBytes(out);
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(written)); // strict UTF-8, or this throws
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSameSizeAs(cases);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode record = STRICT.readTree(lines.get(i));
      Expected expected = cases.get(i);
      String what = "line " + (i + 1) + (expected == null ? "" : " " + expected.file());
      if (expected == null || expected.valid()) {
        assertThat(record.path("format").asText()).as(what).isEqualTo("cunzhi.report/v1");
        continue;
      }
      assertThat(record.get("line").asLong()).as(what).isEqualTo(i + 1);
      Set<String> pointers = new LinkedHashSet<>();
      for (JsonNode error : record.get("errors")) {
        String shown = error.asText();
        String pointer = shown.substring(0, shown.indexOf(": "));
        pointers.add(pointer.equals("(document)") ? "(document)" : pointer);
      }
      Set<String> wanted = new LinkedHashSet<>();
      expected.pointers().forEach(p -> wanted.add(p.equals("") ? "(document)" : p));
      if (expected.file().equals("empty.json")) {
        assertThat(record.get("errors").get(0).asText()).as(what).contains("blank line");
      } else if (expected.more()) {
        assertThat(pointers).as(what).containsAll(wanted).contains("(document)");
      } else {
        assertThat(pointers).as(what).containsExactlyInAnyOrderElementsOf(wanted);
      }
    }
  }
}
