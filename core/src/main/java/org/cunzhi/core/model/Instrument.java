package org.cunzhi.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A charter, covenant or contract (D-CH-1). Charters and covenants are voted in ({@link Charter});
 * contracts are signed by households ({@link Contract}).
 */
public sealed interface Instrument permits Charter, Contract {

  /** The instrument's id, unique within its dossier. */
  String id();

  /** What kind of instrument it is. */
  InstrumentKind kind();

  /** When it took effect; null when it has not. */
  @Nullable LocalDate effective();

  /** The review against law and policy. */
  LegalReview legalReview();

  /** Whether it is in force on {@code date}: it took effect on or before that day. */
  default boolean isInForceOn(LocalDate date) {
    LocalDate from = effective();
    return from != null && !from.isAfter(date);
  }
}
