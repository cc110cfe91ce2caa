package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of this SPI, {@code major.minor}. A minor release only adds (methods on {@link
 * ProviderContext}, default methods); a major release may break plugins. A host runs a plugin built
 * against the same major version and the same or an older minor version.
 *
 * @param major incremented when a plugin built against the previous version may no longer work
 * @param minor incremented when the SPI grows compatibly
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {
  private static final Pattern TEXT = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

  /** The version of the SPI on the class or module path. */
  public static final SpiVersion CURRENT = new SpiVersion(1, 0);

  public SpiVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException(
          "SPI version must be at least 1.0, was " + major + "." + minor);
    }
  }

  /** The version {@code major.minor}. */
  public static SpiVersion of(int major, int minor) {
    return new SpiVersion(major, minor);
  }

  /**
   * Reads a version such as {@code 1.0}.
   *
   * @throws IllegalArgumentException naming the text when it is not {@code major.minor}
   */
  public static SpiVersion parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "SPI version must be major.minor, e.g. 1.0, was \"" + text + "\"");
    }
    return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether a host of this version can run a plugin built against {@code pluginVersion}: same major
   * version, and a minor version no newer than this one.
   */
  public boolean canRun(SpiVersion pluginVersion) {
    return pluginVersion.major == major && pluginVersion.minor <= minor;
  }

  @Override
  public int compareTo(SpiVersion other) {
    int c = Integer.compare(major, other.major);
    return c != 0 ? c : Integer.compare(minor, other.minor);
  }

  /** {@code major.minor}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
