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

  /** A dossier file that was read, or not. */
  record Read(Path file, Optional<Dossier> dossier) {}

  /**
   * Reads every file; problems go to {@code err}, one line each: {@code FILE: /pointer: what is
   * wrong}. The returned list has one entry per file, in order.
   */
  static List<Read> readAll(List<Path> files, PrintStream err) {
    List<Read> reads = new ArrayList<>();
    for (Path file : files) {
      reads.add(new Read(file, read(file, err)));
    }
    return reads;
  }

  private static Optional<Dossier> read(Path file, PrintStream err) {
    if (!Files.isRegularFile(file)) {
      err.println(file + ": cannot read: no such file");
      return Optional.empty();
    }
    ReadResult result = READER.tryRead(file);
    for (Violation v : result.violations()) {
      err.println(file + ": " + v);
    }
    return result.dossier();
  }
}
