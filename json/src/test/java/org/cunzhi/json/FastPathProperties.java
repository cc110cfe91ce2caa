package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * The quick pass ({@link FastPath}) either declines a document or gives what the careful path
 * gives, and the careful path then finds no problem but the model's rules: for generated dossiers,
 * written compact and pretty-printed, for every corpus file and sample, for generated dossiers
 * changed in the ways the careful path must report (a field renamed, a value of another type, a key
 * twice, a number out of range, a lone surrogate escape, extra nesting, bytes damaged), and for
 * readers with tight limits. It must also accept the samples and nearly every generated dossier, or
 * it is no quick way.
 */
class FastPathProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final DossierReader READER = DossierReader.create();

  /**
   * Checks one document: what {@link DossierReader#tryRead(byte[])} gives equals what the careful
   * path alone gives; when the quick pass accepts, the careful path's dossier is the quick one, or
   * its violations are exactly those of the model's rules on it. Whether the quick pass accepted.
   */
  static boolean agrees(DossierReader reader, byte[] document) {
    Dossier quick = reader.quickDossier(document, document.length);
    ReadResult careful = reader.tryReadCarefully(document);
    ReadResult read = reader.tryRead(document);
    assertThat(read).isEqualTo(careful);
    assertThat(read.unlisted()).isEqualTo(careful.unlisted());
    if (quick != null) {
      if (careful.isValid()) {
        assertThat(careful.orElseThrow()).isEqualTo(quick);
      } else {
        List<Violation> rules = ModelValidator.get().validate(quick);
        assertThat(rules).isNotEmpty();
        // The careful path built the same dossier: the model's rules are all it found.
        List<Violation> listed = careful.violations();
        int counted = careful.unlisted() > 0 ? 1 : 0; // the last one counts those not listed
        assertThat(rules).containsAll(listed.subList(0, listed.size() - counted));
        assertThat(listed.size() - counted + careful.unlisted()).isEqualTo(rules.size());
      }
    }
    return quick != null;
  }

  /** As {@link #agrees(DossierReader, byte[])}, and reading the same text as a String agrees. */
  static boolean agreesAsText(DossierReader reader, String json) {
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    boolean quick = agrees(reader, utf8);
    assertThat(reader.tryRead(json)).isEqualTo(reader.tryReadCarefully(utf8));
    return quick;
  }

  // ---- sound documents -------------------------------------------------------------------------

  @Provide
  Arbitrary<Dossier> dossiers() {
    return DossierArbitraries.dossiers();
  }

  @Property(tries = 300)
  void read_generatedDossier_quickPassAcceptsAndAgrees(@ForAll("dossiers") Dossier dossier) {
    String compact = DossierTreeWriter.write(dossier);
    String pretty = pretty(DossierTreeWriter.tree(dossier));

    boolean quickCompact = agreesAsText(READER, compact);
    boolean quickPretty = agreesAsText(READER, pretty);

    assertThat(quickPretty).isEqualTo(quickCompact);
    Statistics.label("accepted by the quick pass").collect(quickCompact);
    // 93.4% of 5,000 generated dossiers are accepted (2026-12-03): at 90% of 300 tries one run in
    // about a hundred fell short by chance; 85% is six standard deviations below the rate
    Statistics.label("accepted by the quick pass")
        .coverage(c -> c.check(true).percentage(p -> p >= 85));
  }

  @Example
  void read_samples_quickPassAcceptsTheValidOnesAndAgrees() {
    for (String name : Samples.ALL) {
      boolean quick = agrees(READER, Samples.bytes(name));
      if (Samples.VALID.contains(name)) {
        assertThat(quick).as(name).isTrue();
      }
    }
  }

  @Example
  void read_sampleWithByteOrderMark_quickPassAcceptsAndAgrees() {
    byte[] taizi = Samples.bytes(Samples.TAIZI);
    byte[] marked = new byte[taizi.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(taizi, 0, marked, 3, taizi.length);

    assertThat(agrees(READER, marked)).isTrue();
    assertThat(READER.tryRead("\uFEFF" + Samples.text(Samples.TAIZI)))
        .isEqualTo(READER.tryRead(taizi));
  }

  @Example
  void read_corpus_agrees() throws IOException {
    try (Stream<Path> files = Files.list(CorpusTest.corpus())) {
      List<Path> documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(documents).hasSizeGreaterThan(40);
      for (Path file : documents) {
        byte[] document = Files.readAllBytes(file);
        agrees(READER, document);
      }
    }
  }

  // ---- changed documents -----------------------------------------------------------------------

  /** A change to a sound dossier's tree or text, which the careful path must report. */
  interface Change {
    String apply(ObjectNode tree, int where);
  }

  /** Values of every kind, many of them wrong wherever they go. */
  private static final List<JsonNode> VALUES =
      List.of(
          TextNode.valueOf("x"),
          TextNode.valueOf(""),
          TextNode.valueOf("2025-02-30"),
          TextNode.valueOf("VILLAGE"),
          IntNode.valueOf(0),
          IntNode.valueOf(-1),
          IntNode.valueOf(999),
          IntNode.valueOf(10_000),
          LongNode.valueOf(2_147_483_648L),
          LongNode.valueOf(Long.MAX_VALUE),
          DecimalNode.valueOf(new BigDecimal("1.5")),
          DecimalNode.valueOf(new BigDecimal("2E+3")),
          DecimalNode.valueOf(new BigDecimal("123456789012345678901234567890")),
          BooleanNode.TRUE,
          NullNode.getInstance(),
          NODES.arrayNode(),
          NODES.objectNode());

  @Provide
  Arbitrary<Change> changes() {
    Arbitrary<Change> renamed =
        Arbitraries.of("x", "", "Name", "_")
            .map(suffix -> (tree, where) -> rename(tree, where, suffix));
    Arbitrary<Change> retyped =
        Arbitraries.of(VALUES)
            .map(
                value ->
                    (tree, where) -> {
                      Member m = member(tree, where);
                      if (m != null) {
                        m.parent().set(m.name(), value.deepCopy());
                      }
                      return Samples.write(tree);
                    });
    Arbitrary<Change> twice =
        Arbitraries.just(
            (tree, where) -> {
              Member m = member(tree, where);
              if (m == null) {
                return Samples.write(tree);
              }
              m.parent().set("\u0001twice", m.parent().get(m.name()).deepCopy());
              return Samples.write(tree).replace("\"\\u0001twice\"", quoted(m.name()));
            });
    Arbitrary<Change> nested =
        Arbitraries.of(true, false)
            .map(
                array ->
                    (tree, where) -> {
                      Member m = member(tree, where);
                      if (m != null) {
                        JsonNode value = m.parent().get(m.name());
                        m.parent()
                            .set(
                                m.name(),
                                array
                                    ? NODES.arrayNode().add(value)
                                    : NODES.objectNode().set("v", value));
                      }
                      return Samples.write(tree);
                    });
    Arbitrary<Change> surrogate =
        Arbitraries.of("\\ud800", "\\udc00", "\\udc00\\ud800", "\\ud83d\\ude00", "\\u0041", "\\n")
            .map(
                escape ->
                    (tree, where) -> {
                      String json = Samples.write(tree);
                      List<Integer> starts = new ArrayList<>();
                      for (int i = json.indexOf(":\""); i >= 0; i = json.indexOf(":\"", i + 1)) {
                        starts.add(i + 2);
                      }
                      if (starts.isEmpty()) {
                        return json;
                      }
                      int at = starts.get(Math.floorMod(where, starts.size()));
                      return json.substring(0, at) + escape + json.substring(at);
                    });
    Arbitrary<Change> removed =
        Arbitraries.just(
            (tree, where) -> {
              Member m = member(tree, where);
              if (m != null) {
                m.parent().remove(m.name());
              }
              return Samples.write(tree);
            });
    return Arbitraries.oneOf(renamed, retyped, twice, nested, surrogate, removed);
  }

  @Property(tries = 600)
  void read_changedDossier_quickPassDeclinesOrAgrees(
      @ForAll("dossiers") Dossier dossier, @ForAll("changes") Change change, @ForAll int where) {
    String json = change.apply(DossierTreeWriter.tree(dossier), where);

    agreesAsText(READER, json);
  }

  @Property(tries = 200)
  void read_changedSample_quickPassDeclinesOrAgrees(
      @ForAll("changes") Change change, @ForAll int where) {
    for (String name : Samples.VALID) {
      agreesAsText(READER, change.apply(Samples.tree(name), where));
    }
  }

  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> flipped =
        Combinators.combine(
                Arbitraries.of(Samples.VALID),
                Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofSize(4))
            .as(
                (name, where, what) -> {
                  byte[] out = Samples.bytes(name);
                  for (int i = 0; i < where.size(); i++) {
                    out[(int) (where.get(i) * (out.length - 1))] = what.get(i);
                  }
                  return out;
                });
    Arbitrary<byte[]> cut =
        Combinators.combine(Arbitraries.of(Samples.VALID), Arbitraries.doubles().between(0, 1))
            .as(
                (name, where) -> {
                  byte[] bytes = Samples.bytes(name);
                  return java.util.Arrays.copyOf(bytes, (int) (where * bytes.length));
                });
    Arbitrary<byte[]> inserted =
        Combinators.combine(
                Arbitraries.of(Samples.VALID),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(
                    new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                    new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // > U+10FFFF
                    new byte[] {(byte) 0xE4, (byte) 0xB8}, // cut short
                    new byte[] {(byte) 0x80},
                    new byte[] {(byte) 0xFF},
                    new byte[] {0},
                    new byte[] {'\\'},
                    new byte[] {','},
                    new byte[] {'{'},
                    new byte[] {'0'},
                    new byte[] {'.', '5'},
                    new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8})) // U+2028, valid
            .as(
                (name, where, what) -> {
                  byte[] bytes = Samples.bytes(name);
                  int at = (int) (where * bytes.length);
                  byte[] out = new byte[bytes.length + what.length];
                  System.arraycopy(bytes, 0, out, 0, at);
                  System.arraycopy(what, 0, out, at, what.length);
                  System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
                  return out;
                });
    return Arbitraries.oneOf(flipped, cut, inserted);
  }

  @Property(tries = 500)
  void read_damagedBytes_quickPassDeclinesOrAgrees(@ForAll("damaged") byte[] document) {
    agrees(READER, document);
  }

  // ---- limits ----------------------------------------------------------------------------------

  @Provide
  Arbitrary<DossierReader> tightReaders() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(1, 3))
        .as(
            (depth, length, problems) ->
                DossierReader.builder()
                    .maxDepth(depth)
                    .maxStringLength(length)
                    .maxProblems(problems)
                    .build());
  }

  @Property(tries = 300)
  void read_withTightLimits_quickPassDeclinesOrAgrees(
      @ForAll("dossiers") Dossier dossier, @ForAll("tightReaders") DossierReader reader) {
    agreesAsText(reader, DossierTreeWriter.write(dossier));
  }

  @Example
  void read_samplesWithTightLimits_quickPassDeclinesOrAgrees() {
    for (int depth = 1; depth <= 6; depth++) {
      for (int length : new int[] {1, 4, 9, 10, 11, 24, 25, 10_000}) {
        DossierReader reader =
            DossierReader.builder().maxDepth(depth).maxStringLength(length).maxProblems(2).build();
        for (String name : Samples.ALL) {
          agrees(reader, Samples.bytes(name));
        }
      }
    }
  }

  @Example
  void read_documentOverTheSizeLimit_isTooLargeEitherWay() {
    byte[] taizi = Samples.bytes(Samples.TAIZI);
    DossierReader small = DossierReader.builder().maxDocumentBytes(taizi.length - 1).build();
    DossierReader exact = DossierReader.builder().maxDocumentBytes(taizi.length).build();

    assertThat(small.tryRead(taizi).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("document too large"));
    assertThat(exact.tryRead(taizi).isValid()).isTrue();
  }

  // ---- the quick pass's own edges --------------------------------------------------------------

  @Example
  void read_edgesOfTheQuickPass_agree() {
    String taizi = Samples.text(Samples.TAIZI);
    List<String> variants =
        List.of(
            taizi.replace("\"assessmentYear\": 2025", "\"assessmentYear\": -0"),
            taizi.replace("\"households\": 412", "\"households\": -0"),
            taizi.replace("\"households\": 412", "\"households\": 0412"),
            taizi.replace("\"households\": 412", "\"households\": 412.0"),
            taizi.replace("\"households\": 412", "\"households\": 4.12e2"),
            taizi.replace("\"households\": 412", "\"households\": 412 "),
            taizi.replace("\"households\": 412", "\"households\":412"),
            taizi.replace("\"households\": 412", "\"households\"\n:\r\n412"),
            taizi.replace("\"households\": 412", "\"households\": 000000000000000000412"),
            taizi.replace("\"households\": 412", "\"households\": 2147483647"),
            taizi.replace("\"households\": 412", "\"households\": 2147483648"),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"台子\\u6751\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\\ud83d\\ude00\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\\ud83d\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\\x\""),
            taizi.replace("\"name\": \"台子村\"", "\"n\\u0061me\": \"台子村\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\u007f\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\t\""),
            taizi.replace(
                "\"format\"",
                "\"extensions\": {\"a\": [1, 2.5e-3, \"x y\", {\"b\": null}]},\n\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {\"a\": \"\\n\"},\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {\"a\": \"\u007f\"},\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {\"a\": {\"b\": 1, \"b\": 2}},\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {\"a\": 1, \"a\": 1},\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {},\"format\""),
            taizi.replace("\"format\"", "\"extensions\": null,\"format\""),
            taizi.replace("\"format\"", "\"surveys\": {\"0999\": {}},\"format\""),
            taizi.replace("\"format\"", "\"surveys\": {\"2025\": {}, \"2025\": {}},\"format\""),
            taizi.replace(
                "\"format\"", "\"surveys\": {\"2025\": {\"satisfaction\": null}},\"format\""),
            taizi.replace("\"format\"", "\"privacyBreaches\": null,\"format\""),
            taizi + " ",
            taizi + "\u0000",
            taizi + "{}",
            "\u00a0" + taizi,
            taizi.replace("\"2023-03-01\"", "\"2023-3-01\""),
            taizi.replace("\"2023-03-01\"", "\"2024-02-29\""),
            taizi.replace("\"2023-03-01\"", "\"2023-02-29\""),
            taizi.replace("\"2023-03-01\"", "\"0000-02-29\""),
            taizi.replace("\"2023-03-01\"", "\"2023-04-31\""),
            taizi.replace("true", "True"),
            taizi.replace("null", "nul"));
    int accepted = 0;
    for (String variant : variants) {
      if (agreesAsText(READER, variant)) {
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThan(10); // the harmless ones
  }

  @Example
  void read_harmlessVariants_quickPassAccepts() {
    String taizi = Samples.text(Samples.TAIZI);
    List<String> variants =
        List.of(
            taizi.replace("\"objectionsUpheld\": 0", "\"objectionsUpheld\": -0"),
            taizi.replace("\"households\": 412", "\"households\"\n:\r\n412"),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"台子\\u6751\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"\\ud83d\\ude00\""),
            taizi.replace("\"name\": \"台子村\"", "\"name\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\""),
            taizi.replace(
                "\"format\"",
                "\"extensions\": {\"a/b\": [1, -0, 1E5, 1e+5, 2.5e-3, \"x /y\", {\"b\": null}],"
                    + " \"汉\": {\"c\": true, \"d\": [false, \"\u2028\"]}},\n\"format\""),
            taizi.replace("\"format\"", "\"extensions\": {},\"format\""),
            taizi.replace("\"2023-03-01\"", "\"2024-02-29\""),
            taizi.replace("\"2023-03-01\"", "\"0000-02-29\""),
            taizi + " \r\n\t");
    for (String variant : variants) {
      assertThat(agreesAsText(READER, variant)).as(variant).isTrue();
    }
    assertThat(READER.tryRead(variants.get(5)).orElseThrow().extensions())
        .containsEntry("a/b", "[1,-0,1E5,1e+5,2.5e-3,\"x /y\",{\"b\":null}]")
        .containsEntry("汉", "{\"c\":true,\"d\":[false,\"\u2028\"]}");
  }

  // ---- plumbing --------------------------------------------------------------------------------

  record Member(ObjectNode parent, String name) {}

  /** The member numbered {@code where} (modulo their count) of the objects in {@code tree}. */
  static @Nullable Member member(ObjectNode tree, int where) {
    List<Member> members = new ArrayList<>();
    collect(tree, members);
    return members.isEmpty() ? null : members.get(Math.floorMod(where, members.size()));
  }

  private static void collect(JsonNode node, List<Member> into) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        into.add(new Member(object, field.getKey()));
        collect(field.getValue(), into);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> collect(element, into));
    }
  }

  private static String rename(ObjectNode tree, int where, String suffix) {
    Member m = member(tree, where);
    if (m != null) {
      JsonNode value = m.parent().remove(m.name());
      m.parent().set(m.name() + suffix, value);
    }
    return Samples.write(tree);
  }

  private static String quoted(String name) {
    return Samples.write(TextNode.valueOf(name));
  }

  private static String pretty(JsonNode tree) {
    try {
      return Samples.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
