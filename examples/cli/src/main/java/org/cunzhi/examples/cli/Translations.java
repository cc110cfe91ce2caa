package org.cunzhi.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cunzhi.core.Violation;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The library's English problem texts (the dossier reader's violations, the model's rules, the
 * plugins' load problems) in Chinese. The library writes them in English, as sentences built from
 * parts; the bundle {@code violations} holds each sentence's English shape and its Chinese: a key
 * {@code p.NAME} is a pattern with placeholders {@code {0}}, {@code {1}}... (and, in Chinese,
 * {@code {field}}: the last segment of the pointer, as a term), a key {@code term.NAME} a fixed
 * phrase or a field name. The English side is exactly the library's text, so English output is the
 * library's own, unchanged; a text no pattern matches is shown in English, never lost.
 *
 * <p>A message {@code WHAT — expected WHAT} is read as its two halves, each matched on its own; a
 * placeholder's value is translated in turn (a term, or another pattern), so that {@code wrong type
 * (a string) — expected an integer from 0 to 10} reads {@code 类型错误（字符串），应为 0 到 10 之间的整数}.
 * Placeholders are filled literally: no MessageFormat quoting in this bundle.
 */
final class Translations {
  private static final Messages BUNDLE =
      Messages.load(Translations.class, "/org/cunzhi/examples/cli/violations");

  private static final String EXPECTED = " — expected ";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

  private static final int MAX_DEPTH = 4;

  private static final Translations INSTANCE = new Translations(BUNDLE);

  /** One sentence shape: its English as a regular expression, its Chinese as a pattern. */
  private record Template(String key, Pattern english, int literal, String chinese) {}

  private final List<Template> templates = new ArrayList<>();
  private final Map<String, String> terms = new HashMap<>();

  private Translations(Messages bundle) {
    for (String key : bundle.keys().stream().sorted().toList()) {
      String en = bundle.pattern(key, Language.EN).orElseThrow();
      String zh = bundle.pattern(key, Language.ZH).orElseThrow();
      if (key.startsWith("term.")) {
        terms.put(en, zh);
      } else if (key.startsWith("p.")) {
        templates.add(template(key, en, zh));
      }
    }
    // The most specific shape first: the one with the most fixed text.
    templates.sort(Comparator.comparingInt(Template::literal).reversed());
  }

  private static Template template(String key, String en, String zh) {
    StringBuilder regex = new StringBuilder("^");
    Matcher m = PLACEHOLDER.matcher(en);
    int at = 0;
    int literal = 0;
    while (m.find()) {
      regex.append(Pattern.quote(en.substring(at, m.start())));
      literal += m.start() - at;
      regex.append("(?<p").append(m.group(1)).append(">.+?)");
      at = m.end();
    }
    regex.append(Pattern.quote(en.substring(at))).append('$');
    literal += en.length() - at;
    return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), literal, zh);
  }

  /** {@code violation}'s message in {@code lang}: the library's own in English. */
  static String message(Violation violation, Lang lang) {
    if (lang == Lang.EN) {
      return violation.message();
    }
    return INSTANCE.chinese(violation.message(), lastSegment(violation.pointer()));
  }

  /**
   * {@code pointer: message} in {@code lang}, on one line; the whole document is {@code
   * (document)}.
   */
  static String line(Violation violation, Lang lang) {
    if (lang == Lang.EN) {
      return violation.toString();
    }
    String pointer = violation.pointer().isEmpty() ? "（文档）" : violation.pointer();
    return pointer + "：" + message(violation, lang);
  }

  /** Any English text of the library in {@code lang}, translated as far as the bundle knows it. */
  static String text(String english, Lang lang) {
    return lang == Lang.EN ? english : INSTANCE.chinese(english, "");
  }

  private String chinese(String english, String field) {
    int split = english.indexOf(EXPECTED);
    if (split >= 0) {
      String what = english.substring(0, split);
      String expected = english.substring(split + EXPECTED.length());
      String tail = translated(expected, field, 0);
      boolean latin = !tail.isEmpty() && tail.charAt(0) < 0x80;
      return translated(what, field, 0) + "，应为" + (latin ? " " : "") + tail;
    }
    return translated(english, field, 0);
  }

  private String translated(String english, String field, int depth) {
    String term = terms.get(english);
    if (term != null) {
      return term;
    }
    if (depth > MAX_DEPTH) {
      return english;
    }
    for (Template t : templates) {
      Matcher m = t.english().matcher(english);
      if (m.matches()) {
        return fill(t, m, field, depth);
      }
    }
    return english;
  }

  private String fill(Template t, Matcher m, String field, int depth) {
    String zh = t.chinese().replace("{field}", termOf(field));
    Matcher p = PLACEHOLDER.matcher(zh);
    StringBuilder out = new StringBuilder();
    while (p.find()) {
      String value = group(m, p.group(1));
      String shown = value == null ? p.group() : translated(value, field, depth + 1);
      p.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    p.appendTail(out);
    return out.toString();
  }

  private static @Nullable String group(Matcher m, String index) {
    try {
      return m.group("p" + index);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String termOf(String english) {
    return terms.getOrDefault(english, english);
  }

  /** The field a pointer ends at, unescaped; empty for the whole document or an array element. */
  private static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}
