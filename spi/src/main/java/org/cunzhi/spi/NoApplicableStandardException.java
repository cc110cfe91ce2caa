package org.cunzhi.spi;

import java.time.LocalDate;
import org.cunzhi.core.CunzhiException;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.UnitKind;

/**
 * No standard of the purpose asked for applies to a unit on a date: none is in effect then, none
 * covers the unit's kind, or none covers its division code. The caller can name a standard
 * explicitly instead.
 */
public final class NoApplicableStandardException extends CunzhiException {
  private static final long serialVersionUID = 1L;

  private final DivisionCode code;
  private final UnitKind kind;
  private final LocalDate date;
  private final String purpose;

  /** No {@code purpose} standard applies to the {@code kind} unit {@code code} on {@code date}. */
  public NoApplicableStandardException(
      DivisionCode code, UnitKind kind, LocalDate date, String purpose) {
    super(
        "no \""
            + purpose
            + "\" standard applies to "
            + kind
            + " "
            + code
            + " on "
            + date
            + "; name a standard explicitly or install a plugin that covers it");
    this.code = code;
    this.kind = kind;
    this.date = date;
    this.purpose = purpose;
  }

  /** The unit's division code. */
  public DivisionCode code() {
    return code;
  }

  /** The unit's kind. */
  public UnitKind kind() {
    return kind;
  }

  /** The date asked about. */
  public LocalDate date() {
    return date;
  }

  /** The purpose asked for. */
  public String purpose() {
    return purpose;
  }
}
