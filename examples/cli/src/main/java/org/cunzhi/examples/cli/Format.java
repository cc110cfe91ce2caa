package org.cunzhi.examples.cli;

/** Output formats of {@code evaluate}; {@code summary} and {@code calendar} offer text and json. */
enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  HTML
}
