package org.cunzhi.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;

/** Reads the dossier files named on the command line, reporting every problem on stderr. */
final class DossierFiles {
  private static final DossierReader READER = DossierReader.create();

  private DossierFiles() {}

  /**
   * Reads every file with the default limits; see {@link #readAll(DossierReader, List,
   * PrintStream)}.
   */
  static List<Read> readAll(List<Path> files, PrintStream err) {
    return readAll(READER, files, err);
  }

  /**
   * A dossier file that was read, or not.
   *
   * @param problems how many problems were reported on standard error for it
   */
  record Read(Path file, Optional<Dossier> dossier, int problems) {}

  /**
   * Reads every file; problems go to {@code err}, one line each: {@code FILE: /pointer: what is
   * wrong}. The returned list has one entry per file, in order.
   */
  static List<Read> readAll(DossierReader reader, List<Path> files, PrintStream err) {
    List<Read> reads = new ArrayList<>();
    for (Path file : files) {
      int[] problems = {0};
      Optional<Dossier> dossier = read(reader, file, err, problems);
      reads.add(new Read(file, dossier, problems[0]));
    }
    return reads;
  }

  private static Optional<Dossier> read(
      DossierReader reader, Path file, PrintStream err, int[] problems) {
    if (!Files.isRegularFile(file)) {
      err.println(file + ": cannot read: no such file");
      problems[0] = 1;
      return Optional.empty();
    }
    ReadResult result = reader.tryRead(file);
    for (Violation v : result.violations()) {
      err.println(oneLine(file + ": " + v));
      problems[0]++;
    }
    return result.dossier();
  }

  /**
   * {@code text} on one line: a field name, and so a pointer, may hold any character, so control
   * characters and line separators are shown as a backslash, u and four hex digits.
   */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
