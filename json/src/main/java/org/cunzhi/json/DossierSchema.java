package org.cunzhi.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of DOSSIER-v1, for systems that write dossiers and want to check
 * them before sending. It ships in this module as {@value #RESOURCE}.
 *
 * <p>The schema covers the structural rules: the exact {@code format}, required and unknown fields
 * (everywhere but under {@code extensions}), JSON types, integer ranges, exact enum names, dates as
 * {@code yyyy-MM-dd} (pattern and {@code "format": "date"}), where {@code null} is allowed,
 * instrument fields by kind, gestation fields by incident kind, and four-digit {@code surveys}
 * keys.
 *
 * <p>It cannot express what needs two values or the whole document: cross-field rules (votes within
 * those present, users within married women, unique years and ids), nor duplicate keys in one
 * object, which a parsed tree no longer shows. {@link DossierReader} checks those. Two gaps in what
 * it can express: {@code "format": "date"} is only an annotation unless the validator asserts
 * formats (then {@code 2025-02-30} is rejected as the reader does; the pattern alone lets it
 * through); and in JSON Schema's data model {@code 13.0} is the same number as {@code 13}, so
 * {@code "type": "integer"} accepts it, while the reader rejects any literal with a fraction or an
 * exponent. These are the only structural cases the schema accepts and the reader rejects.
 *
 * <p>How this is kept honest: the module's tests validate every sample dossier with the schema and
 * with the reader (both accept the valid ones), and apply a list of structural mutations to a valid
 * dossier (unknown field, wrong type, missing required field, negative count, bad enum name, bad
 * date, fraction such as 3.5, null where not allowed, instrument field of the other kind, ...)
 * checking that the schema and the reader both reject each one, and that the reader's pointers lie
 * on the paths of the schema's errors; a list of harmless changes is accepted by both. The {@code
 * 13.0} gap has a test of its own, so that a change on either side is noticed.
 */
public final class DossierSchema {
  /** The schema's resource name, relative to this class's package. */
  public static final String RESOURCE = "dossier-v1.schema.json";

  private DossierSchema() {}

  /** The schema as JSON text. */
  public static String text() {
    try (InputStream in = DossierSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the schema resource " + RESOURCE, e);
    }
  }
}
