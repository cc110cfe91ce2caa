package org.cunzhi.core;

/** A plugin failed to load or misbehaved; the message names the provider class. */
public final class PluginFailureException extends CunzhiException {
  private static final long serialVersionUID = 1L;

  private final String providerClass;

  public PluginFailureException(String providerClass, String message, Throwable cause) {
    super(providerClass + ": " + message, cause);
    this.providerClass = providerClass;
  }

  public PluginFailureException(String providerClass, String message) {
    super(providerClass + ": " + message);
    this.providerClass = providerClass;
  }

  /** The fully qualified name of the provider class at fault. */
  public String providerClass() {
    return providerClass;
  }
}
