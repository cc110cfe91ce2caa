package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.cunzhi.core.rule.LocalizedText;

/**
 * A grade a scoring standard awards from a minimum score (CV-3: 示范, 先进, 合格).
 *
 * @param id a stable id, lower-case words joined by hyphens, e.g. {@code demonstration}
 * @param title the grade's name, e.g. 示范村 / demonstration village
 * @param minimumScore the least score, on the 0-100 scale, that earns it
 */
public record Grade(String id, LocalizedText title, BigDecimal minimumScore) {
  public Grade {
    requireNonNull(id, "id");
    checkArgument(
        id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
        "grade id must be lower-case words joined by hyphens, was \"%s\"",
        id);
    requireNonNull(title, "title");
    requireNonNull(minimumScore, "minimumScore");
    checkArgument(
        minimumScore.signum() >= 0 && minimumScore.compareTo(BigDecimal.valueOf(100)) <= 0,
        "minimum score of grade %s must lie between 0 and 100, was %s",
        id,
        minimumScore);
    minimumScore = minimumScore.stripTrailingZeros();
    if (minimumScore.scale() < 0) {
      minimumScore = minimumScore.setScale(0);
    }
  }

  /**
   * The grade {@code id}, titled {@code zh} / {@code en}, from {@code minimumScore} (e.g. "85").
   */
  public static Grade of(String id, String zh, String en, String minimumScore) {
    return new Grade(id, LocalizedText.of(zh, en), new BigDecimal(minimumScore));
  }

  /** As {@code id>=minimum}, e.g. {@code demonstration>=90}. */
  @Override
  public String toString() {
    return id + ">=" + minimumScore.toPlainString();
  }
}
