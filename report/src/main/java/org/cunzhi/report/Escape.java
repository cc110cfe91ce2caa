package org.cunzhi.report;

/**
 * Escaping for text that may come from a dossier (unit names, instrument ids, inspection notes,
 * complaint references) or from a plugin's bundle: it is always written as text, never as markup.
 */
final class Escape {
  private Escape() {}

  /**
   * {@code s} as HTML text or attribute value: {@code & < > " '} as character references, and a
   * control character other than tab, line feed and carriage return as U+FFFD.
   */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * {@code s} as Markdown (CommonMark and GitHub's) inline text: on one line, every character that
   * could start markup backslash-escaped ({@code \ ` * _ { } [ ] < # | ~ &}), and a leading {@code
   * - + = >} or list number escaped so that the text cannot open a list, a quote, a heading or a
   * code block wherever it is placed. ({@code >} elsewhere cannot close a tag, since no {@code <}
   * is left to open one.)
   */
  static String markdown(String s) {
    String line = s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    StringBuilder b = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        b.append('\uFFFD');
      } else if ("\\`*_{}[]<#|~&".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (i == 0 && "-+=>".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if ((c == '.' || c == ')') && i > 0 && allDigits(line, i) && endsWord(line, i)) {
        b.append('\\').append(c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether {@code s} ends, or has a space, after {@code i}: as a list number's marker does. */
  private static boolean endsWord(String s, int i) {
    return i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t';
  }

  /** Whether {@code s} has only digits before {@code end}. */
  private static boolean allDigits(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
