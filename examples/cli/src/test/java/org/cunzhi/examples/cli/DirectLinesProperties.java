package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link DirectLines} writes exactly the bytes it is given, after the file's own when it appends,
 * and between writes the file always ends with a whole line: checked with an ordinary channel and
 * small blocks (the arithmetic), and with a direct one where the file system takes it.
 */
class DirectLinesProperties {

  /** Lines of the given lengths (a newline included), each of one letter, so that none is alike. */
  static byte[][] lines(List<Integer> lengths) {
    byte[][] lines = new byte[lengths.size()][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = new byte[lengths.get(i)];
      Arrays.fill(lines[i], (byte) ('a' + i % 26));
      lines[i][lines[i].length - 1] = '\n';
    }
    return lines;
  }

  /**
   * Writes {@code lines} with {@code out} after {@code before}, checking after each line that the
   * file is the bytes given so far, cut after one of their lines; then checks the whole once
   * closed.
   */
  static void writesEveryByteInWholeLines(Path file, byte[] before, DirectLines out, byte[][] lines)
      throws IOException {
    ByteArrayOutputStream given = new ByteArrayOutputStream();
    given.write(before);
    try (out) {
      for (byte[] line : lines) {
        out.write(line);
        given.write(line);
        out.awaitWrites(); // a chunk being written may end, for a moment, in its block's padding
        byte[] now = Files.readAllBytes(file);
        byte[] expected = given.toByteArray();
        assertThat(now.length).isLessThanOrEqualTo(expected.length);
        assertThat(now).isEqualTo(Arrays.copyOf(expected, now.length));
        assertThat(now.length == 0 || now[now.length - 1] == '\n')
            .as("the file ends with a whole line, at %d bytes", now.length)
            .isTrue();
      }
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(given.toByteArray());
  }

  @Property(tries = 200)
  void anOrdinaryChannel_inSmallBlocks_getsEveryLineWhole(
      @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 700) Integer> lengths,
      @ForAll @IntRange(min = 0, max = 9) int blockPower,
      @ForAll @IntRange(min = 1, max = 6) int blocksPerChunk,
      @ForAll @IntRange(min = 0, max = 300) int existing)
      throws IOException {
    int block = 16 << blockPower % 6; // 16 to 512 bytes
    Path dir = Files.createTempDirectory("direct-lines");
    try {
      Path file = dir.resolve("out.jsonl");
      byte[] before = new byte[existing];
      Arrays.fill(before, (byte) '0');
      if (existing > 0) {
        before[existing - 1] = '\n';
      }
      Files.write(file, before);
      long base = existing / block * block;
      byte[] tail = Arrays.copyOfRange(before, (int) base, existing);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
      DirectLines out = new DirectLines(channel, block, block * blocksPerChunk, base, tail);
      writesEveryByteInWholeLines(file, before, out, lines(lengths));
    } finally {
      DirectLinesTest.deleteAll(dir);
    }
  }

  @Property(tries = 30)
  void aDirectChannel_getsEveryLineWhole(
      @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 20_000) Integer> lengths,
      @ForAll @IntRange(min = 1, max = 4) int blocksPerChunk,
      @ForAll boolean append)
      throws IOException {
    Path dir = Files.createTempDirectory("direct-lines");
    try {
      Path file = dir.resolve("out.jsonl");
      byte[] before =
          append ? "{\"line\":1,\"errors\":[]}\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
      Files.write(file, before);
      int block = (int) Files.getFileStore(file).getBlockSize();
      DirectLines out = DirectLines.tryDirect(file, append, block * blocksPerChunk);
      if (out == null) {
        return; // this file system writes through its cache only: the ordinary channel's case
      }
      writesEveryByteInWholeLines(file, before, out, lines(lengths));
    } finally {
      DirectLinesTest.deleteAll(dir);
    }
  }
}
