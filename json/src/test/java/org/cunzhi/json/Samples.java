package org.cunzhi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample dossiers copied into the test resources, and JSON plumbing for tests. */
final class Samples {
  static final String TAIZI = "taizi-2025.json";
  static final String DONGYING = "dongying-2025-fails.json";
  static final String XIHE = "xihe-2025-inconclusive.json";
  static final String NANTUO = "nantuo-2025-invalid.json";

  /** The samples that are valid dossiers. */
  static final List<String> VALID = List.of(TAIZI, DONGYING, XIHE);

  /** Every sample. */
  static final List<String> ALL = List.of(TAIZI, DONGYING, XIHE, NANTUO);

  static final ObjectMapper JSON = new ObjectMapper();

  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/dossiers/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** A fresh, mutable tree of a sample. */
  static ObjectNode tree(String name) {
    try {
      return (ObjectNode) JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
