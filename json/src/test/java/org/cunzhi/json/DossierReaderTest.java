package org.cunzhi.json;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Audit;
import org.cunzhi.core.model.AuditKind;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.CadreSelection;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Scorecard;
import org.cunzhi.core.model.ScorecardDimension;
import org.cunzhi.core.model.ScorecardKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierReaderTest {
  private final DossierReader reader = DossierReader.create();

  @Test
  void prepare_fromSeveralThreadsAtOnce_thenReadsAsBefore() throws InterruptedException {
    List<Throwable> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    List<Thread> threads =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    new Thread(
                        () -> {
                          try {
                            DossierReader.prepare();
                          } catch (RuntimeException | Error e) {
                            failed.add(e);
                          }
                        }))
            .toList();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failed).isEmpty();
    DossierReader.prepare(); // again: nothing more to build
    assertThat(reader.tryRead(Samples.bytes(Samples.TAIZI)).isValid()).isTrue();
    ReadResult invalid = reader.tryRead(Samples.bytes(Samples.NANTUO));
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.violations()).isNotEmpty();
  }

  @Test
  void read_taizi_givesEveryPart() {
    Dossier d = reader.read(Samples.text(Samples.TAIZI));

    assertThat(d.unit().code().value()).isEqualTo("120119105201");
    assertThat(d.unit().name()).isEqualTo("台子村");
    assertThat(d.unit().kind()).isEqualTo(UnitKind.VILLAGE);
    assertThat(d.unit().households()).isEqualTo(412);
    assertThat(d.assessmentYear()).isEqualTo(2025);
    assertThat(d.years()).extracting(y -> y.year()).containsExactly(2023, 2024, 2025);
    assertThat(d.year(2025).orElseThrow().contraceptiveUsers()).isEqualTo(340);
    assertThat(d.year(2025).orElseThrow().awareness()).isNotNull();
    assertThat(d.year(2023).orElseThrow().awareness()).isNull();
    assertThat(d.year(2024).orElseThrow().fundingYuan()).isEqualTo(104_500L);
    assertThat(d.instruments()).hasSize(3);
    assertThat(d.instruments().get(0)).isInstanceOf(Charter.class);
    Charter charter = (Charter) d.instruments().get(0);
    assertThat(charter.adoption().votesFor()).isEqualTo(690);
    assertThat(charter.adoption().householdsRepresented()).isNull();
    assertThat(charter.guaranteedRights()).hasSize(8);
    assertThat(d.instruments().get(2)).isInstanceOf(Contract.class);
    assertThat(((Contract) d.instruments().get(2)).signedHouseholds()).isEqualTo(398);
    assertThat(requireNonNull(d.organization()).association()).isNotNull();
    assertThat(d.meetings()).hasSize(22);
    assertThat(d.activities().get(1).occasion()).isNotNull();
    assertThat(d.activities().get(0).occasion()).isNull();
    assertThat(requireNonNull(d.surveysOf(2025).orElseThrow().satisfaction()).satisfied())
        .isEqualTo(141);
    assertThat(d.inspection()).hasSize(1);
    assertThat(d.privacyBreaches()).isZero();
    assertThat(d.has(Section.INCIDENTS)).isTrue();
    assertThat(d.incidents()).isEmpty();
    assertThat(d.audits())
        .containsExactly(new Audit(LocalDate.of(2025, 6, 30), AuditKind.FINANCIAL));
    assertThat(requireNonNull(d.organization()).cadres())
        .extracting(Cadre::selectedBy)
        .containsExactly(CadreSelection.ELECTION, CadreSelection.ELECTION);
    assertThat(d.has(Section.SCORECARDS)).isTrue();
    assertThat(d.scorecards())
        .extracting(Scorecard::by)
        .containsExactly(
            ScorecardKind.SELF, ScorecardKind.MASS_APPRAISAL, ScorecardKind.TOWNSHIP_INSPECTION);
    assertThat(d.scorecards().get(1).date()).isEqualTo(LocalDate.of(2025, 12, 10));
    assertThat(d.scorecards().get(1).scores())
        .hasSize(5)
        .containsEntry(ScorecardDimension.PUBLICITY_SERVICE, 92);
    assertThat(d.has(Section.EXTENSIONS)).isFalse();
  }

  @Test
  void read_taiziReporter_isNamedButRedacted() {
    Dossier d = reader.read(Samples.text(Samples.TAIZI));

    assertThat(d.complaints()).hasSize(1);
    assertThat(d.complaints().get(0).reporter().isNamed()).isTrue();
    assertThat(d.toString()).doesNotContain("王秀兰").doesNotContain("13900001234");
  }

  @Test
  void read_dongying_hasTheLateTermIncident() {
    Dossier d = reader.read(Samples.text(Samples.DONGYING));

    assertThat(d.incidents())
        .containsExactly(
            new Incident(LocalDate.of(2024, 8, 14), IncidentKind.INDUCED_ABORTION, 20, false));
    assertThat(d.year(2024).orElseThrow().contraceptiveUsers()).isEqualTo(318);
    assertThat(d.complaints().get(0).reporter().isNamed()).isTrue();
  }

  @Test
  void read_xihe_lacksTheMassAppraisalsScorecard() {
    Dossier d = reader.read(Samples.text(Samples.XIHE));

    assertThat(d.scorecards())
        .extracting(Scorecard::by)
        .containsExactly(ScorecardKind.SELF, ScorecardKind.TOWNSHIP_INSPECTION);
    assertThat(d.scorecards()).allMatch(Scorecard::isComplete);
  }

  @Test
  void read_xihe_lacks2023() {
    Dossier d = reader.read(Samples.text(Samples.XIHE));

    assertThat(d.years()).extracting(y -> y.year()).containsExactly(2024, 2025);
    assertThat(d.year(2023)).isEmpty();
  }

  @Test
  void read_sameDocumentFromEverySource_givesEqualDossiers(@TempDir Path dir) throws IOException {
    byte[] bytes = Samples.bytes(Samples.TAIZI);
    Path file = dir.resolve("taizi.json");
    Files.write(file, bytes);

    Dossier fromText = reader.read(new String(bytes, StandardCharsets.UTF_8));
    assertThat(reader.read(bytes)).isEqualTo(fromText);
    assertThat(reader.read(new ByteArrayInputStream(bytes))).isEqualTo(fromText);
    assertThat(reader.read(file)).isEqualTo(fromText);
  }

  @Test
  void read_utf8ByteOrderMark_isSkipped() {
    byte[] bytes = Samples.bytes(Samples.XIHE);
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);

    assertThat(reader.read(withBom)).isEqualTo(reader.read(bytes));
    assertThat(reader.read("\uFEFF" + Samples.text(Samples.XIHE))).isEqualTo(reader.read(bytes));
  }

  @Test
  void read_minimalDossier_hasNoSections() {
    Dossier d =
        reader.read(
            """
            {"format": "cunzhi.dossier/v1", "assessmentYear": 2025,
             "unit": {"code": "120119105201", "name": "台子村", "kind": "VILLAGE"}}
            """);

    assertThat(d.sections()).isEmpty();
    assertThat(d.unit().households()).isNull();
    assertThat(d.organization()).isNull();
  }

  @Test
  void read_missingFile_throwsUncheckedIo(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void read_failingStream_throwsUncheckedIo() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> reader.read(failing)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void read_invalid_throwsWithEveryViolation() {
    assertThatThrownBy(() -> reader.read("{\"format\": \"x\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/assessmentYear", "/format", "/unit"));
  }

  @Test
  void tryRead_valid_givesTheDossier() {
    ReadResult result = reader.tryRead(Samples.text(Samples.XIHE));

    assertThat(result.isValid()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.dossier()).isPresent();
    assertThat(result.orElseThrow()).isEqualTo(result.dossier().orElseThrow());
    assertThat(result.toString()).isEqualTo("ReadResult[valid, unit 120119105203]");
  }

  @Test
  void tryRead_invalid_givesViolationsAndNoDossier() {
    ReadResult result = reader.tryRead("[]");

    assertThat(result.isValid()).isFalse();
    assertThat(result.dossier()).isEmpty();
    assertThat(result.violations())
        .containsExactly(new Violation("", "wrong type (an array) — expected a JSON object"));
    assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void tryRead_malformed_namesTheEnclosingValueLineAndColumnOnly() {
    ReadResult result =
        reader.tryRead("{\n  \"format\": \"cunzhi.dossier/v1\",\n  \"unit\": {x}\n}");

    assertThat(result.violations()).hasSize(1);
    Violation v = result.violations().get(0);
    assertThat(v.pointer()).isEqualTo("/unit");
    assertThat(v.message())
        .isEqualTo("not well-formed JSON (at line 3, column 12) — expected one JSON object");
  }

  @Test
  void tryRead_malformedWithSecretNearby_doesNotQuoteIt() {
    ReadResult result = reader.tryRead("{\"unit\": {\"name\": \"SECRET-CANARY\" \"kind\": 1}}");

    assertThat(result.violations()).hasSize(1);
    assertThat(result.violations().get(0).message())
        .doesNotContain("SECRET")
        .doesNotContain("kind");
  }

  @Test
  void tryRead_trailingContent_isRejectedWhereItStarts() {
    String text = MINIMAL + " {}";

    assertThat(reader.tryRead(text).violations())
        .containsExactly(
            new Violation(
                "",
                "more after the end of the dossier (at line 1, column "
                    + (MINIMAL.length() + 2)
                    + ") — expected one JSON object and nothing after it"));
    assertThat(reader.tryRead(Samples.text(Samples.XIHE) + "x").isValid()).isFalse();
  }

  @Test
  void tryRead_emptyOrBlank_isOneViolation() {
    assertThat(reader.tryRead("").violations())
        .containsExactly(new Violation("", "empty document — expected one JSON object"));
    assertThat(reader.tryRead(" \n ").violations()).hasSize(1);
    assertThat(reader.tryRead(new byte[0]).violations()).hasSize(1);
  }

  @Test
  void tryRead_duplicateField_isOneViolationWithPointerAndPlace() {
    ReadResult result =
        reader.tryRead(
            MINIMAL.substring(0, MINIMAL.length() - 1) + ",\n \"format\": \"cunzhi.dossier/v1\"}");

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "/format",
                "a field appears twice in one object (again at line 2, column 2) — expected each"
                    + " field at most once"));
  }

  @Test
  void tryRead_badUtf8InAString_namesTheStringAndTheByte() {
    String text = MINIMAL.replace("\"台\"", "\"xy\"");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("xy") + 1;
    bytes[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    ReadResult result = reader.tryRead(bytes);

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "/unit/name",
                "not UTF-8 (a bad byte in a string at line 1, column "
                    + (at + 1)
                    + ", byte offset "
                    + at
                    + ") — expected text in UTF-8"));
  }

  @Test
  void tryRead_badUtf8BetweenTokens_namesTheByte() {
    byte[] bytes = ("{\n \"format\": \"cunzhi.dossier/v1\", x}").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xFF;
    ReadResult result = reader.tryRead(bytes);

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "",
                "not UTF-8 (a bad byte at line 2, column 33, byte offset 34) — expected a"
                    + " document in UTF-8"));
  }

  @Test
  void tryRead_utf16_isRejected() {
    byte[] utf16 = Samples.text(Samples.XIHE).getBytes(StandardCharsets.UTF_16LE);

    assertThat(reader.tryRead(utf16).isValid()).isFalse();
  }

  // ---- limits -------------------------------------------------------------------------------

  /** The smallest valid dossier, on one line. */
  static final String MINIMAL =
      "{\"format\":\"cunzhi.dossier/v1\",\"assessmentYear\":2025,"
          + "\"unit\":{\"code\":\"120119105201\",\"name\":\"台\",\"kind\":\"VILLAGE\"}}";

  /** A valid dossier padded with spaces to exactly {@code size} bytes. */
  private static String ofSize(int size) {
    int bytes = MINIMAL.getBytes(StandardCharsets.UTF_8).length;
    return MINIMAL + " ".repeat(size - bytes);
  }

  @Test
  void tryRead_atSizeLimit_isRead() {
    DossierReader small = DossierReader.builder().maxDocumentBytes(200).build();
    String text = ofSize(200);

    assertThat(small.tryRead(text).isValid()).isTrue();
    assertThat(small.tryRead(text.getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
    assertThat(
            small
                .tryRead(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .isValid())
        .isTrue();
  }

  @Test
  void tryRead_oneByteOverSizeLimit_isRejected() {
    DossierReader small = DossierReader.builder().maxDocumentBytes(200).build();
    String text = ofSize(201);
    Violation expected =
        new Violation(
            "", "document too large (more than 200 bytes) — expected at most 200 bytes of UTF-8");

    assertThat(small.tryRead(text).violations()).containsExactly(expected);
    assertThat(small.tryRead(text.getBytes(StandardCharsets.UTF_8)).violations())
        .containsExactly(expected);
    assertThat(
            small
                .tryRead(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .violations())
        .containsExactly(expected);
  }

  @Test
  void tryRead_sizeLimit_countsUtf8BytesNotChars() {
    DossierReader small = DossierReader.builder().maxDocumentBytes(200).build();
    // 200 bytes, fewer chars: the 台 takes three bytes.
    String text = ofSize(200);
    assertThat(text.length()).isLessThan(200);
    assertThat(small.tryRead(text + " ").isValid()).isFalse();
  }

  /** {@code MINIMAL} with {@code field} set to {@code json}. */
  static String with(String field, String json) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"" + field + "\":" + json + "}";
  }

  /** A valid dossier whose complaint's reporter nests to exactly {@code depth} levels, root 1. */
  private static String reporterOfDepth(int depth) {
    int inner = depth - 4; // the root, complaints, the complaint, the reporter
    return with(
        "complaints",
        "[{\"ref\":\"C1\",\"received\":\"2025-03-01\",\"escalated\":false,\"reporter\":{\"a\":"
            + "[".repeat(inner)
            + "\"[{\""
            + "]".repeat(inner)
            + "}}]");
  }

  /** A valid dossier whose extensions nest to exactly {@code depth} levels, root included. */
  private static String extensionOfDepth(int depth) {
    int inner = depth - 2; // the root object and the extensions object
    return with("extensions", "{\"x\":" + "[".repeat(inner) + "\"[{\"" + "]".repeat(inner) + "}");
  }

  @Test
  void tryRead_atDepthLimit_isRead() {
    assertThat(reader.tryRead(reporterOfDepth(DossierReader.DEFAULT_MAX_DEPTH)).isValid()).isTrue();
    DossierReader shallow = DossierReader.builder().maxDepth(5).build();
    assertThat(shallow.tryRead(reporterOfDepth(5)).isValid()).isTrue();
  }

  @Test
  void tryRead_oneLevelOverDepthLimit_isRejectedAtTheValueTooDeep() {
    String text = reporterOfDepth(DossierReader.DEFAULT_MAX_DEPTH + 1);
    assertThat(reader.tryRead(text).violations())
        .containsExactly(
            new Violation(
                "/complaints/0/reporter",
                "nested too deeply (more than 32 levels at line 1, column "
                    + text.indexOf("\"[{\"")
                    + ") — expected at most 32 levels of objects and arrays outside extensions"));
    DossierReader shallow = DossierReader.builder().maxDepth(5).build();
    assertThat(shallow.tryRead(reporterOfDepth(6)).violations())
        .extracting(Violation::pointer)
        .containsExactly("/complaints/0/reporter");
    assertThat(shallow.tryRead(with("unit", "{\"name\":[[[[]]]]}")).violations())
        .extracting(Violation::pointer)
        .contains("/unit/name/0/0/0");
  }

  @Test
  void tryRead_extensions_nestBeyondTheDepthLimitUpToTheLargest() {
    Dossier deep = reader.read(extensionOfDepth(DossierReader.LARGEST_MAX_DEPTH));
    assertThat(deep.extensions().get("x")).startsWith("[[[").endsWith("]]]").contains("\"[{\"");
    DossierReader shallow = DossierReader.builder().maxDepth(2).build();
    assertThat(shallow.tryRead(extensionOfDepth(200)).isValid()).isTrue();
  }

  @Test
  void tryRead_extensionsBeyondTheLargestDepth_isRejectedWhereTheyGoTooDeep() {
    String text = extensionOfDepth(DossierReader.LARGEST_MAX_DEPTH + 1);
    assertThat(reader.tryRead(text).violations())
        .singleElement()
        .satisfies(
            v -> {
              // the deepest array read: the one at level 1000
              assertThat(v.pointer()).isEqualTo("/extensions/x" + "/0".repeat(997));
              assertThat(v.message())
                  .isEqualTo(
                      "nested too deeply (more than 1000 levels at line 1, column "
                          + text.indexOf("\"[{\"")
                          + ") — expected at most 1000 levels of objects and arrays, extensions"
                          + " included");
            });
  }

  @Test
  void tryRead_hugeNumber_isOneLimitViolationWhereItStarts() {
    String text = "{\"assessmentYear\": " + "9".repeat(5000) + "}";

    assertThat(reader.tryRead(text).violations())
        .containsExactly(
            new Violation(
                "/assessmentYear",
                "number too long (more than 1000 characters at line 1, column 20) — expected"
                    + " numbers of at most 1000 characters"));
  }

  @Test
  void tryRead_numberOfExactlyTheLongestLength_isReadAndOneMoreIsRejected() {
    String longest = "1" + "0".repeat(DossierReader.MAX_NUMBER_LENGTH - 1);
    assertThat(reader.tryRead(with("privacyBreaches", longest)).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("out of range"));
    assertThat(reader.tryRead(with("privacyBreaches", longest + "0")).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("number too long"));
  }

  @Test
  void tryRead_stringOfExactlyTheLengthLimit_isReadAndOneMoreIsRejected() {
    // 20: every other string of MINIMAL is shorter ("cunzhi.dossier/v1" has 17 characters).
    DossierReader small = DossierReader.builder().maxStringLength(20).build();
    // Characters are code points: twenty emoji are forty chars but twenty characters.
    assertThat(small.tryRead(MINIMAL.replace("\"台\"", "\"" + "😀".repeat(20) + "\"")).isValid())
        .isTrue();
    assertThat(small.tryRead(MINIMAL.replace("\"台\"", "\"" + "台".repeat(20) + "\"")).isValid())
        .isTrue();
    String over = MINIMAL.replace("\"台\"", "\"" + "台".repeat(21) + "\"");
    assertThat(small.tryRead(over).violations())
        .containsExactly(
            new Violation(
                "/unit/name",
                "string too long (21 characters at line 1, column "
                    + (over.indexOf("\"台台") + 1)
                    + ") — expected at most 20 characters"));
  }

  @Test
  void tryRead_fieldNameOfExactlyTheLengthLimit_isReadAndOneMoreIsRejected() {
    DossierReader small = DossierReader.builder().maxStringLength(20).build();
    String atLimit = with("extensions", "{\"" + "k".repeat(20) + "\":1}");
    assertThat(small.tryRead(atLimit).isValid()).isTrue();
    String over = with("extensions", "{\"" + "k".repeat(21) + "\":1}");
    assertThat(small.tryRead(over).violations())
        .containsExactly(
            new Violation(
                "/extensions",
                "field name too long (21 characters at line 1, column "
                    + (over.indexOf("\"kkk") + 1)
                    + ") — expected at most 20 characters"));
  }

  /** {@code MINIMAL} with {@code count} unknown fields, named x0, x1, … */
  private static String withUnknownFields(int count) {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < count; i++) {
      fields.append(",\"x").append(i).append("\":0");
    }
    return MINIMAL.substring(0, MINIMAL.length() - 1) + fields + "}";
  }

  @Test
  void tryRead_exactlyAsManyProblemsAsTheLimit_listsEveryOne() {
    DossierReader three = DossierReader.builder().maxProblems(3).build();
    ReadResult result = three.tryRead(withUnknownFields(3));

    assertThat(result.violations())
        .extracting(Violation::pointer)
        .containsExactly("/x0", "/x1", "/x2");
    assertThat(result.unlisted()).isZero();
  }

  @Test
  void tryRead_oneProblemMoreThanTheLimit_listsTheFirstByPointerAndCountsTheRest() {
    DossierReader three = DossierReader.builder().maxProblems(3).build();
    ReadResult result = three.tryRead(withUnknownFields(4));

    assertThat(result.violations())
        .extracting(Violation::pointer)
        .containsExactly("/x0", "/x1", "/x2", "");
    assertThat(result.violations().get(3).message())
        .isEqualTo(
            "1 more problems not listed (4 found) — expected at most 3 problems listed for one"
                + " dossier");
    assertThat(result.unlisted()).isEqualTo(1);
    // The first in pointer order (as Violation orders them, x10 before x2), wherever found.
    assertThat(three.tryRead(withUnknownFields(11)).violations())
        .extracting(Violation::pointer)
        .containsExactly("/x0", "/x1", "/x10", "");
  }

  @Test
  void tryRead_sevenMegabytesWithAHundredThousandProblems_holdsLittleAndListsAHundred() {
    String meeting =
        "{\"date\":\"2025-02-30\",\"body\":\"MARKET\",\"familyPlanningOnAgenda\":true,"
            + "\"minutes\":true,\"signInSheet\":true,"
            + " ".repeat(30)
            + "\"present\":12}";
    StringBuilder meetings = new StringBuilder("[");
    for (int i = 0; i < 50_000; i++) {
      meetings.append(i == 0 ? "" : ",").append(meeting);
    }
    String text = with("meetings", meetings.append("]").toString());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isBetween(7_000_000, DossierReader.DEFAULT_MAX_DOCUMENT_BYTES);

    DossierReader.Counted counted = reader.tryReadCounted(bytes);

    // two problems in each of 50,000 meetings
    assertThat(counted.result().violations()).hasSize(DossierReader.DEFAULT_MAX_PROBLEMS + 1);
    assertThat(counted.result().unlisted()).isEqualTo(100_000 - DossierReader.DEFAULT_MAX_PROBLEMS);
    assertThat(counted.result().violations().get(0).pointer()).isEqualTo("/meetings/0/body");
    // One meeting at a time: a tree of the whole document would hold about 400,000 nodes.
    assertThat(counted.peakHeld()).isLessThan(100);
  }

  @Test
  void tryRead_rawUnpairedSurrogateInText_isRejectedAtItsString() {
    String text = MINIMAL.replace("\"台\"", "\"台\uD800\"");
    assertThat(reader.tryRead(text).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/unit/name");
              assertThat(v.message())
                  .startsWith("not valid Unicode (an unpaired surrogate \\uD800");
            });
  }

  @Test
  void tryRead_escapedSurrogatePair_isOneCharacter() {
    Dossier d = reader.read(MINIMAL.replace("\"台\"", "\"\\uD83D\\uDE00\""));
    assertThat(d.unit().name()).isEqualTo("😀");
  }

  @Test
  void tryRead_problemsInsideAReporter_areAtTheReportersPointerOnly() {
    String complaint =
        "[{\"ref\":\"C1\",\"received\":\"2025-03-01\",\"escalated\":false,\"reporter\":%s}]";
    for (String reporter :
        List.of(
            "{\"name\":\"王秀兰\",\"name\":\"王秀兰\"}",
            "{\"name\":\"王\\uDC00\"}",
            "{\"13900001234\\uD800\":1}",
            "{\"a\":{\"b\":" + "[".repeat(40) + "]".repeat(40) + "}}")) {
      List<Violation> found =
          reader.tryRead(with("complaints", String.format(complaint, reporter))).violations();
      assertThat(found)
          .as(reporter)
          .isNotEmpty()
          .allSatisfy(v -> assertThat(v.pointer()).isEqualTo("/complaints/0/reporter"))
          .allSatisfy(v -> assertThat(v.toString()).doesNotContain("王", "139", "\"name\""));
    }
  }

  @Test
  void tryRead_problemsOfFormThatLetTheParseGoOn_areReportedWithTheWalks() {
    String text = with("privacyBreaches", "-1").replace("\"VILLAGE\"", "\"VILLAGE\",\"kind\":1");

    assertThat(reader.tryRead(text).violations())
        .extracting(Violation::pointer)
        .containsExactly("/privacyBreaches", "/unit/kind");
  }

  @Test
  void builder_defaultsAndBounds() {
    assertThat(DossierReader.create().maxDocumentBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(DossierReader.create().maxDepth()).isEqualTo(32);
    assertThat(DossierReader.create().maxStringLength()).isEqualTo(10_000);
    assertThat(DossierReader.create().maxProblems()).isEqualTo(100);
    assertThat(DossierReader.builder().maxStringLength(1).maxProblems(1).build().maxProblems())
        .isEqualTo(1);
    assertThatThrownBy(() -> DossierReader.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxStringLength((1 << 30) + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxProblems(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxProblems(10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DossierReader.builder().maxStringLength(1 << 30).maxProblems(10_000).build())
        .hasToString(
            "DossierReader[maxDocumentBytes=8388608, maxDepth=32, maxStringLength=1073741824,"
                + " maxProblems=10000]");
    assertThat(DossierReader.builder().maxDocumentBytes(1).maxDepth(1).build().maxDepth())
        .isEqualTo(1);
    assertThatThrownBy(() -> DossierReader.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxDepth(1001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierReader.builder().maxDocumentBytes((1 << 30) + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DossierReader.builder().maxDocumentBytes(1 << 30).maxDepth(1000).build())
        .isNotNull();
  }

  @Test
  void tryRead_fromManyThreads_givesTheSameResults() {
    List<String> texts = Samples.ALL.stream().map(Samples::text).collect(Collectors.toList());
    List<ReadResult> once = texts.stream().map(reader::tryRead).toList();

    List<ReadResult> parallel =
        IntStream.range(0, 200)
            .parallel()
            .mapToObj(i -> reader.tryRead(texts.get(i % texts.size())))
            .toList();

    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i)).isEqualTo(once.get(i % texts.size()));
    }
  }

  @Test
  void readResult_rejectedWithoutViolations_isMisuse() {
    assertThatThrownBy(() -> ReadResult.rejected(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
