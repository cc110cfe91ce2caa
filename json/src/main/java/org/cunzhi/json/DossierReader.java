package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * Reads DOSSIER-v1 JSON ({@code cunzhi.dossier/v1}, UTF-8) into a {@link Dossier}, or reports its
 * problems.
 *
 * <p>A read checks the document in one pass: that it is well-formed JSON in strict UTF-8 within the
 * reader's limits, with no field twice in an object and every string valid Unicode; then every
 * field against DOSSIER-v1 (known names, required fields, JSON types, integer ranges, exact enum
 * names, {@code yyyy-MM-dd} dates, {@code null} only where the format allows it, no instrument
 * fields of the other kind); then the model's cross-field rules ({@link ModelValidator}), on the
 * whole dossier or, when something structural is wrong, on each part that was sound (each top-level
 * object, each array element, each year of {@code surveys}); rules that span the whole dossier,
 * such as adoption households within the unit's, then wait until the structure is fixed. Each
 * problem is a {@link Violation}: a JSON Pointer and {@code what is wrong (value) — expected}.
 *
 * <p>A problem of the document's form names the JSON Pointer of the nearest enclosing value and the
 * line and column (counted from 1, in characters), never the parser's own text: a string with a bad
 * UTF-8 byte or an unpaired surrogate escape ({@code \uD800} alone, or {@code \uDC00\uD800}) is
 * rejected at that string's pointer. When the document is not well-formed JSON (truncated, NaN or
 * Infinity, a raw control character in a string, a leading zero, trailing content), only the
 * problems of its form found up to where the parse stopped are reported.
 *
 * <h2>Limits</h2>
 *
 * <p>Each limit has a default, a builder option and a largest value the builder accepts:
 *
 * <ul>
 *   <li>document size, {@link Builder#maxDocumentBytes}: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes
 *       of UTF-8 (8 MiB), at most {@value #LARGEST_MAX_DOCUMENT_BYTES};
 *   <li>nesting depth, {@link Builder#maxDepth}: {@value #DEFAULT_MAX_DEPTH} levels of objects and
 *       arrays, the root object being 1, at most {@value #LARGEST_MAX_DEPTH}. Within {@code
 *       extensions}, free-form data may nest deeper, to {@value #LARGEST_MAX_DEPTH} levels from the
 *       root whatever the limit;
 *   <li>string length, {@link Builder#maxStringLength}: {@value #DEFAULT_MAX_STRING_LENGTH}
 *       characters (Unicode code points) in any string or field name, at most {@value
 *       #LARGEST_MAX_STRING_LENGTH};
 *   <li>problems listed, {@link Builder#maxProblems}: {@value #DEFAULT_MAX_PROBLEMS} per document,
 *       at most {@value #LARGEST_MAX_PROBLEMS}; the first in pointer order are listed, then one
 *       last violation at {@code ""} counts the rest ({@link ReadResult#unlisted()}).
 * </ul>
 *
 * <p>Numbers are read to {@value #MAX_NUMBER_LENGTH} characters, with an exponent that fits an
 * {@code int}. Memory for a read stays within a small multiple of the document's size whatever it
 * holds (about 15 times at worst, for an object of nothing but distinct field names, which must all
 * be remembered to find one given twice): problems beyond the listed ones are only counted, the
 * content of what cannot be right is checked and dropped, and the elements of arrays ({@code
 * years}, {@code meetings} and the other array sections, {@code organization.cadres}, {@code
 * covers}, {@code guaranteedRights}, {@code conflicts}) are read one at a time as they are parsed,
 * only the sound ones kept as model records.
 *
 * <p>A complaint's {@code reporter} may hold a name or phone number (DOMAIN S-6): any JSON object
 * is accepted and only whether it has members is kept ({@link
 * org.cunzhi.core.model.Reporter#named()} when it has, anonymous when it is empty or absent).
 * Nothing from inside it ever appears in a violation: a problem inside it is reported at the
 * reporter's pointer.
 *
 * <p>Field rules beyond what DOSSIER-v1 spells out: {@code assessmentYear} and {@code years[].year}
 * are 1000 to 9999 and {@code surveys} keys four digits not starting with 0; unit {@code code},
 * {@code name}, instrument {@code id}, complaint {@code ref} and inspection {@code criterion} are
 * non-empty; fields typed "X or null" ({@code effective}, {@code householdsRepresented}, {@code
 * occasion}, {@code investigated}, {@code outcomePublished}) may also be absent, except {@code
 * organization.association}, which must be present; {@code guaranteedRights} and {@code covers}
 * list each value at most once; years and instrument ids are unique.
 *
 * <p>Most documents have no problem of form or of DOSSIER-v1, and are read in one quick pass over
 * their bytes that builds the model records directly; at the first sign of anything else the pass
 * gives up and the document is read again the careful way described above, which alone reports
 * problems. Either way the result is the same.
 *
 * <p>Instances are immutable and thread-safe. I/O failures are thrown as {@link
 * UncheckedIOException}; they are not a problem of the document.
 */
public final class DossierReader {
  /** The default limit on a document's size: 8 MiB of UTF-8. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /**
   * The default limit on nesting: 32 levels of objects and arrays, the root object being 1; free
   * data in {@code extensions} may nest to {@link #LARGEST_MAX_DEPTH}.
   */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The default limit on any string or field name: 10,000 characters (Unicode code points). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  /** The default limit on the problems listed for one document: 100, the rest counted. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The largest size limit a reader accepts: 1 GiB. */
  public static final int LARGEST_MAX_DOCUMENT_BYTES = 1 << 30;

  /** The deepest nesting limit a reader accepts, and how deep {@code extensions} may nest. */
  public static final int LARGEST_MAX_DEPTH = 1000;

  /** The largest string length limit a reader accepts: 1 Gi characters. */
  public static final int LARGEST_MAX_STRING_LENGTH = 1 << 30;

  /** The largest limit on the problems listed that a reader accepts. */
  public static final int LARGEST_MAX_PROBLEMS = 10_000;

  /** The longest number read, in characters (sign, digits, point and exponent). */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private static final DossierReader DEFAULT =
      new DossierReader(
          DEFAULT_MAX_DOCUMENT_BYTES,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  private final int maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxProblems;
  private final JsonFactory factory;

  private DossierReader(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxProblems) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxProblems = maxProblems;
    // The parser enforces only the hard limits; the reader checks its own, to say where.
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(LARGEST_MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(LARGEST_MAX_DEPTH).build())
            // No shared symbol table: names from one document never stay or collide with others.
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
  }

  /** A reader with the default limits. */
  public static DossierReader create() {
    return DEFAULT;
  }

  /**
   * Builds now what the first read of a process would otherwise build before it could validate:
   * Hibernate Validator's metadata of every model class (a quarter to a third of a second on a
   * shared two-core machine, the largest part of a one-dossier command's start). Any thread may
   * call it, any number of times; a host with other start-up work may call it on a thread of its
   * own meanwhile, so that the first read does not wait for it (the command line does). A read that
   * comes first simply builds it itself.
   */
  public static void prepare() {
    ModelValidator.get();
  }

  /** A builder for a reader with other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest document read, in bytes of UTF-8. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The deepest nesting of objects and arrays read outside {@code extensions}, the root object
   * being level 1.
   */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string or field name read, in characters (Unicode code points). */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The most problems listed for one document; more are counted by one last violation. */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Reads a dossier from JSON text.
   *
   * @throws InvalidInputException listing every problem, when the document is not a valid dossier
   */
  public Dossier read(String json) {
    return tryRead(json).orElseThrow();
  }

  /**
   * Reads a dossier from UTF-8 bytes.
   *
   * @throws InvalidInputException listing every problem, when the document is not a valid dossier
   */
  public Dossier read(byte[] utf8) {
    return tryRead(utf8).orElseThrow();
  }

  /**
   * Reads a dossier from a stream of UTF-8, to its end; the stream is left open.
   *
   * @throws InvalidInputException listing every problem, when the document is not a valid dossier
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Dossier read(InputStream utf8) {
    return tryRead(utf8).orElseThrow();
  }

  /**
   * Reads a dossier from a UTF-8 file.
   *
   * @throws InvalidInputException listing every problem, when the document is not a valid dossier
   * @throws UncheckedIOException when the file cannot be read
   */
  public Dossier read(Path file) {
    return tryRead(file).orElseThrow();
  }

  /** Reads a dossier from JSON text; a bad document gives a rejected result, not an exception. */
  public ReadResult tryRead(String json) {
    requireNonNull(json, "json");
    if (json.length() > maxDocumentBytes || utf8Length(json) > maxDocumentBytes) {
      return tooLarge();
    }
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (FastPath.isWholeUnicode(text)) {
      // Then its UTF-8 is exact (no unpaired surrogate turned into '?'), for the quick pass.
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      Dossier quick = FastPath.read(utf8, 0, utf8.length, maxDepth, maxStringLength);
      if (quick != null) {
        return checked(quick);
      }
    }
    return parse(Utf8Text.of(text));
  }

  /** Reads a dossier from UTF-8 bytes; a bad document gives a rejected result. */
  public ReadResult tryRead(byte[] utf8) {
    requireNonNull(utf8, "utf8");
    if (utf8.length > maxDocumentBytes) {
      return tooLarge();
    }
    return decode(utf8, utf8.length);
  }

  /**
   * Reads a dossier from a stream of UTF-8, to its end (the stream is left open); a bad document
   * gives a rejected result.
   *
   * @throws UncheckedIOException when the stream cannot be read
   */
  public ReadResult tryRead(InputStream utf8) {
    requireNonNull(utf8, "utf8");
    byte[] bytes;
    try {
      bytes = utf8.readNBytes(maxDocumentBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the dossier stream", e);
    }
    if (bytes.length > maxDocumentBytes) {
      return tooLarge();
    }
    return decode(bytes, bytes.length);
  }

  /**
   * Reads a dossier from a UTF-8 file; a bad document gives a rejected result.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public ReadResult tryRead(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return tryRead(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the dossier file " + file, e);
    }
  }

  private ReadResult tooLarge() {
    return rejected(
        "document too large (more than "
            + maxDocumentBytes
            + " bytes) — expected at most "
            + maxDocumentBytes
            + " bytes of UTF-8");
  }

  private static ReadResult rejected(String message) {
    return ReadResult.rejected(List.of(new Violation("", message)));
  }

  /** The length of {@code text} in UTF-8, stopping early once it is over the limit. */
  private long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length() && length <= maxDocumentBytes; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /**
   * Reads strict UTF-8 after any byte order mark: the quick way when it accepts the document
   * ({@link FastPath}), else the careful way, which alone reports problems.
   */
  private ReadResult decode(byte[] bytes, int length) {
    Dossier quick = quickDossier(bytes, length);
    return quick != null ? checked(quick) : decode(bytes, length, new int[1]);
  }

  /** The dossier {@link FastPath} reads from {@code bytes}, or null when it declines. */
  @Nullable Dossier quickDossier(byte[] bytes, int length) {
    return FastPath.read(bytes, bomLength(bytes, length), length, maxDepth, maxStringLength);
  }

  /** Reads as {@link #tryRead(byte[])} does, but always the careful way; for tests. */
  ReadResult tryReadCarefully(byte[] utf8) {
    return utf8.length > maxDocumentBytes ? tooLarge() : decode(utf8, utf8.length, new int[1]);
  }

  private static int bomLength(byte[] bytes, int length) {
    return length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF
        ? 3
        : 0;
  }

  private ReadResult decode(byte[] bytes, int length, int[] peakHeld) {
    int start = bomLength(bytes, length);
    return parse(Utf8Text.decode(bytes, start, length - start), peakHeld);
  }

  /**
   * A dossier the quick pass read, checked against the model's rules: what the careful path gives
   * for a document in which it finds no problem of form or of DOSSIER-v1.
   */
  private ReadResult checked(Dossier dossier) {
    Problems found = new Problems(maxProblems);
    ModelValidator.get().validate(dossier).forEach(found::add);
    return found.isEmpty() ? ReadResult.of(dossier) : found.rejected();
  }

  /** A read's result, and the most the parse held at once ({@link TreeParser#peakHeld}). */
  record Counted(ReadResult result, int peakHeld) {}

  /** Reads as {@link #tryRead(byte[])} does, counting what the parse holds; for tests. */
  Counted tryReadCounted(byte[] utf8) {
    int[] peak = new int[1];
    ReadResult result =
        utf8.length > maxDocumentBytes ? tooLarge() : decode(utf8, utf8.length, peak);
    return new Counted(result, peak[0]);
  }

  private ReadResult parse(Utf8Text text) {
    return parse(text, new int[1]);
  }

  private ReadResult parse(Utf8Text text, int[] peakHeld) {
    Problems form = new Problems(maxProblems);
    Problems found = new Problems(maxProblems);
    DossierWalk walk = new DossierWalk(found);
    JsonNode root;
    try {
      TreeParser parser = new TreeParser(factory, text, maxDepth, maxStringLength, walk, form);
      root = parser.read(DossierWalk.SHAPE);
      peakHeld[0] = parser.peakHeld();
    } catch (IOException e) {
      throw new UncheckedIOException("could not parse a document held in memory", e);
    }
    if (root == null) {
      return form.rejected(); // not well-formed: only the problems of its form
    }
    Dossier dossier = walk.dossier(root);
    ModelValidator validator = ModelValidator.get();
    if (dossier != null) {
      validator.validate(dossier).forEach(found::add);
    } else {
      for (DossierWalk.Part part : walk.parts()) {
        for (Violation violation : validator.validate(part.value())) {
          found.add(violation.under(part.pointer()));
        }
      }
    }
    found.addAll(form);
    if (found.isEmpty() && dossier != null) {
      return ReadResult.of(dossier);
    }
    return found.rejected();
  }

  @Override
  public String toString() {
    return "DossierReader[maxDocumentBytes="
        + maxDocumentBytes
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxProblems="
        + maxProblems
        + "]";
  }

  /** Builds a {@link DossierReader} with chosen limits. */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /** The largest document to read, in bytes of UTF-8: 1 to 1 GiB, 8 MiB by default. */
    public Builder maxDocumentBytes(int value) {
      checkArgument(
          value >= 1 && value <= LARGEST_MAX_DOCUMENT_BYTES,
          "maxDocumentBytes must be from 1 to %s, was %s",
          LARGEST_MAX_DOCUMENT_BYTES,
          value);
      this.maxDocumentBytes = value;
      return this;
    }

    /**
     * The deepest nesting to read outside {@code extensions}, the root object being level 1: 1 to
     * 1000, 32 by default.
     */
    public Builder maxDepth(int value) {
      checkArgument(
          value >= 1 && value <= LARGEST_MAX_DEPTH,
          "maxDepth must be from 1 to %s, was %s",
          LARGEST_MAX_DEPTH,
          value);
      this.maxDepth = value;
      return this;
    }

    /**
     * The longest string or field name to read, in characters (Unicode code points): 1 to 2^30,
     * 10,000 by default.
     */
    public Builder maxStringLength(int value) {
      checkArgument(
          value >= 1 && value <= LARGEST_MAX_STRING_LENGTH,
          "maxStringLength must be from 1 to %s, was %s",
          LARGEST_MAX_STRING_LENGTH,
          value);
      this.maxStringLength = value;
      return this;
    }

    /**
     * The most problems to list for one document, the first in pointer order; any more are counted
     * by one last violation: 1 to 10,000, 100 by default.
     */
    public Builder maxProblems(int value) {
      checkArgument(
          value >= 1 && value <= LARGEST_MAX_PROBLEMS,
          "maxProblems must be from 1 to %s, was %s",
          LARGEST_MAX_PROBLEMS,
          value);
      this.maxProblems = value;
      return this;
    }

    /** The reader. */
    public DossierReader build() {
      return new DossierReader(maxDocumentBytes, maxDepth, maxStringLength, maxProblems);
    }
  }
}
