package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.Test;

/** {@link Messages#format} writes what the message would: {@code text(key, args).in(language)}. */
class MessagesFormatTest {

  private static final Object[] ARGS = {
    "2025",
    Messages.core().text("label.contraceptive-rate"),
    "89.33",
    318,
    356L,
    new BigDecimal("92.50"),
    Threshold.atLeastPercent(90),
    Cadence.values()[0],
    java.util.List.of("a", 1),
    LocalizedText.of("中", "en")
  };

  @Test
  void format_everyKeyOfCore_inBothLanguages_isTheMessagesText() {
    for (String key : Messages.core().keys()) {
      for (Language language : Language.values()) {
        for (int n = 0; n <= ARGS.length; n++) {
          Object[] args = java.util.Arrays.copyOf(ARGS, n);
          assertThat(Messages.core().format(language, key, args))
              .as("%s %s %s", key, language, n)
              .isEqualTo(Messages.core().text(key, args).in(language));
        }
      }
    }
  }

  @Test
  void format_unknownKey_isRefusedNamingIt() {
    assertThatThrownBy(() -> Messages.core().format(Language.ZH, "no.such-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such-key");
  }

  @Test
  void format_nullArgument_isRefusedAsTextRefusesIt() {
    Object[] args = {"2025", null};
    assertThatThrownBy(() -> Messages.core().text("period.month", args))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Messages.core().format(Language.EN, "period.month", args))
        .isInstanceOf(NullPointerException.class);
  }
}
