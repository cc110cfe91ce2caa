package org.cunzhi.core.internal.text;

import java.util.function.Consumer;

/**
 * Internal: a receiver of a text's pieces ({@link
 * org.cunzhi.core.rule.LocalizedText#render(org.cunzhi.core.rule.LocalizedText.Language,
 * Consumer)}) that is told which pieces are literal: a pattern's fixed parts and a literal text's
 * strings, the very same {@code String} objects every time the same text is rendered. Such a
 * receiver may keep what it made of a literal piece (a report writer, its escaped UTF-8 bytes) by
 * identity and reuse it; every other piece, an argument's text, comes through {@link #accept} as
 * before. The pieces in order, literal or not, are the text.
 */
public interface LiteralSink extends Consumer<String> {
  /** A literal piece of the text, given where {@link #accept} would have been given it. */
  void acceptLiteral(String piece);
}
