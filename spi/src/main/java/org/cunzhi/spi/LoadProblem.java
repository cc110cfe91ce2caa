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
 */
public record LoadProblem(Kind kind, String providerClass, String message) {

  /** The provider class name given when it cannot be told. */
  public static final String UNKNOWN_PROVIDER = "(unknown)";

  public LoadProblem {
    requireNonNull(kind, "kind");
    requireNonNull(providerClass, "providerClass");
    requireNonNull(message, "message");
  }

  /** The problem as an exception, for hosts that treat any problem as fatal. */
  public PluginFailureException toException() {
    return new PluginFailureException(providerClass, message);
  }

  /** {@code KIND providerClass: message}. */
  @Override
  public String toString() {
    return kind + " " + providerClass + ": " + message;
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
