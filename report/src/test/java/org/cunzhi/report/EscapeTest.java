package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void html_markupCharacters_becomeReferences() {
    assertThat(Escape.html("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  }

  @Test
  void html_plainAndChineseText_unchanged() {
    assertThat(Escape.html("台子村 120119105201 (2025) 四（二）9"))
        .isEqualTo("台子村 120119105201 (2025) 四（二）9");
  }

  @Test
  void html_controlCharacters_replacedButLineBreaksKept() {
    assertThat(Escape.html("a\u0000b\u0007c\u007fd\te\nf"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te\nf");
  }

  @Test
  void markdown_markupCharacters_backslashEscaped() {
    assertThat(Escape.markdown("*a* _b_ `c` [d](e) <f> #g |h| ~i~ &j; \\k {l} >= 90%"))
        .isEqualTo(
            "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f> \\#g \\|h\\| \\~i\\~ \\&j; \\\\k \\{l\\} >= 90%");
  }

  @Test
  void markdown_leadingBlockMarkers_escaped_elsewhereKept() {
    assertThat(Escape.markdown("- a - b")).isEqualTo("\\- a - b");
    assertThat(Escape.markdown("+ a + b")).isEqualTo("\\+ a + b");
    assertThat(Escape.markdown("= a")).isEqualTo("\\= a");
    assertThat(Escape.markdown("> a > b")).isEqualTo("\\> a > b");
    assertThat(Escape.markdown("12. a 3. b")).isEqualTo("12\\. a 3. b");
    assertThat(Escape.markdown("7) a")).isEqualTo("7\\) a");
    assertThat(Escape.markdown("2025. 12")).isEqualTo("2025\\. 12");
    assertThat(Escape.markdown("93.75%")).isEqualTo("93.75%");
    assertThat(Escape.markdown("2025")).isEqualTo("2025");
    assertThat(Escape.markdown("3.")).isEqualTo("3\\.");
  }

  @Test
  void markdown_lineBreaksAndIndent_cannotStartABlock() {
    assertThat(Escape.markdown("    code\n# heading\r\n- item"))
        .isEqualTo("code \\# heading - item");
  }
}
