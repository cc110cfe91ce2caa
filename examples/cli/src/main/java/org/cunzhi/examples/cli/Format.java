package org.cunzhi.examples.cli;

/** Output formats of {@code evaluate}. */
enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  HTML;

  /** Whether this format is available yet. */
  boolean isAvailable() {
    return this == TEXT || this == JSON;
  }
}
