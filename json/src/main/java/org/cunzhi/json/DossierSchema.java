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
 * object, which a parsed tree no longer shows. {@link DossierReader} checks those. Two more limits:
 * {@code "format": "date"} is only an annotation unless the validator asserts formats (then {@code
 * 2025-02-30} is rejected, as the reader does; the pattern alone lets it through), and the JSON
 * Schema spec counts {@code 3.0} as an integer while the reader does not (validators that keep the
 * literal's type, as networknt's does by default, reject it too).
 *
 * <p>How this is kept honest: the module's tests validate every sample dossier with the schema and
 * with the reader (both accept the valid ones), and apply a list of structural mutations to a valid
 * dossier (unknown field, wrong type, missing required field, negative count, bad enum name, bad
 * date, fraction, null where not allowed, instrument field of the other kind, ...) checking that
 * the schema and the reader both reject each one.
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
