package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cunzhi.core.Violation;

/**
 * Whatever is done to a sound dossier's bytes (bytes changed, cut short, bad bytes or escapes let
 * in), reading never throws and gives either a dossier or violations, each with a pointer, one line
 * of valid Unicode, and the line and column when it is a problem of the document's form.
 */
class BrokenInputProperties {
  /** How problems of form begin; each must say where, as "line L, column C". */
  private static final List<String> OF_FORM =
      List.of(
          "not UTF-8",
          "not valid Unicode",
          "a field appears twice",
          "nested too deeply",
          "number too long",
          "number out of range",
          "the document ends too soon",
          "not a JSON number",
          "a control character",
          "a number with a leading zero",
          "a bad escape",
          "not well-formed JSON",
          "more after the end",
          "string too long",
          "field name too long");

  /** What the samples' complainants gave (DOMAIN S-6). */
  private static final List<String> COMPLAINANTS =
      List.of("王秀兰", "13900001234", "李建国", "13700005678");

  private static final List<byte[]> SAMPLES = Samples.ALL.stream().map(Samples::bytes).toList();

  private final DossierReader reader = DossierReader.create();

  /** A change to a document's bytes. */
  interface Damage {
    byte[] apply(byte[] document);
  }

  @Provide
  Arbitrary<Damage> damage() {
    Arbitrary<Damage> flips =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.bytes().list().ofSize(8))
            .as(
                (where, what) ->
                    document -> {
                      byte[] out = document.clone();
                      for (int i = 0; i < where.size(); i++) {
                        out[(int) (where.get(i) * (out.length - 1))] = what.get(i);
                      }
                      return out;
                    });
    Arbitrary<Damage> cuts =
        Arbitraries.doubles()
            .between(0, 1)
            .map(at -> document -> Arrays.copyOf(document, (int) (at * (document.length - 1))));
    Arbitrary<byte[]> bad =
        Arbitraries.of(
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE4, (byte) 0xB8},
            new byte[] {(byte) 0x80},
            "\\uD800".getBytes(StandardCharsets.US_ASCII),
            "\\uDE00\\uD83D".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0, '\n', '"'},
            "NaN,".getBytes(StandardCharsets.US_ASCII),
            "{\"a\":".getBytes(StandardCharsets.US_ASCII));
    Arbitrary<Damage> insertions =
        Combinators.combine(Arbitraries.doubles().between(0, 1), bad)
            .as(
                (at, inserted) ->
                    document -> {
                      int i = (int) (at * document.length);
                      byte[] out = new byte[document.length + inserted.length];
                      System.arraycopy(document, 0, out, 0, i);
                      System.arraycopy(inserted, 0, out, i, inserted.length);
                      System.arraycopy(document, i, out, i + inserted.length, document.length - i);
                      return out;
                    });
    return Arbitraries.oneOf(flips, cuts, insertions);
  }

  @Property(tries = 600)
  void tryRead_damagedSample_givesADossierOrClearViolations(
      @ForAll @IntRange(min = 0, max = 3) int sample, @ForAll("damage") Damage damage) {
    byte[] bytes = damage.apply(SAMPLES.get(sample));

    ReadResult result = reader.tryRead(bytes);

    assertThat(result.isValid()).isEqualTo(result.violations().isEmpty());
    assertThat(result.violations()).hasSizeLessThanOrEqualTo(reader.maxProblems() + 1);
    result.violations().forEach(BrokenInputProperties::assertClear);
  }

  @Property(tries = 300)
  void tryRead_soundSampleCutAnywhere_namesAValueOfTheWholeDocumentWithLineAndColumn(
      @ForAll @IntRange(min = 0, max = 2) int sample, @ForAll @IntRange(max = 1_000_000) int cut) {
    byte[] whole = SAMPLES.get(sample);
    JsonNode tree = Samples.tree(Samples.VALID.get(sample));
    byte[] bytes = Arrays.copyOf(whole, cut % whole.length);

    ReadResult result = reader.tryRead(bytes);

    assertThat(result.isValid()).isFalse();
    Violation v = result.violations().get(0);
    assertThat(result.violations()).hasSize(1);
    assertThat(tree.at(v.pointer()).isMissingNode()).as(v.toString()).isFalse();
    if (!new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      assertThat(v.message()).containsPattern("line \\d+, column \\d+");
    }
  }

  @Property(tries = 300)
  void tryRead_unpairedSurrogateEscapeInAnyString_isRejectedAtThatString(
      @ForAll @IntRange(min = 0, max = 2) int sample,
      @ForAll @IntRange(max = 1_000_000) int which,
      @ForAll("unpaired") String escape) {
    ObjectNode tree = Samples.tree(Samples.VALID.get(sample));
    List<String> strings = new ArrayList<>();
    collectStrings(tree, "", strings);
    String pointer = strings.get(which % strings.size());
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String marked = "@@MARK@@";
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent)
          .set(Integer.parseInt(field), TextNode.valueOf(marked));
    } else {
      ((ObjectNode) parent).put(field.replace("~1", "/").replace("~0", "~"), marked);
    }
    String text = Samples.write(tree).replace(marked, "台" + escape + "x");

    ReadResult result = reader.tryRead(text);

    String expected =
        pointer.matches("/complaints/\\d+/reporter/.*")
            ? pointer.substring(0, pointer.indexOf("/reporter") + "/reporter".length())
            : pointer;
    assertThat(result.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo(expected);
              assertThat(v.message()).startsWith("not valid Unicode (an unpaired surrogate \\u");
            });
  }

  @Provide
  Arbitrary<String> unpaired() {
    Arbitrary<String> high = Arbitraries.integers().between(0xD800, 0xDBFF).map(c -> esc(c));
    Arbitrary<String> low = Arbitraries.integers().between(0xDC00, 0xDFFF).map(c -> esc(c));
    return Arbitraries.oneOf(
        high,
        low,
        Combinators.combine(low, high).as((l, h) -> l + h),
        high.map(h -> h + "\\u0041"));
  }

  private static String esc(int c) {
    return String.format("\\u%04x", c);
  }

  private static void collectStrings(JsonNode node, String pointer, List<String> into) {
    if (node.isTextual()) {
      into.add(pointer);
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collectStrings(field.getValue(), Violation.child(pointer, field.getKey()), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectStrings(node.get(i), Violation.child(pointer, i), into);
      }
    }
  }

  @Property(tries = 2000)
  void problemsOrder_isTheOrderOfViolations(
      @ForAll("pointers") String a, @ForAll("pointers") String b, @ForAll boolean sameMessage) {
    Violation x = new Violation(a, "m");
    Violation y = new Violation(b, sameMessage ? "m" : "n");

    assertThat(Integer.signum(Problems.ORDER.compare(x, y)))
        .isEqualTo(Integer.signum(x.compareTo(y)));
  }

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> segment =
        Arbitraries.of(
            "", "0", "00", "01", "1", "2", "10", "9", "a", "A", "~0", "~1", "years", "x1");
    return segment.list().ofMaxSize(4).map(s -> s.isEmpty() ? "" : "/" + String.join("/", s));
  }

  /** One line of valid Unicode with a pointer; where, for a problem of form; no one's data. */
  static void assertClear(Violation v) {
    assertThat(v.pointer()).matches("(?s)|/.*"); // a field name may hold any character
    assertThat(v.message())
        .isNotBlank()
        .doesNotContain("\n", "\r", "unknown place", "Exception", "\tat ");
    if (OF_FORM.stream().anyMatch(v.message()::startsWith)) {
      assertThat(v.message()).containsPattern("line \\d+, column \\d+");
    }
    for (String secret : COMPLAINANTS) {
      assertThat(v.toString()).doesNotContain(secret);
    }
    try {
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(v.toString()));
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid Unicode: " + v.pointer(), e);
    }
  }
}
