package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import org.cunzhi.core.PluginFailureException;

/**
 * A problem the registry met while loading plugins, kept as a value so that one broken plugin never
 * hides the others. A host shows these to whoever installs plugins.
 *
 * @param kind what went wrong
 * @param providerClass the fully qualified name of the provider class at fault, or {@code
 *     (unknown)} when the class could not even be named
 * @param message one sentence: what failed and why
 * @param location the jar or folder the provider came from (a file-system path when it is on one,
 *     else a URI), or {@code (unknown)} when it cannot be told
 */
public record LoadProblem(Kind kind, String providerClass, String message, String location) {

  /** The provider class name given when it cannot be told. */
  public static final String UNKNOWN_PROVIDER = "(unknown)";

  /** The location given when it cannot be told. */
  public static final String UNKNOWN_LOCATION = "(unknown)";

  public LoadProblem {
    requireNonNull(kind, "kind");
    requireNonNull(providerClass, "providerClass");
    requireNonNull(message, "message");
    requireNonNull(location, "location");
  }

  /** A problem whose location is not known; the form of SPI 1.0, kept for its callers. */
  public LoadProblem(Kind kind, String providerClass, String message) {
    this(kind, providerClass, message, UNKNOWN_LOCATION);
  }

  /** The problem as an exception, for hosts that treat any problem as fatal. */
  public PluginFailureException toException() {
    return new PluginFailureException(providerClass, message);
  }

  /**
   * {@code KIND providerClass (jar): message}, on one line. The jar is named by its file name (a
   * folder by its whole path); without a known location, {@code KIND providerClass: message}.
   */
  @Override
  public String toString() {
    String where =
        location.equals(UNKNOWN_LOCATION) ? "" : " (" + CodeLocation.shortName(location) + ")";
    return kind + " " + providerClass + where + ": " + message;
  }

  /** What went wrong while loading. */
  public enum Kind {
    /** The provider class could not be found, loaded or instantiated; it offers nothing. */
    LOAD_FAILED,
    /** The provider declares an SPI version this host cannot run; it offers nothing. */
    INCOMPATIBLE_VERSION,
    /** Asking the provider for its standards failed; it offers nothing. */
    STANDARDS_FAILED,
    /** Two providers (or one, twice) offer the same standard id; that id is left out. */
    DUPLICATE_ID,
    /** A standard extends a base that no provider offers; it stays, but it cannot MEET. */
    BASE_MISSING,
    /** Standards extend each other in a cycle; they stay, but none of them can MEET. */
    BASE_CYCLE,
    /** A standard cannot be joined to its base (e.g. a criterion id in both); it cannot MEET. */
    BASE_INCOMPATIBLE
  }
}
