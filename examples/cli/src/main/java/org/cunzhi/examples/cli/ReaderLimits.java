package org.cunzhi.examples.cli;

import org.cunzhi.json.DossierReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reader's limits as options of the commands that read dossiers ({@code evaluate}, {@code
 * validate}, {@code batch}): each one's default and range are the library's ({@link
 * DossierReader}); a value out of range is a usage error.
 */
final class ReaderLimits {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec = CommandSpec.create();

  private final DossierReader.Builder reader = DossierReader.builder();

  @Option(
      names = "--max-document-bytes",
      paramLabel = "N",
      description =
          "the largest dossier read, in bytes of UTF-8 (default "
              + DossierReader.DEFAULT_MAX_DOCUMENT_BYTES
              + ", 1 to "
              + DossierReader.LARGEST_MAX_DOCUMENT_BYTES
              + "); in batch, the longest line")
  void maxDocumentBytes(int value) {
    check("--max-document-bytes", value, DossierReader.LARGEST_MAX_DOCUMENT_BYTES);
    reader.maxDocumentBytes(value);
  }

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description =
          "the deepest nesting of objects and arrays read outside extensions, the dossier itself"
              + " being 1 (default "
              + DossierReader.DEFAULT_MAX_DEPTH
              + ", 1 to "
              + DossierReader.LARGEST_MAX_DEPTH
              + ")")
  void maxDepth(int value) {
    check("--max-depth", value, DossierReader.LARGEST_MAX_DEPTH);
    reader.maxDepth(value);
  }

  @Option(
      names = "--max-string-length",
      paramLabel = "N",
      description =
          "the longest string or field name read, in characters (default "
              + DossierReader.DEFAULT_MAX_STRING_LENGTH
              + ", 1 to "
              + DossierReader.LARGEST_MAX_STRING_LENGTH
              + ")")
  void maxStringLength(int value) {
    check("--max-string-length", value, DossierReader.LARGEST_MAX_STRING_LENGTH);
    reader.maxStringLength(value);
  }

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      description =
          "the most problems listed for one dossier, the rest counted (default "
              + DossierReader.DEFAULT_MAX_PROBLEMS
              + ", 1 to "
              + DossierReader.LARGEST_MAX_PROBLEMS
              + ")")
  void maxProblems(int value) {
    check("--max-problems", value, DossierReader.LARGEST_MAX_PROBLEMS);
    reader.maxProblems(value);
  }

  private void check(String option, int value, int largest) {
    if (value < 1 || value > largest) {
      throw new ParseErrors.Localized(spec.commandLine(), "cli.limit", option, largest, value);
    }
  }

  /** A reader with these limits. */
  DossierReader reader() {
    return reader.build();
  }
}
