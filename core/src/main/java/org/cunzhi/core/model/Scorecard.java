package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Qualitative scores given by one kind of assessor on one day (DOSSIER-v1 {@code scorecards[]},
 * DOMAIN CV-D4): for each dimension scored, a whole percentage from {@value #MIN_SCORE} to {@value
 * #MAX_SCORE} of that dimension's qualitative share. A dimension left out is missing evidence for
 * this scorecard; each dimension appears at most once, as a map key.
 *
 * @param by who gave the scores
 * @param date when they were given
 * @param scores percentage by dimension, only the dimensions scored, in the dimensions' order
 */
public record Scorecard(ScorecardKind by, LocalDate date, Map<ScorecardDimension, Integer> scores) {

  /** The lowest score a dimension may have. */
  public static final int MIN_SCORE = 0;

  /** The highest score a dimension may have. */
  public static final int MAX_SCORE = 100;

  public Scorecard {
    requireNonNull(by, "by");
    requireNonNull(date, "date");
    EnumMap<ScorecardDimension, Integer> copy = new EnumMap<>(ScorecardDimension.class);
    scores.forEach(
        (dimension, score) -> {
          requireNonNull(dimension, "dimension");
          requireNonNull(score, "score");
          checkArgument(
              score >= MIN_SCORE && score <= MAX_SCORE,
              "score of %s must be from %s to %s, was %s",
              dimension,
              MIN_SCORE,
              MAX_SCORE,
              score);
          copy.put(dimension, score);
        });
    scores = Maps.immutableEnumMap(copy);
  }

  /** The score of {@code dimension}, if this scorecard scores it. */
  public Optional<Integer> score(ScorecardDimension dimension) {
    return Optional.ofNullable(scores.get(dimension));
  }

  /** Whether this scorecard scores every dimension. */
  public boolean isComplete() {
    return scores.size() == ScorecardDimension.values().length;
  }
}
