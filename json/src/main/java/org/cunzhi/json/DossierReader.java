package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * Reads DOSSIER-v1 JSON ({@code cunzhi.dossier/v1}, UTF-8) into a {@link Dossier}, or reports every
 * problem at once.
 *
 * <p>A read checks the document in one pass: that it is well-formed UTF-8 JSON within the size and
 * nesting limits, with no field twice in an object; then every field against DOSSIER-v1 (known
 * names, required fields, JSON types, integer ranges, exact enum names, {@code yyyy-MM-dd} dates,
 * {@code null} only where the format allows it, no instrument fields of the other kind); then the
 * model's cross-field rules ({@link ModelValidator}), on the whole dossier or, when something
 * structural is wrong, on each part that was sound (each top-level object, each array element, each
 * year of {@code surveys}); rules that span the whole dossier, such as adoption households within
 * the unit's, then wait until the structure is fixed. Each problem is a {@link Violation}: a JSON
 * Pointer and {@code what is wrong (value) — expected}. A malformed document is one violation at
 * {@code ""} naming the line and column, never the parser's own text.
 *
 * <p>A complaint's {@code reporter} may hold a name or phone number (DOMAIN S-6): any JSON object
 * is accepted and only whether it has members is kept ({@link
 * org.cunzhi.core.model.Reporter#named()} when it has, anonymous when it is empty or absent).
 * Nothing from inside it ever appears in a violation.
 *
 * <p>Field rules beyond what DOSSIER-v1 spells out: {@code assessmentYear} and {@code years[].year}
 * are 1000 to 9999 and {@code surveys} keys four digits not starting with 0; unit {@code code},
 * {@code name}, instrument {@code id}, complaint {@code ref} and inspection {@code criterion} are
 * non-empty; fields typed "X or null" ({@code effective}, {@code householdsRepresented}, {@code
 * occasion}, {@code investigated}, {@code outcomePublished}) may also be absent, except {@code
 * organization.association}, which must be present; {@code guaranteedRights} and {@code covers}
 * list each value at most once; years and instrument ids are unique.
 *
 * <p>Instances are immutable and thread-safe. I/O failures are thrown as {@link
 * UncheckedIOException}; they are not a problem of the document.
 */
public final class DossierReader {
  /** The default limit on a document's size: 8 MiB of UTF-8. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /** The default limit on nesting: 32 levels of objects and arrays, the root object being 1. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The largest size limit a reader accepts: 1 GiB. */
  public static final int LARGEST_MAX_DOCUMENT_BYTES = 1 << 30;

  /** The deepest nesting limit a reader accepts. */
  public static final int LARGEST_MAX_DEPTH = 1000;

  private static final DossierReader DEFAULT =
      new DossierReader(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH);

  private final int maxDocumentBytes;
  private final int maxDepth;
  private final ObjectReader trees;

  private DossierReader(int maxDocumentBytes, int maxDepth) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(maxDocumentBytes)
                    .maxNestingDepth(maxDepth)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.trees =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build()
            .reader();
  }

  /** A reader with the default limits. */
  public static DossierReader create() {
    return DEFAULT;
  }

  /** A builder for a reader with other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest document read, in bytes of UTF-8. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of objects and arrays read, the root object being level 1. */
  public int maxDepth() {
    return maxDepth;
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
    if (json.length() > maxDocumentBytes
        || json.getBytes(StandardCharsets.UTF_8).length > maxDocumentBytes) {
      return tooLarge();
    }
    return parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
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

  /** Decodes strict UTF-8, naming where the first bad byte sits. */
  private ReadResult decode(byte[] bytes, int length) {
    int start =
        length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      return rejected(
          "not UTF-8 (a bad byte at "
              + position(out, out.length())
              + ", byte offset "
              + in.position()
              + ") — expected a document in UTF-8");
    }
    out.flip();
    return parse(out.toString());
  }

  private ReadResult parse(String text) {
    String tooDeep = firstTooDeep(text);
    if (tooDeep != null) {
      return rejected(
          "nested too deeply (more than "
              + maxDepth
              + " levels at "
              + tooDeep
              + ") — expected at most "
              + maxDepth
              + " levels of objects and arrays");
    }
    JsonNode root;
    try {
      root = trees.readTree(text);
    } catch (StreamConstraintsException e) {
      return rejected(
          "a value exceeds the reader's limits ("
              + location(e)
              + ") — expected numbers of at most 1000 digits and shorter names and strings");
    } catch (JsonProcessingException e) {
      String message = String.valueOf(e.getOriginalMessage());
      return message.startsWith("Duplicate field")
          ? rejected(
              "a field appears twice in one object ("
                  + location(e)
                  + ") — expected each field at most once")
          : rejected("not well-formed JSON (" + location(e) + ") — expected one JSON object");
    }
    if (root == null || root.isMissingNode()) {
      return rejected("empty document — expected one JSON object");
    }
    DossierWalk walk = new DossierWalk();
    Dossier dossier = walk.dossier(root);
    List<Violation> violations = new ArrayList<>(walk.violations());
    ModelValidator validator = ModelValidator.get();
    if (dossier != null) {
      violations.addAll(validator.validate(dossier));
    } else {
      for (DossierWalk.Part part : walk.parts()) {
        for (Violation violation : validator.validate(part.value())) {
          violations.add(violation.under(part.pointer()));
        }
      }
    }
    if (violations.isEmpty() && dossier != null) {
      return ReadResult.of(dossier);
    }
    return ReadResult.rejected(violations);
  }

  /** Where nesting first exceeds the limit, as "line L, column C"; null when it never does. */
  private @Nullable String firstTooDeep(String text) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
        if (depth > maxDepth) {
          return position(text, i);
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return null;
  }

  /** "line L, column C" of the character at {@code index}, both counted from 1. */
  private static String position(CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }

  private static String location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? "at an unknown place"
        : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  @Override
  public String toString() {
    return "DossierReader[maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth + "]";
  }

  /** Builds a {@link DossierReader} with chosen limits. */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;

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

    /** The deepest nesting to read, the root object being level 1: 1 to 1000, 32 by default. */
    public Builder maxDepth(int value) {
      checkArgument(
          value >= 1 && value <= LARGEST_MAX_DEPTH,
          "maxDepth must be from 1 to %s, was %s",
          LARGEST_MAX_DEPTH,
          value);
      this.maxDepth = value;
      return this;
    }

    /** The reader. */
    public DossierReader build() {
      return new DossierReader(maxDocumentBytes, maxDepth);
    }
  }
}
