package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;

/**
 * Reads the dossier files named on the command line, reporting every problem on stderr in the run's
 * language. A folder named stands for the {@code *.json} files in it, in order of file name.
 */
final class DossierFiles {
  private static final DossierReader READER = DossierReader.create();

  private DossierFiles() {}

  /**
   * Reads every file with the default limits; see {@link #readAll(DossierReader, List, Session)}.
   */
  static List<Read> readAll(List<Path> files, Session session) {
    return readAll(READER, files, session);
  }

  /**
   * A dossier file that was read, or not.
   *
   * @param problems how many problems were reported on standard error for it
   */
  record Read(Path file, Optional<Dossier> dossier, int problems) {}

  /**
   * Whether {@code named} stands for one dossier file: one argument that is not a folder. For it,
   * {@code --format json} prints one object rather than an array.
   */
  static boolean isOneFile(List<Path> named) {
    return named.size() == 1 && !Files.isDirectory(named.get(0));
  }

  /**
   * The files {@code named} stands for, in order: each file as named, each folder as the {@code
   * *.json} files in it, sorted by file name.
   *
   * @throws UsageException (exit status 1) when a folder cannot be listed
   */
  static List<Path> expand(List<Path> named) {
    List<Path> files = new ArrayList<>();
    for (Path path : named) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      List<Path> inFolder = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.json")) {
        for (Path entry : entries) {
          if (Files.isRegularFile(entry)) {
            inFolder.add(entry);
          }
        }
      } catch (IOException e) {
        throw UsageException.file("folder-unreadable", path, String.valueOf(e.getMessage()));
      }
      inFolder.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
      files.addAll(inFolder);
    }
    return files;
  }

  /**
   * Reads every file, folders expanded ({@link #expand}); problems go to standard error, one line
   * each: {@code FILE: /pointer: what is wrong}. A folder without a {@code *.json} file is a
   * problem too. The returned list has one entry per file, in order.
   */
  static List<Read> readAll(DossierReader reader, List<Path> named, Session session) {
    List<Read> reads = new ArrayList<>();
    for (Path path : named) {
      if (Files.isDirectory(path) && expand(List.of(path)).isEmpty()) {
        session.err().println(session.text("file.empty-folder", path));
        reads.add(new Read(path, Optional.empty(), 1));
      }
      for (Path file : expand(List.of(path))) {
        int[] problems = {0};
        Optional<Dossier> dossier = read(reader, file, session, problems);
        reads.add(new Read(file, dossier, problems[0]));
      }
    }
    return reads;
  }

  private static Optional<Dossier> read(
      DossierReader reader, Path file, Session session, int[] problems) {
    PrintStream err = session.err();
    if (!Files.isRegularFile(file)) {
      err.println(session.text("file.missing", file));
      problems[0] = 1;
      return Optional.empty();
    }
    ReadResult result = reader.tryRead(file);
    for (Violation v : result.violations()) {
      err.println(
          oneLine(session.text("file.problem", file, Translations.line(v, session.lang()))));
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
