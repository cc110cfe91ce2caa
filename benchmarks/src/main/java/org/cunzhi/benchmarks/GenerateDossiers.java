package org.cunzhi.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated dossiers as JSON Lines, for measuring {@code ./cunzhi batch}: {@code java -cp
 * benchmarks/target/benchmarks.jar org.cunzhi.benchmarks.GenerateDossiers COUNT FILE.jsonl [SEED]}.
 * The same count and seed give the same file. Never commit what it writes.
 */
public final class GenerateDossiers {
  private GenerateDossiers() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GenerateDossiers COUNT FILE.jsonl [SEED]");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : Inputs.SEED;
    Inputs.Generator generator = new Inputs.Generator(seed);
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        out.write(generator.next());
        out.write('\n');
      }
    }
    System.err.println("wrote " + count + " dossiers to " + file);
  }
}
