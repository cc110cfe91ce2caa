package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Cadence;
import org.junit.jupiter.api.Test;

/** DOMAIN S-5: tailoring without code. */
class TailoringTest {
  private static final Standard SAMPLE = SampleStandards.village();

  private static final String XIQING =
      String.join(
          "\n",
          "# 西青区细则",
          "id=xiqing.demonstration-village",
          "version=2025-1",
          "base=sample.demonstration-village",
          "title.zh=西青区示范村标准",
          "title.en=Xiqing demonstration village standard",
          "authority=西青区人口计生委",
          "parameter.complaint-days=2",
          "parameter.awareness-rate=>= 92.5%",
          "parameter.disclosure-cadence=monthly",
          "");

  private static InvalidInputException invalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  @Test
  void applyTo_derivesAStandardWithItsOwnIdVersionValuesAndFingerprint() {
    Standard derived = Tailoring.parse(XIQING).applyTo(SAMPLE);
    assertThat(derived.id()).isEqualTo("xiqing.demonstration-village");
    assertThat(derived.version()).isEqualTo("2025-1");
    assertThat(derived.title().zh()).isEqualTo("西青区示范村标准");
    assertThat(derived.authority()).isEqualTo("西青区人口计生委");
    assertThat(derived.documentNumber()).isEqualTo(SAMPLE.documentNumber());
    assertThat(derived.valueOf(TestParameters.COMPLAINT_DAYS)).isEqualTo(2);
    assertThat(derived.valueOf(TestParameters.AWARENESS_RATE))
        .isEqualTo(Threshold.parse(">= 92.5%"));
    assertThat(derived.valueOf(TestParameters.DISCLOSURE_CADENCE)).isEqualTo(Cadence.MONTHLY);
    assertThat(derived.valueOf(TestParameters.WINDOW_YEARS)).isEqualTo(3);
    assertThat(derived.allCriteria()).isEqualTo(SAMPLE.allCriteria());
    assertThat(derived.fingerprint()).isNotEqualTo(SAMPLE.fingerprint());
  }

  @Test
  void applyTo_sameTailoringTwice_givesTheSameFingerprint() {
    assertThat(Tailoring.parse(XIQING).applyTo(SAMPLE).fingerprint())
        .isEqualTo(Tailoring.parse(XIQING).applyTo(SampleStandards.village()).fingerprint());
  }

