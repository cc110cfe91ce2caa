package org.cunzhi.examples.district;

import org.cunzhi.core.evaluation.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The few pieces every page is made of: escaping, the page frame and the words for verdicts. Every
 * value that comes from a dossier, a standard or a request goes through {@link #text}; nothing else
 * is written into a page.
 */
final class Html {
  static final String CSS =
      "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;"
          + "margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.5}"
          + "table{border-collapse:collapse;width:100%;margin:1em 0}"
          + "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}"
          + "th{background:#f2f2f2}nav a{margin-right:1em}"
          + ".MEETS{color:#1a7f37;font-weight:bold}.DOES_NOT_MEET{color:#b42318;font-weight:bold}"
          + ".INCONCLUSIVE{color:#9a6700;font-weight:bold}.notice{background:#eef6ee;"
          + "border:1px solid #9c9;padding:.5em 1em}.problems{background:#fdecea;"
          + "border:1px solid #e99;padding:.5em 1em}code{font-size:90%}";

  private Html() {}

  /** {@code value} escaped for an element's text or a quoted attribute; "" for null. */
  static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: {@code title} (escaped here) and {@code body}, already safe HTML. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + text(title)
        + "</title><style>"
        + CSS
        + "</style></head><body>\n"
        + body
        + "\n</body></html>\n";
  }

  /** The verdict in the words of a Chinese report, in a span styled by the verdict. */
  static String verdict(Verdict verdict, boolean vetoed) {
    return "<span class=\""
        + verdict.name()
        + "\" data-verdict=\""
        + verdict.name()
        + "\">"
        + verdictWords(verdict)
        + (vetoed ? "（一票否决）" : "")
        + "</span>";
  }

  static String verdictWords(Verdict verdict) {
    return switch (verdict) {
      case MEETS -> "达到标准";
      case DOES_NOT_MEET -> "未达到标准";
      case INCONCLUSIVE -> "无法判定";
    };
  }
}
