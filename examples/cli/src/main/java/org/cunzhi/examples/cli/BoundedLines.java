package org.cunzhi.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the lines of a byte stream one at a time, as {@link java.io.BufferedReader#readLine} would
 * split them (a line ends at {@code \n}, {@code \r\n} or {@code \r}; a last line without an ending
 * still counts), and never holds more of a line than a limit: a longer line is skipped to its end
 * and marked too long, so memory stays flat whatever the input holds.
 *
 * <p>Lines are split as bytes, before any decoding: in UTF-8 the bytes of {@code \n} and {@code \r}
 * occur in no other character, so one badly encoded line spoils only itself.
 */
final class BoundedLines {
  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[8192];
  private byte[] line = new byte[256];
  private int length;
  private boolean tooLong;
  private int position;
  private int limit;
  private boolean afterCarriageReturn;
  private long number;

  /** The lines of {@code in}, each kept when it has at most {@code maxBytes} bytes. */
  BoundedLines(InputStream in, int maxBytes) {
    checkArgument(maxBytes >= 0, "maxBytes must not be negative, was %s", maxBytes);
    this.in = requireNonNull(in, "in");
    this.maxBytes = maxBytes;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean started = false;
    while (true) {
      if (position == limit) {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
          if (started) {
            number++;
          }
          return started;
        }
        position = 0;
        limit = read;
      }
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if (buffer[position] == '\n') {
          position++;
          continue; // the second half of the \r\n that ended the line before
        }
      }
      // the bytes up to the next line ending (or the end of what was read) belong to this line
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      if (end > position) {
        started = true;
        if (!tooLong) {
          keep(position, end - position);
        }
      }
      position = end;
      if (end < limit) {
        afterCarriageReturn = buffer[end] == '\r';
        position++;
        number++;
        return true;
      }
    }
  }

  /** Keeps {@code count} bytes of the buffer from {@code from}, or marks the line too long. */
  private void keep(int from, int count) {
    if (count > maxBytes - length) {
      tooLong = true;
      length = 0;
      line = new byte[256]; // let a long line's bytes go
      return;
    }
    if (length + count > line.length) {
      line =
          Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(2L * line.length, length + count)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  /** The current line's number, counted from 1. */
  long number() {
    checkState(number > 0, "next() has not found a line yet");
    return number;
  }

  /** Whether the current line was longer than the limit, and so not kept. */
  boolean isTooLong() {
    return tooLong;
  }

  /** Whether the current line is empty or holds only spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return !tooLong;
  }

  /** A copy of the current line's bytes, without its ending; empty when it was too long. */
  byte[] bytes() {
    return Arrays.copyOf(line, length);
  }
}
