package org.cunzhi.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reading floor of a batch: every line of a JSON-Lines file read by Jackson databind into
 * {@link Plain} records, nothing checked, nothing written: {@code java -cp
 * benchmarks/target/benchmarks.jar org.cunzhi.benchmarks.JacksonLines FILE.jsonl}. What {@code
 * ./cunzhi batch} over the same file is compared with.
 */
public final class JacksonLines {
  private JacksonLines() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JacksonLines FILE.jsonl");
      System.exit(2);
    }
    long start = System.nanoTime();
    long lines = 0;
    long years = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Plain.Dossier d = Plain.read(line.getBytes(StandardCharsets.UTF_8));
        years += d.years() == null ? 0 : d.years().size();
        lines++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.err.println(
        "read " + lines + " lines (" + years + " years) in " + millis + " ms with Jackson alone");
  }
}
