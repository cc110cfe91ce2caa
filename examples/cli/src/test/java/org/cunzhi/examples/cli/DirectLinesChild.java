package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process for {@code DirectLinesTest} to stop: opens {@code args[0]} with {@link DirectLines},
 * writes {@code args[1]} numbered lines, prints {@code ready}, then goes on writing a line every
 * millisecond until it is stopped.
 */
final class DirectLinesChild {
  private DirectLinesChild() {}

  static String line(long n) {
    return "{\"line\":" + n + ",\"padding\":\"" + "x".repeat(60) + "\"}\n";
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    long ready = Long.parseLong(args[1]);
    OutputStream out = DirectLines.open(Path.of(args[0]), false, 1 << 20);
    if (!(out instanceof DirectLines)) {
      System.out.println("not direct");
      return;
    }
    for (long n = 1; ; n++) {
      out.write(line(n).getBytes(StandardCharsets.US_ASCII));
      if (n == ready) {
        System.out.println("ready");
        System.out.flush();
      }
      if (n >= ready) {
        Thread.sleep(1);
      }
    }
  }
}
