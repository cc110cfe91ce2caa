package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.cunzhi.core.internal.text.LiteralSink;

/**
 * Report text for people, read from a pair of UTF-8 properties files ({@code <base>_zh.properties}
 * and {@code <base>_en.properties}) that must hold the same keys. Text lives in these files, never
 * in code. Immutable and thread-safe.
 *
 * <p>In a named module, place the files where their folder is not a Java package (for example under
 * {@code META-INF/}), or open their package to {@code org.cunzhi.core}; otherwise the module system
 * hides them.
 */
public final class Messages {
  private static final class Core {
    static final Messages MESSAGES = load(Messages.class, "/org/cunzhi/core/messages");
  }

  private final String base;
  private final ImmutableMap<String, String> zh;
  private final ImmutableMap<String, String> en;

  /** Where each key's pattern and template are in the four arrays below. */
  private final KeyTable keys;

  /** The patterns of {@link #zh} and {@link #en} at their keys' places in {@link #keys}. */
  private final @org.jspecify.annotations.Nullable String[] zhPatterns;

  private final @org.jspecify.annotations.Nullable String[] enPatterns;

  /**
   * Each pattern's template, parsed when the key is first rendered (a bundle holds hundreds of
   * messages, of which a command renders a few dozen, and parsing them all was about a twentieth of
   * a one-dossier command's start): null while not yet parsed, {@link Template#NONE} where the
   * pattern is not of the plain form. Two threads may parse the same pattern at once; both get
   * equal templates, and a template is immutable, so either may stay.
   */
  private final @org.jspecify.annotations.Nullable Template[] zhTemplates;

  private final @org.jspecify.annotations.Nullable Template[] enTemplates;

  private Messages(String base, ImmutableMap<String, String> zh, ImmutableMap<String, String> en) {
    this.base = base;
    this.zh = zh;
    this.en = en;
    this.keys = new KeyTable(zh.keySet());
    this.zhPatterns = keys.placed(zh);
    this.enPatterns = keys.placed(en);
    this.zhTemplates = new Template[zhPatterns.length];
    this.enTemplates = new Template[enPatterns.length];
  }

  /**
   * Core's own report text: the reasons and remedies that the shared {@link Checks} give, and the
   * notes an evaluation adds. Loaded once, on first use.
   */
  public static Messages core() {
    return Core.MESSAGES;
  }

  /**
   * Loads the bundle {@code base} (an absolute resource name without the language suffix, e.g.
   * {@code /META-INF/cunzhi/example-county/messages}) through {@code anchor}'s module or class
   * loader.
   *
   * @throws IllegalStateException when a file is missing or the two files' keys differ
   */
  public static Messages load(Class<?> anchor, String base) {
    requireNonNull(anchor, "anchor");
    requireNonNull(base, "base");
    ImmutableMap<String, String> zh = read(anchor, base + "_zh.properties");
    ImmutableMap<String, String> en = read(anchor, base + "_en.properties");
    Set<String> onlyZh = Sets.difference(zh.keySet(), en.keySet());
    Set<String> onlyEn = Sets.difference(en.keySet(), zh.keySet());
    if (!onlyZh.isEmpty() || !onlyEn.isEmpty()) {
      throw new IllegalStateException(
          "message bundle "
              + base
              + " has keys in one language only: zh "
              + onlyZh
              + ", en "
              + onlyEn);
    }
    return new Messages(base, zh, en);
  }

  /** A bundle of the patterns given, for tests of rendering. */
  static Messages of(
      String base, java.util.Map<String, String> zh, java.util.Map<String, String> en) {
    return new Messages(base, ImmutableMap.copyOf(zh), ImmutableMap.copyOf(en));
  }

