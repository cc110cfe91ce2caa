package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final Messages TEST =
      Messages.load(MessageTest.class, "/org/cunzhi/core/rule/test-messages");

  @Test
  void text_keepsKeyAndArguments_rendersOnlyWhenAsked() {
    Message m = TEST.text("args", 2025, 113L, "120", LocalDate.of(2025, 3, 31));
    assertThat(m.key()).isEqualTo("args");
    assertThat(m.args()).containsExactly(2025, 113L, "120", LocalDate.of(2025, 3, 31));
    assertThat(m.en()).isEqualTo("2025: 113 of 120 on 2025-03-31");
    assertThat(m.in(Language.ZH)).isEqualTo("2025：120中的113，2025-03-31");
  }

  @Test
  void render_numbersArePlain_neverGrouped() {
    assertThat(TEST.text("args", 12345, new BigDecimal("1.50"), 1_000_000L, "x").en())
        .isEqualTo("12345: 1.50 of 1000000 on x");
  }

  @Test
  void render_quotesAndPlainPatterns_asMessageFormatWrites() {
    assertThat(TEST.text("quoted", "ok").en()).isEqualTo("It's ok");
    assertThat(TEST.text("plain").zh()).isEqualTo("这里没有参数");
  }

  @Test
  void render_nestedText_inTheSameLanguage() {
    Message m = TEST.text("nested", LocalizedText.of("内", "inner"));
    assertThat(m.en()).isEqualTo("Outer (inner)");
    assertThat(m.zh()).isEqualTo("外（内）");
  }

  @Test
  void render_namedParameters_filledFromValues() {
    Message title =
        TEST.text("title")
            .withNamed(
                Map.of(
                    "awareness-rate",
                    Threshold.atLeastPercent(95),
                    "complaint-days",
                    2,
                    "cadence",
                    Cadence.QUARTERLY));
    assertThat(title.zh()).isEqualTo("知晓率达到95%以上，2天内处理，每季度");
    assertThat(title.en())
        .isEqualTo("Awareness at least 95%, complaints within 2 days, each quarter");
  }

  @Test
  void render_namedParameterWithoutValue_isWrittenAsItStands() {
    assertThat(TEST.text("title").en())
        .isEqualTo(
            "Awareness at least {awareness-rate}, complaints within {complaint-days} days, each"
                + " {cadence}");
  }

  @Test
  void equality_sameBundleKeyAndArguments() {
    assertThat(TEST.text("args", 1, 2, 3, 4)).isEqualTo(TEST.text("args", 1, 2, 3, 4));
    assertThat(TEST.text("args", 1, 2, 3, 4)).isNotEqualTo(TEST.text("args", 1, 2, 3, 5));
  }

  @Test
  void toString_namesKeyAndArguments_notRenderedText() {
    assertThat(TEST.text("plain").toString()).contains("plain").doesNotContain("No arguments");
  }

  @Test
  void text_unknownKey_isRefusedAtOnce() {
    assertThatThrownBy(() -> TEST.text("no-such-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-key");
  }
}
