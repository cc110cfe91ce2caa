package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --resume}: after an interrupt the output holds whole lines and at most one partial
 * last line; a rerun with {@code --resume} keeps the whole lines, cuts the partial one and
 * continues after the last complete one, giving the bytes an uninterrupted run gives.
 */
class BatchResumeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String STANDARD = "tianjin.demonstration-village";

  @TempDir Path dir;
  private Path in;
  private Path whole;

  private static String line(String file) throws IOException {
    return MAPPER.readTree(Path.of(CliRun.dossier(file)).toFile()).toString();
  }

  private CliRun batch(Path out, String... more) {
    String[] args = {
      "batch", "--standard", STANDARD, "--in", in.toString(), "--out", out.toString()
    };
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.en(all);
  }

  @BeforeEach
  void aBatchAndItsUninterruptedOutput() throws IOException {
    String taizi = line("taizi-2025.json");
    String dongying = line("dongying-2025-fails.json");
    String xihe = line("xihe-2025-inconclusive.json");
    String nantuo = line("nantuo-2025-invalid.json");
    in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        String.join("\n", taizi, nantuo, dongying, "", xihe, taizi) + "\n",
        StandardCharsets.UTF_8);
    whole = dir.resolve("whole.jsonl");
    assertThat(batch(whole).status()).isEqualTo(1); // two error records: nantuo and the blank line
  }

  private byte[] firstBytes(long count) throws IOException {
    return Arrays.copyOf(Files.readAllBytes(whole), (int) count);
  }

  private long offsetAfterLines(int lines) throws IOException {
    byte[] all = Files.readAllBytes(whole);
    int seen = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n' && ++seen == lines) {
        return i + 1;
      }
    }
    throw new AssertionError("fewer than " + lines + " lines");
  }

  @Test
  void resume_afterAPartialLastLine_givesTheUninterruptedBytes() throws IOException {
    Path out = dir.resolve("out.jsonl");
    // three whole lines (taizi, nantuo's error record, dongying) and half of the fourth
    long cut = offsetAfterLines(3) + (offsetAfterLines(4) - offsetAfterLines(3)) / 2;
    Files.write(out, firstBytes(cut));
    CliRun run = batch(out, "--resume");
    assertThat(run.status()).isEqualTo(1); // the error records already written still count
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole));
    assertThat(run.errBesideWarnings()).contains("2 of 6 lines");
  }

  @Test
  void resume_atALineBoundary_andAtEveryCut_givesTheUninterruptedBytes() throws IOException {
    long size = Files.size(whole);
    for (long cut : new long[] {0, 1, offsetAfterLines(1), offsetAfterLines(5) - 1, size}) {
      Path out = dir.resolve("out-" + cut + ".jsonl");
      Files.write(out, firstBytes(cut));
      batch(out, "--resume");
      assertThat(Files.readAllBytes(out)).as("cut at %s", cut).isEqualTo(Files.readAllBytes(whole));
    }
  }

  @Test
  void resume_afterADirectWritesPadding_givesTheUninterruptedBytes() throws IOException {
    // killed between a direct write and its cut (DirectLines): whole lines, then up to a block of
    // zeros, here after a whole line and after half of one
    long half = offsetAfterLines(2) + (offsetAfterLines(3) - offsetAfterLines(2)) / 2;
    for (long cut : new long[] {offsetAfterLines(2), half}) {
      Path out = dir.resolve("padded-" + cut + ".jsonl");
      byte[] padded = Arrays.copyOf(firstBytes(cut), (int) ((cut / 4096 + 1) * 4096));
      Files.write(out, padded);
      assertThat(batch(out, "--resume").status()).isEqualTo(1);
      assertThat(Files.readAllBytes(out)).as("cut at %s", cut).isEqualTo(Files.readAllBytes(whole));
    }
  }

  @Test
  void resume_withoutAnOutputYet_isAFreshRun() throws IOException {
    Path out = dir.resolve("none.jsonl");
    assertThat(batch(out, "--resume").status()).isEqualTo(1);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole));
  }

  @Test
  void withoutResume_anOldOutputIsReplaced() throws IOException {
    Path out = dir.resolve("old.jsonl");
    Files.writeString(out, "{\"old\":true}\n");
    batch(out);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole));
  }

  @Test
  void resume_ofAnOutputLongerThanTheInput_isRefused() throws IOException {
    Path out = dir.resolve("long.jsonl");
    Files.write(out, Files.readAllBytes(whole));
    Files.writeString(out, "{\"format\":\"x\"}\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun run = batch(out, "--resume");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings()).contains("already holds 7 lines", "has only 6");
  }

  @Test
  void resume_ofAnotherBatchsOutput_isRefused() throws IOException {
    Path out = dir.resolve("foreign.jsonl");
    Files.writeString(out, "{\"line\":5,\"errors\":[\"(document): x\"]}\n");
    CliRun run = batch(out, "--resume");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings()).contains("not this batch's output", "line 1");
    assertThat(Files.readString(out)).isEqualTo("{\"line\":5,\"errors\":[\"(document): x\"]}\n");
  }
}
