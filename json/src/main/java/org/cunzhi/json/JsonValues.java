package org.cunzhi.json;

import com.fasterxml.jackson.databind.JsonNode;

/** How a JSON value is shown in a violation message: short, escaped, and only when safe. */
final class JsonValues {
  /** Longest string or number shown in a message; longer ones are cut with an ellipsis. */
  static final int MAX_SHOWN = 40;

  private JsonValues() {}

  /**
   * The value as a message shows it: strings quoted and escaped, numbers and literals as written,
   * objects and arrays by their type only.
   */
  static String show(JsonNode value) {
    if (value.isTextual()) {
      return quote(value.textValue());
    }
    if (value.isNumber()) {
      return cut(value.asText());
    }
    if (value.isBoolean() || value.isNull()) {
      return value.asText();
    }
    return typeName(value);
  }

  /** The value's JSON type with an article, e.g. {@code "a string"}; never its content. */
  static String typeName(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isNull()) {
      return "null";
    }
    return "a value of another kind";
  }

  /**
   * {@code text} in double quotes, with quotes, backslashes, control characters and unpaired
   * surrogates escaped, so that a message is always valid Unicode.
   */
  static String quote(String text) {
    String shown = cut(text);
    StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))
                  : Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(shown.charAt(i - 1));
          if (c < 0x20 || c == 0x7f || (Character.isSurrogate(c) && !paired)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String cut(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    int end = MAX_SHOWN;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
