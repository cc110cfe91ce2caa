package org.cunzhi.examples.cli;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DirectLines#open}: which way a batch's output is written, and what it holds. */
class DirectLinesTest {
  @TempDir Path dir;

  static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static boolean takesDirectWrites(Path file) throws IOException {
    try (DirectLines probe = DirectLines.tryDirect(file, false, DirectLines.CHUNK)) {
      return probe != null;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** {@code out}, opened for direct writes; the test is skipped where its file system refuses. */
  private static DirectLines directly(Path out) throws IOException {
    assumeTrue(takesDirectWrites(out), "the temporary folder's file system takes direct writes");
    DirectLines file = DirectLines.tryDirect(out, false, DirectLines.CHUNK);
    assertThat(file).isNotNull();
    return requireNonNull(file);
  }

  @Test
  void aNewFile_whereTheFileSystemTakesDirectWrites_isWrittenDirectly_inWholeLines()
      throws IOException {
    Path out = dir.resolve("out.jsonl");
    assumeTrue(takesDirectWrites(out), "the temporary folder's file system takes direct writes");
    // lines on both sides of a chunk, one longer than two chunks: 11 MiB in all
    byte[][] lines =
        DirectLinesProperties.lines(
            List.of(1, 4095, 4096, 4097, DirectLines.CHUNK - 1, 20_000, 2 * DirectLines.CHUNK + 3));
    try (OutputStream file = DirectLines.open(out, false, 1 << 10)) {
      assertThat(file).isInstanceOf(DirectLines.class);
      DirectLinesProperties.writesEveryByteInWholeLines(
          out, new byte[0], (DirectLines) file, lines);
    }
  }

  @Test
  void appending_keepsTheFileAsItWas_andAddsAfterIt() throws IOException {
    Path out = dir.resolve("out.jsonl");
    byte[] before =
        "{\"line\":1,\"errors\":[\"x\"]}\n".repeat(400).getBytes(StandardCharsets.UTF_8);
    Files.write(out, before);
    try (OutputStream file = DirectLines.open(out, true, 1 << 10)) {
      file.write("second\n".getBytes(StandardCharsets.UTF_8));
      file.write("third\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] expected = Arrays.copyOf(before, before.length + 13);
    System.arraycopy(
        "second\nthird\n".getBytes(StandardCharsets.UTF_8), 0, expected, before.length, 13);
    assertThat(Files.readAllBytes(out)).isEqualTo(expected);
  }

  @Test
  void anExistingFile_notAppended_isWrittenFromItsStart() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "an earlier run's line, longer than what comes now\n".repeat(100));
    try (OutputStream file = DirectLines.open(out, false, 1 << 10)) {
      file.write("now\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(out)).isEqualTo("now\n");
  }

  @Test
  void nothingWritten_leavesAnEmptyFile() throws IOException {
    Path out = dir.resolve("out.jsonl");
    try (OutputStream file = DirectLines.open(out, false, 1 << 10)) {
      assertThat(Files.size(out)).isZero();
    }
    assertThat(Files.size(out)).isZero();
  }

  @Test
  void aDevice_isWrittenThroughAStream() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device");
    try (OutputStream file = DirectLines.open(devNull, false, 1 << 10)) {
      assertThat(file).isNotInstanceOf(DirectLines.class);
      file.write("gone\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void writingAfterClose_isRefused() throws IOException {
    Path out = dir.resolve("out.jsonl");
    DirectLines file = directly(out);
    file.write("one\n".getBytes(StandardCharsets.UTF_8));
    file.close();
    file.close(); // a second close does nothing
    assertThatThrownBy(() -> file.write("two\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("closed");
    assertThat(Files.readString(out)).isEqualTo("one\n");
  }

  @Test
  void stopping_writesTheLinesGathered_andDropsLaterOnes() throws IOException {
    Path out = dir.resolve("out.jsonl");
    DirectLines file = directly(out);
    file.write("one\n".getBytes(StandardCharsets.UTF_8));
    file.write("two\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.size(out)).as("gathered, not yet written").isZero();
    file.stop();
    assertThat(Files.readString(out)).isEqualTo("one\ntwo\n");
    file.write("three\n".getBytes(StandardCharsets.UTF_8)); // dropped: the process is going
    file.close();
    assertThat(Files.readString(out)).isEqualTo("one\ntwo\n");
  }

  @Test
  void aProcessAskedToEnd_leavesEveryLineItGathered_whole() throws Exception {
    Path out = dir.resolve("out.jsonl");
    assumeTrue(takesDirectWrites(out), "the temporary folder's file system takes direct writes");
    assumeTrue(ProcessHandle.current().info().command().isPresent(), "this java can be found");
    int ready = 1000; // about 100 KB: gathered, not yet written, when the process is asked to end
    Process child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().get(),
                "-cp",
                System.getProperty("java.class.path"),
                DirectLinesChild.class.getName(),
                out.toString(),
                Integer.toString(ready))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader said =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(said.readLine()).isEqualTo("ready");
      child.destroy(); // SIGTERM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.US_ASCII);
    assertThat(Files.readString(out, StandardCharsets.US_ASCII)).endsWith("\n");
    assertThat(lines.size()).isGreaterThanOrEqualTo(ready);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i) + "\n").isEqualTo(DirectLinesChild.line(i + 1));
    }
  }
}
