package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One assessment in a combined score (CV-2): its weight and its score.
 *
 * @param id the assessment's id; {@code standard} for the standard's own computed score
 * @param weight its weight
 * @param score its score on the 0-100 scale; null when it was not supplied
 */
public record AssessmentScore(String id, BigDecimal weight, @Nullable Fraction score) {
  public AssessmentScore {
    requireNonNull(id, "id");
    requireNonNull(weight, "weight");
  }
}