  private static ImmutableMap<String, String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "message bundle file "
                + name
                + " not found next to "
                + anchor.getName()
                + " (in a named module, keep it outside any package or open the package to"
                + " org.cunzhi.core)");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
      for (String key : p.stringPropertyNames()) {
        // interned, so that looking up a key written in the code (a literal, interned too) finds
        // the same object and is decided by identity, not by comparing the characters
        b.put(key.intern(), p.getProperty(key));
      }
      return b.buildOrThrow();
    } catch (IOException e) {
      throw new IllegalStateException("message bundle file " + name + " could not be read", e);
    }
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return keys.slot(key) >= 0;
  }

  /** The keys of the bundle. */
  public Set<String> keys() {
    return zh.keySet();
  }

  /**
   * The message {@code key} with {@code args}, not yet rendered: it is written in a language only
   * when asked (see {@link Message}). A {@link LocalizedText} argument is rendered in the message's
   * own language; numbers are written plainly ({@code 2025}, never {@code 2,025}).
   *
   * @throws IllegalArgumentException when the bundle has no such key
   */
  public Message text(String key, Object... args) {
    if (keys.slot(key) < 0) {
      throw new IllegalArgumentException("message bundle " + base + " has no key \"" + key + "\"");
    }
    // copied straight from the array: Message keeps an ImmutableList as it is
    return new Message(this, key, com.google.common.collect.ImmutableList.copyOf(args));
  }

  /**
   * The message {@code key} with {@code args} written in {@code language} at once: the text of
   * {@code text(key, args).in(language)}, for a report that renders a label and keeps nothing.
   *
   * @throws IllegalArgumentException when the bundle has no such key
   * @throws NullPointerException when an argument is null, as for {@link #text}
   */
  public String format(LocalizedText.Language language, String key, Object... args) {
    requireNonNull(language, "language");
    if (!zh.containsKey(key)) {
      throw new IllegalArgumentException("message bundle " + base + " has no key \"" + key + "\"");
    }
    for (Object arg : args) {
      requireNonNull(arg, "args");
    }
    return render(key, language, java.util.Arrays.asList(args), ImmutableSortedMap.of());
  }

  /** The bundle's name, e.g. {@code /META-INF/cunzhi/example-county/messages}. */
  public String base() {
    return base;
  }

  /** The pattern of {@code key} in {@code language}, if the bundle has it. */
  public java.util.Optional<String> pattern(String key, LocalizedText.Language language) {
    return java.util.Optional.ofNullable(
        (language == LocalizedText.Language.EN ? en : zh).get(key));
  }

  private static final java.util.regex.Pattern NAMED =
      java.util.regex.Pattern.compile("\\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\}");

  /**
   * Renders {@code key} with {@code args} in {@code language}, as {@link MessageFormat} does, after
   * filling the parameters the pattern names from {@code named}.
   */
  String render(
      String key,
      LocalizedText.Language language,
      java.util.List<Object> args,
      java.util.Map<String, Object> named) {
    @org.jspecify.annotations.Nullable Template template = template(key, language);
    if (template != null) {
      return template.render(language, args, named);
    }
    return formatted(key, language, args, named);
  }

  /**
   * Renders as {@link #render} does, giving the text to {@code out} piece by piece (the pattern's
   * literal parts as they are and each argument's text) instead of joining the pieces first.
   */
  void render(
      String key,
      LocalizedText.Language language,
      java.util.List<Object> args,
      java.util.Map<String, Object> named,
      Consumer<? super String> out) {
    @org.jspecify.annotations.Nullable Template template = template(key, language);
    if (template != null) {
      template.render(language, args, named, out);
    } else {
      out.accept(formatted(key, language, args, named));
    }
  }

  /** Whether {@code key}'s pattern in {@code language} is written by a parsed template. */
  boolean hasTemplate(String key, LocalizedText.Language language) {
    return template(key, language) != null;
  }

  /** The parsed template of {@code key} in {@code language}, or null. */
  private @org.jspecify.annotations.Nullable Template template(
      String key, LocalizedText.Language language) {
    int slot = keys.slot(key);
    if (slot < 0) {
      return null;
    }
    boolean english = language == LocalizedText.Language.EN;
    @org.jspecify.annotations.Nullable Template[] templates = english ? enTemplates : zhTemplates;
    @org.jspecify.annotations.Nullable Template template = templates[slot];
    if (template == null) {
      String pattern = (english ? enPatterns : zhPatterns)[slot];
      Template parsed = pattern == null ? null : Template.parse(pattern);
      template = parsed == null ? Template.NONE : parsed;
      templates[slot] = template;
    }
    return template == Template.NONE ? null : template;
  }

  /**
   * A bundle's keys in an open-addressed table of their own, each at a fixed slot: a key is found
   * by its (cached) hash and, since the keys are interned as a literal in the code is, nearly
   * always by identity, at one load from one array; a key made at run time is compared by its
   * characters. Rendering a report looks a key up for every message, and a general map's entries,
   * each an object of its own, took about a twentieth of a batch's time.
   */
  private static final class KeyTable {
    private final String[] slots;
    private final int mask;

    KeyTable(Set<String> keys) {
      int size = Integer.highestOneBit(Math.max(4, keys.size() * 2 + 1)) << 1;
      slots = new String[size];
      mask = size - 1;
      for (String key : keys) {
        int i = start(key);
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = key;
      }
    }

    private int start(String key) {
      int h = key.hashCode();
      return (h ^ (h >>> 16)) & mask;
    }

    /** {@code key}'s slot, or -1 when the bundle has no such key. */
    int slot(String key) {
      int i = start(key);
      String[] s = slots;
      for (String k; (k = s[i]) != null; i = (i + 1) & mask) {
        if (k == key || k.equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * {@code patterns}, each at its key's slot; a key the table does not hold (which {@link
     * Messages#load} refuses, and only a test's bundle could have) gets none.
     */
    @org.jspecify.annotations.Nullable
    String[] placed(ImmutableMap<String, String> patterns) {
      @org.jspecify.annotations.Nullable String[] placed = new String[slots.length];
      patterns.forEach(
          (key, pattern) -> {
            int slot = slot(key);
            if (slot >= 0) {
              placed[slot] = pattern;
            }
          });
      return placed;
    }
  }

  /**
   * Renders as {@link #render} does, always by filling the named parameters and then {@link
   * MessageFormat}: the definition the templates follow.
   */
  String formatted(
      String key,
      LocalizedText.Language language,
      java.util.List<Object> args,
      java.util.Map<String, Object> named) {
    String pattern = (language == LocalizedText.Language.EN ? en : zh).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("message bundle " + base + " has no key \"" + key + "\"");
    }
    if (pattern.indexOf('{') >= 0 && NAMED.matcher(pattern).find()) {
      java.util.regex.Matcher m = NAMED.matcher(pattern);
      StringBuilder filled = new StringBuilder();
      while (m.find()) {
        Object value = named.get(m.group(1));
        String text = value == null ? m.group() : plain(value, language);
        m.appendReplacement(
            filled, java.util.regex.Matcher.quoteReplacement("'" + text.replace("'", "''") + "'"));
      }
      m.appendTail(filled);
      pattern = filled.toString();
    }
    if (args.isEmpty() && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    Object[] plain = new Object[args.size()];
    for (int i = 0; i < plain.length; i++) {
      plain[i] = plain(args.get(i), language);
    }
    Locale locale =
        language == LocalizedText.Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    return new MessageFormat(pattern, locale).format(plain);
  }

  /**
   * A pattern parsed once into literal text, positional arguments and named parameters, written by
   * concatenation with the very text that filling the named parameters and then {@link
   * MessageFormat} give (arguments are always turned into strings first, so no number or date
   * format of {@code MessageFormat}'s is ever involved). Only patterns of that plain form are
   * parsed: a literal, {@code ''} for a quote, {@code '...'} quoted text without a brace, {@code
   * {0}} and {@code {name}}; any other pattern (a format type such as {@code {0,number}}, a brace
   * inside quotes, an unclosed quote or brace) has no template and is rendered by {@code
   * MessageFormat} as before.
   */
  private static final class Template {
    /** Literal text (a String), an argument's index (an Integer) or a parameter's name (a Name). */
    private final Object[] parts;

    private record Name(String name) {}

    /** Said of a pattern that is not of the plain form: it has no template. */
    static final Template NONE = new Template(new Object[0]);

    private Template(Object[] parts) {
      this.parts = parts;
    }

    /** The template of {@code pattern}, or null when it is not of the plain form. */
    static @org.jspecify.annotations.Nullable Template parse(String pattern) {
      java.util.List<Object> parts = new java.util.ArrayList<>();
      StringBuilder literal = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (i < pattern.length()) {
        char c = pattern.charAt(i);
        if (c == '\'') {
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
            literal.append('\'');
            i += 2;
          } else {
            quoted = !quoted;
            i++;
          }
        } else if (c == '{' || c == '}') {
          if (quoted || c == '}') {
            return null; // a brace in quotes, or a lone closing brace: left to MessageFormat
          }
          int close = pattern.indexOf('}', i);
          if (close < 0) {
            return null;
          }
          String inside = pattern.substring(i + 1, close);
          Object part;
          if (!inside.isEmpty()
              && inside.length() <= 9
              && inside.chars().allMatch(Template::digit)) {
            part = Integer.parseInt(inside);
          } else if (NAMED.matcher(pattern.substring(i, close + 1)).matches()) {
            // Filling a name puts its text in quotes, 'text': a quote or another name right beside
            // it would pair with those quotes. Left to MessageFormat.
            boolean quoteBefore = i > 0 && pattern.charAt(i - 1) == '\'';
            boolean quoteAfter = close + 1 < pattern.length() && pattern.charAt(close + 1) == '\'';
            boolean nameBefore =
                literal.length() == 0
                    && !parts.isEmpty()
                    && parts.get(parts.size() - 1) instanceof Name;
            if (quoteBefore || quoteAfter || nameBefore) {
              return null;
            }
            part = new Name(inside);
          } else {
            return null;
          }
          if (literal.length() > 0) {
            parts.add(literal.toString());
            literal.setLength(0);
          }
          parts.add(part);
          i = close + 1;
        } else {
          literal.append(c);
          i++;
        }
      }
      if (quoted) {
        return null;
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
      }
      return new Template(parts.toArray());
    }

    private static boolean digit(int c) {
      return c >= '0' && c <= '9';
    }

    String render(
        LocalizedText.Language language,
        java.util.List<Object> args,
        java.util.Map<String, Object> named) {
      if (parts.length == 1 && parts[0] instanceof String only) {
        return only;
      }
      // The pieces first, then one string of their summed length in the right coder: a builder
      // would start in Latin-1 and copy itself to two bytes a character at the first Chinese one.
      String[] pieces = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Object part = parts[i];
        if (part instanceof String text) {
          pieces[i] = text;
        } else if (part instanceof Integer index) {
          pieces[i] =
              index < args.size()
                  ? plain(args.get(index), language)
                  : "{" + index.intValue() + "}"; // as MessageFormat leaves it
        } else {
          String name = ((Name) part).name();
          Object value = named.get(name);
          String text = value == null ? "{" + name + "}" : plain(value, language);
          // filled as '' (two quotes), which MessageFormat writes as one
          pieces[i] = text.isEmpty() ? "'" : text;
        }
      }
      return String.join("", pieces);
    }

    /** The pieces that the other {@code render} joins, given to {@code out} one by one. */
    void render(
        LocalizedText.Language language,
        java.util.List<Object> args,
        java.util.Map<String, Object> named,
        Consumer<? super String> out) {
      // a receiver that keeps literal pieces by identity is told which pieces are the pattern's
      @org.jspecify.annotations.Nullable
      LiteralSink literals = out instanceof LiteralSink sink ? sink : null;
      for (Object part : parts) {
        if (part instanceof String text) {
          if (literals != null) {
            literals.acceptLiteral(text);
          } else {
            out.accept(text);
          }
        } else if (part instanceof Integer index) {
          if (index < args.size()) {
            plain(args.get(index), language, out);
          } else {
            out.accept("{" + index.intValue() + "}"); // as MessageFormat leaves it
          }
        } else {
          String name = ((Name) part).name();
          Object value = named.get(name);
          String text = value == null ? "{" + name + "}" : plain(value, language);
          out.accept(text.isEmpty() ? "'" : text); // filled as '', which MessageFormat writes as '
        }
      }
    }
  }

  /** The text of {@link #plain(Object, LocalizedText.Language)}, given to {@code out} in pieces. */
  static void plain(Object arg, LocalizedText.Language language, Consumer<? super String> out) {
    if (arg instanceof String text) {
      out.accept(text);
    } else if (arg instanceof LocalizedText text) {
      text.render(language, out);
    } else {
      // a list too, joined as plain joins it: a separator only after text (an empty first item
      // has none after it)
      out.accept(plain(arg, language));
    }
  }

  /** An argument as text in {@code language}; see {@link Message} for the kinds of argument. */
  static String plain(Object arg, LocalizedText.Language language) {
    // A string, the usual argument, first: on Java 17 testing a String against one interface and
    // then another (LocalizedText, List) rewrites its one-entry cache of supertypes each time
    if (arg instanceof String text) {
      return text;
    }
    if (arg instanceof LocalizedText text) {
      return text.in(language);
    }
    if (arg instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    if (arg instanceof org.cunzhi.core.rate.Threshold t) {
      return Percents.percent(t) + "%";
    }
    if (arg instanceof Cadence c) {
      return core().text("cadence." + c.name()).in(language);
    }
    if (arg instanceof java.util.List<?> items) {
      StringBuilder joined = new StringBuilder();
      for (Object item : items) {
        if (joined.length() > 0) {
          joined.append(language == LocalizedText.Language.EN ? "; " : "；");
        }
        joined.append(plain(item, language));
      }
      return joined.toString();
    }
    return String.valueOf(arg);
  }

  /** A reason made from the message {@code key}. */
  public Reason reason(String key, Object... args) {
    return new Reason(key, text(key, args));
  }
}
