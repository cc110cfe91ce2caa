package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where an interrupted {@code batch} stopped: the output's whole lines, kept, and a partial last
 * line, cut off, so that {@code batch --resume} appends after the last complete line. An output
 * line is written whole or not at all while the process runs ({@code WholeLines}, {@link
 * DirectLines}); what a process killed outright or the machine going down leaves after the last
 * whole line (part of a line, or the zeros padding a direct write's last block) has no newline, is
 * the only partial line, and is always the last.
 *
 * @param lines the whole lines the output keeps: the input lines already done
 * @param errors how many of them are error records
 */
record Resume(long lines, long errors) {
  private static final byte[] ERROR_RECORD = "{\"line\":".getBytes(StandardCharsets.US_ASCII);

  /** Nothing done yet: no output, or no whole line in it. */
  static final Resume NONE = new Resume(0, 0);

  /**
   * Prepares {@code out} for appending: cuts a partial last line off, and counts the whole lines
   * and the error records among them. Each error record must name its own line number, as batch
   * writes it; one that names another is not this batch's output.
   *
   * @throws UsageException (a file problem, status 1) when the output is not a batch's
   */
  static Resume prepare(Path out) throws IOException {
    if (!Files.exists(out)) {
      return NONE;
    }
    long lines = 0;
    long errors = 0;
    long end = 0; // the offset just after the last newline
    long offset = 0;
    boolean atStart = true;
    int matched = 0; // bytes of ERROR_RECORD matched at the line's start
    boolean error = false;
    StringBuilder number = new StringBuilder();
    boolean inNumber = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream input = Files.newInputStream(out)) {
      int n;
      while ((n = input.read(buffer)) > 0) {
        for (int i = 0; i < n; i++, offset++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines++;
            if (error) {
              errors++;
              if (!number.toString().equals(Long.toString(lines))) {
                throw UsageException.file("batch-resume-foreign", out, lines);
              }
            }
            end = offset + 1;
            atStart = true;
            matched = 0;
            error = false;
            inNumber = false;
            number.setLength(0);
            continue;
          }
          if (atStart) {
            if (b == ERROR_RECORD[matched]) {
              matched++;
              if (matched == ERROR_RECORD.length) {
                error = true;
                inNumber = true;
                atStart = false;
              }
            } else {
              atStart = false;
            }
          } else if (inNumber) {
            if (b >= '0' && b <= '9' && number.length() < 20) {
              number.append((char) b);
            } else if (b != ' ' || number.length() > 0) {
              inNumber = false;
            }
          }
        }
      }
    }
    if (end < offset) {
      try (FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE)) {
        channel.truncate(end);
        channel.force(true);
      }
    }
    return new Resume(lines, errors);
  }
}