  @Test
  void parse_readerInUtf8_readsChinese() {
    Tailoring t =
        Tailoring.parse(
            new InputStreamReader(
                new ByteArrayInputStream(XIQING.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    assertThat(t.titleZh()).isEqualTo("西青区示范村标准");
    assertThat(t.parameter("complaint-days")).contains("2");
  }

  @Test
  void parse_missingIdAndVersionAndUnknownKey_reportsEveryOne() {
    InvalidInputException e =
        invalid(() -> Tailoring.parse("titel.zh=错字\nparameter.Bad_Key=1\nparameter.a=1\n"));
    assertThat(e.violations())
        .extracting(Violation::pointer)
        .containsExactly("/id", "/parameter.Bad_Key", "/titel.zh", "/version");
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).endsWith("."));
  }

  @Test
  void parse_keyTwice_isReported() {
    InvalidInputException e =
        invalid(
            () ->
                Tailoring.parse(
                    "id=a.b\nversion=1\nparameter.notice-days=7\nparameter.notice-days=8\n"));
    assertThat(e.violations())
        .extracting(Violation::pointer)
        .containsExactly("/parameter.notice-days");
  }

  @Test
  void parse_malformedId_isReported() {
    InvalidInputException e = invalid(() -> Tailoring.parse("id=Xiqing\nversion=1\n"));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/id");
              assertThat(v.message()).contains("\"Xiqing\"");
            });
  }

  @Test
  void applyTo_unknownParameterWrongTypeAndBaseMismatch_reportsEveryOne() {
    Tailoring t =
        Tailoring.parse(
            "id=x.y\nversion=1\nbase=tianjin.other\nparameter.complaint-days=three\n"
                + "parameter.window-years=0\nparameter.no-such-thing=1\n"
                + "parameter.awareness-rate=90\n");
    InvalidInputException e = invalid(() -> t.applyTo(SAMPLE));
    assertThat(e.violations())
        .extracting(Violation::pointer)
        .containsExactly(
            "/base",
            "/parameter.awareness-rate",
            "/parameter.complaint-days",
            "/parameter.no-such-thing",
            "/parameter.window-years");
    assertThat(e.violations().get(2).message())
        .isEqualTo(
            "parameter.complaint-days is invalid: \"three\" is not a whole number;"
                + " expected from 1 to 30 days.");
    assertThat(e.violations().get(3).message()).contains("notice-days", "window-years");
    assertThat(e.violations().get(0).message()).contains("tianjin.other", SAMPLE.id());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "10"})
  void applyTo_windowYearsAtAnEndOfItsRange_isTaken(String years) {
    Standard derived =
        Tailoring.parse("id=x.y\nversion=1\nparameter.window-years=" + years + "\n")
            .applyTo(SAMPLE);
    assertThat(derived.valueOf(TestParameters.WINDOW_YEARS)).isEqualTo(Integer.valueOf(years));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "11"})
  void applyTo_windowYearsJustOutsideItsRange_isRefusedWithItsKey(String years) {
    Tailoring t = Tailoring.parse("id=x.y\nversion=1\nparameter.window-years=" + years + "\n");
    InvalidInputException e = invalid(() -> t.applyTo(SAMPLE));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/parameter.window-years");
              assertThat(v.message()).contains("from 1 to 10 years");
            });
  }

  @Test
  void applyTo_thresholdOfAnotherComparison_isRefused() {
    Tailoring t = Tailoring.parse("id=x.y\nversion=1\nparameter.awareness-rate=<= 90%\n");
    InvalidInputException e = invalid(() -> t.applyTo(SAMPLE));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/parameter.awareness-rate");
              assertThat(v.message()).contains("compared with >=");
            });
  }

  @Test
  void applyTo_sameIdAsTheStandard_isRejected() {
    Tailoring t = Tailoring.parse("id=sample.demonstration-village\nversion=2\n");
    InvalidInputException e = invalid(() -> t.applyTo(SAMPLE));
    assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/id");
  }

  @Test
  void applyTo_withoutBaseKey_appliesToAnyStandardDeclaringTheParameters() {
    Standard derived =
        Tailoring.parse("id=x.y\nversion=1\nparameter.notice-days=10\n").applyTo(SAMPLE);
    assertThat(derived.valueOf(TestParameters.NOTICE_DAYS)).isEqualTo(10);
    assertThat(derived.title()).isEqualTo(SAMPLE.title());
  }

  @Test
  void applyTo_extendingStandard_keepsItsResolvedBase() {
    Standard community =
        Standard.builder("sample.community")
            .version("1")
            .title("社区", "community")
            .authority("test")
            .documentNumber("T")
            .effective(java.time.LocalDate.of(2025, 1, 1), null)
            .level(JurisdictionLevel.MUNICIPAL)
            .applicability(Applicability.of(org.cunzhi.core.model.UnitKind.COMMUNITY, "12"))
            .extending(SAMPLE.id())
            .build()
            .withBase(SAMPLE);
    Standard derived =
        Tailoring.parse("id=x.community\nversion=1\nparameter.notice-days=9\n").applyTo(community);
    assertThat(derived.isBaseMissing()).isFalse();
    assertThat(derived.allCriteria()).hasSameSizeAs(SAMPLE.allCriteria());
    assertThat(derived.valueOf(TestParameters.NOTICE_DAYS)).isEqualTo(9);
    Standard other =
        Tailoring.parse("id=x.community\nversion=1\nparameter.notice-days=10\n").applyTo(community);
    assertThat(other.fingerprint()).isNotEqualTo(derived.fingerprint());
  }

  @Test
  void parse_emptyText_reportsMissingIdAndVersion() {
    assertThatThrownBy(() -> Tailoring.parse(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2 problems");
  }
}
