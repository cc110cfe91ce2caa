package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Scores of assessments made outside the standard, supplied by the caller to combine with the
 * standard's own score (CV-2): a self-assessment, an inspection, a mass appraisal. Each is on the
 * 0-100 scale. Immutable.
 *
 * @param scores the scores, by assessment id (e.g. {@code self-assessment})
 */
public record Assessments(Map<String, BigDecimal> scores) {
  private static final Assessments NONE = new Assessments(Map.of());

  public Assessments {
    scores = ImmutableSortedMap.copyOf(scores);
    scores.forEach(
        (id, s) -> {
          checkArgument(
              id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
              "assessment id must be lower-case words joined by hyphens, was \"%s\"",
              id);
          checkArgument(
              s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0,
              "score of assessment %s must lie between 0 and 100, was %s",
              id,
              s);
        });
  }

  /** No assessment supplied. */
  public static Assessments none() {
    return NONE;
  }

  /** The assessments {@code scores}. */
  public static Assessments of(Map<String, BigDecimal> scores) {
    return new Assessments(scores);
  }

  /** These assessments with {@code id} scored {@code score}. */
  public Assessments with(String id, BigDecimal score) {
    ImmutableSortedMap.Builder<String, BigDecimal> b = ImmutableSortedMap.naturalOrder();
    scores.forEach(
        (k, v) -> {
          if (!k.equals(id)) {
            b.put(k, v);
          }
        });
    b.put(id, score);
    return new Assessments(b.build());
  }

  /** The score of {@code id}, if supplied. */
  public Optional<BigDecimal> score(String id) {
    return Optional.ofNullable(scores.get(id));
  }
}
