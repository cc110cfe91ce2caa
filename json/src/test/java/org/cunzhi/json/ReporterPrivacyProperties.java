package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;

/**
 * DOMAIN S-6: whatever a complaint's reporter holds never shows in a violation, an exception
 * message or a {@code toString()}, however the reporter is malformed and whatever else is wrong.
 */
class ReporterPrivacyProperties {
  private static final String MARKER = "\"@@REPORTER@@\"";
  private static final String BAD_BYTE = "\uE000";

  private final DossierReader reader = DossierReader.create();

  /** Shapes a reporter (or the document around it) can take, each wrapping the canary. */
  enum Shape {
    OBJECT,
    CANARY_AS_KEY,
    STRING,
    NUMBER,
    ARRAY,
    NESTED,
    DUPLICATE_KEY,
    UNTERMINATED_STRING,
    BAD_ESCAPE,
    RAW_CONTROL_CHARACTER,
    TOO_DEEP,
    HUGE_NUMBER,
    BAD_UTF8,
    MISPLACED_BESIDE_REPORTER
  }

  @Provide
  Arbitrary<String> canaries() {
    Arbitrary<String> latin =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .ofMinLength(6)
            .ofMaxLength(16)
            .map(s -> "CANARY" + s);
    Arbitrary<String> chinese =
        Arbitraries.strings()
            .withCharRange('\u4e00', '\u9fa5')
            .ofMinLength(2)
            .ofMaxLength(4)
            .map(s -> "金丝雀" + s);
    Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(10).map(s -> "1" + s);
    return Arbitraries.oneOf(latin, chinese, phones);
  }

  private static String reporter(Shape shape, String canary) {
    String quoted = Samples.write(Samples.JSON.getNodeFactory().textNode(canary));
    String digits =
        canary.replaceAll("[^0-9]", "").isEmpty() ? "13900001234" : canary.replaceAll("[^0-9]", "");
    return switch (shape) {
      case OBJECT -> "{\"name\":" + quoted + ",\"phone\":" + quoted + "}";
      case CANARY_AS_KEY -> "{" + quoted + ":true}";
      case STRING -> quoted;
      case NUMBER -> "1" + digits;
      case ARRAY -> "[" + quoted + ",{\"phone\":" + quoted + "}]";
      case NESTED -> "{\"a\":{\"b\":[" + quoted + "]}}";
      case DUPLICATE_KEY -> "{\"name\":" + quoted + ",\"name\":" + quoted + "}";
      case UNTERMINATED_STRING -> "{\"name\":\"" + canary + "}";
      case BAD_ESCAPE -> "{\"name\":\"" + canary + "\\q\"}";
      case RAW_CONTROL_CHARACTER -> "{\"name\":\"" + canary + "\u0001\"}";
      case TOO_DEEP -> "[".repeat(40) + quoted + "]".repeat(40);
      case HUGE_NUMBER -> "{\"phone\":" + "1" + digits.repeat(1 + 1200 / digits.length()) + "}";
      case BAD_UTF8 -> "{\"name\":\"" + canary + BAD_BYTE + "\"}";
      case MISPLACED_BESIDE_REPORTER -> "{\"name\":" + quoted + "}";
    };
  }

  /** Taizi with the shaped reporter, and perhaps other errors elsewhere, as UTF-8 bytes. */
  private static byte[] document(Shape shape, String canary, boolean otherErrors) {
    ObjectNode doc = Samples.tree(Samples.TAIZI);
    ObjectNode complaint = (ObjectNode) doc.at("/complaints/0");
    complaint.put("reporter", "@@REPORTER@@");
    if (shape == Shape.MISPLACED_BESIDE_REPORTER) {
      complaint.put("reporterName", canary);
    }
    if (otherErrors) {
      ((ObjectNode) doc.at("/years/2")).put("contraceptiveUsers", 400);
      ((ObjectNode) doc.at("/unit")).put("kind", "TOWN");
      complaint.put("escalated", "no");
    }
    String text = Samples.write(doc).replace(MARKER, reporter(shape, canary));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return shape == Shape.BAD_UTF8 ? badByte(bytes) : bytes;
  }

  /** Replaces the three bytes of U+E000 with a single byte that UTF-8 never has. */
  private static byte[] badByte(byte[] bytes) {
    byte[] mark = BAD_BYTE.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + mark.length <= bytes.length; i++) {
      if (bytes[i] == mark[0] && bytes[i + 1] == mark[1] && bytes[i + 2] == mark[2]) {
        byte[] out = new byte[bytes.length - 2];
        System.arraycopy(bytes, 0, out, 0, i);
        out[i] = (byte) 0xFF;
        System.arraycopy(bytes, i + 3, out, i + 1, bytes.length - i - 3);
        return out;
      }
    }
    throw new IllegalStateException("no marker");
  }

  /** Every text a caller could see after reading {@code bytes}. */
  private List<String> everythingShown(byte[] bytes) {
    List<String> shown = new ArrayList<>();
    ReadResult result = reader.tryRead(bytes);
    shown.add(result.toString());
    for (Violation v : result.violations()) {
      shown.add(v.pointer());
      shown.add(v.message());
      shown.add(v.toString());
    }
    result.dossier().map(Dossier::toString).ifPresent(shown::add);
    result.dossier().ifPresent(d -> d.complaints().forEach(c -> shown.add(c.toString())));
    try {
      shown.add(reader.read(bytes).toString());
    } catch (InvalidInputException e) {
      shown.add(String.valueOf(e.getMessage()));
      shown.add(e.toString());
    }
    return shown;
  }

  @Property(tries = 400)
  void read_anyReporter_neverShowsItsContent(
      @ForAll("canaries") String canary, @ForAll Shape shape, @ForAll boolean otherErrors) {
    List<String> shown = everythingShown(document(shape, canary, otherErrors));

    assertThat(shown).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(canary));
  }

  @Property(tries = 50)
  void read_wellFormedReporter_isNamedAndValid(@ForAll("canaries") String canary) {
    ReadResult result = reader.tryRead(document(Shape.OBJECT, canary, false));

    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow().complaints().get(0).reporter().isNamed()).isTrue();
  }

  @Property(tries = 100)
  void read_malformedReporter_isRejected(@ForAll("canaries") String canary, @ForAll Shape shape) {
    if (shape == Shape.OBJECT || shape == Shape.CANARY_AS_KEY || shape == Shape.NESTED) {
      return; // any object is a valid reporter
    }
    assertThat(reader.tryRead(document(shape, canary, false)).isValid()).isFalse();
  }

  /** Shows that the check above can fail: a canary outside the reporter is quoted as expected. */
  @Property(tries = 20)
  void read_canaryInAnOrdinaryField_isQuoted(@ForAll("canaries") String canary) {
    ObjectNode doc = Samples.tree(Samples.TAIZI);
    ((ObjectNode) doc.at("/unit")).put("kind", canary);

    assertThat(reader.tryRead(Samples.write(doc)).violations().get(0).message()).contains(canary);
  }
}
