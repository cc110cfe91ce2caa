package org.cunzhi.core.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.rule.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A tailoring: a county's or township's own id, version and parameter values for an existing
 * standard, written without code (DOMAIN S-5). Immutable.
 *
 * <p>A tailoring is a small properties file in UTF-8:
 *
 * <pre>
 * # An example county's tailoring of its city's village standard
 * id=example-county.demonstration-village
 * version=2025-1
 * base=example-city.demonstration-village
 * title.zh=示例县人口计生基层群众自治示范村标准
 * title.en=Example county demonstration village standard
 * authority=示例县卫生健康委员会
 * parameter.complaint-days=2
 * parameter.awareness-rate=&gt;= 92.5%
 * </pre>
 *
 * <ul>
 *   <li>{@code id} and {@code version} are required: the derived standard's own id (dot-separated
 *       lower-case words, different from the tailored standard's) and version.
 *   <li>{@code base}, optional: the id of the standard the tailoring is written for; applying it to
 *       another standard is an error.
 *   <li>{@code title.zh}, {@code title.en}, {@code authority}, {@code document}, optional: replace
 *       the tailored standard's title, issuing authority and document number.
 *   <li>{@code parameter.<key>}: a value for a parameter the standard declares (its own or its
 *       base's), in the parameter type's text: {@code 3}, {@code >= 90%}, {@code QUARTERLY}, inside
 *       the range the parameter declares.
 * </ul>
 *
 * <p>Any other key is an error. A tailoring is a standard that {@linkplain
 * Standard.Builder#extending extends} the tailored one, sets its parameters and adds no criteria:
 * the same definition a plugin writes in Java with {@link Standard.Builder#set(String, String)},
 * checked by the same code. {@link #parse} checks the file on its own (its keys and their form);
 * {@link #applyTo} joins it to the standard as the registry joins an extension, checking each value
 * against the parameter's declaration: its type and its range. Each reports every problem at once
 * in an {@link InvalidInputException}, one violation per problem with the pointer {@code /<property
 * key>} (e.g. {@code /parameter.complaint-days}).
 *
 * @param id the derived standard's id
 * @param version the derived standard's version
 * @param base the id of the standard it is written for; null when not said
 * @param titleZh the Chinese title; null to keep the tailored standard's
 * @param titleEn the English title; null to keep the tailored standard's
 * @param authority the issuing authority; null to keep the tailored standard's
 * @param document the document number; null to keep the tailored standard's
 * @param parameters parameter values as text, by parameter key
 */
public record Tailoring(
    String id,
    String version,
    @Nullable String base,
    @Nullable String titleZh,
    @Nullable String titleEn,
    @Nullable String authority,
    @Nullable String document,
    Map<String, String> parameters) {

  private static final String PARAMETER = "parameter.";
  private static final Set<String> KEYS =
      Set.of("id", "version", "base", "title.zh", "title.en", "authority", "document");

  public Tailoring {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    parameters = ImmutableSortedMap.copyOf(parameters);
  }

  /**
   * Reads a tailoring from {@code text}, the file's content.
   *
   * @throws InvalidInputException naming every problem: a missing id or version, an unknown key, a
   *     malformed id or parameter key, a key given twice
   */
  public static Tailoring parse(String text) {
    return parse(new StringReader(text));
  }

  /**
   * Reads a tailoring from {@code reader} (the caller opens the file as UTF-8).
   *
   * @throws InvalidInputException naming every problem
   * @throws UncheckedIOException when the reader fails
   */
  public static Tailoring parse(Reader reader) {
    Map<String, String> read = new TreeMap<>();
    Set<String> twice = new TreeSet<>();
    Properties p =
        new Properties() {
          private static final long serialVersionUID = 1L;

          @Override
          public synchronized @Nullable Object put(Object key, Object value) {
            if (read.put(key.toString(), value.toString()) != null) {
              twice.add(key.toString());
            }
            return super.put(key, value);
          }
        };
    try {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("the tailoring could not be read", e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new Violation("", "the tailoring is not a properties file: bad escape")));
    }
    List<Violation> problems = new ArrayList<>();
    for (String key : twice) {
      problems.add(at(key, "is given more than once; give each key once"));
    }
    Map<String, String> parameters = new TreeMap<>();
    read.forEach(
        (key, value) -> {
          if (key.startsWith(PARAMETER)) {
            String name = key.substring(PARAMETER.length());
            if (name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
              parameters.put(name, value.strip());
            } else {
              problems.add(
                  at(
                      key,
                      "names the parameter \""
                          + name
                          + "\", which is not lower-case words joined by hyphens"));
            }
          } else if (!KEYS.contains(key)) {
            problems.add(
                at(
                    key,
                    "is not a tailoring key; expected id, version, base, title.zh, title.en,"
                        + " authority, document or parameter.<key>"));
          }
        });
    String id = value(read, "id");
    String version = value(read, "version");
    if (id == null) {
      problems.add(at("id", "is missing; a tailoring needs its own standard id"));
    } else if (!Criterion.isWellFormedId(id)) {
      problems.add(
          at("id", "\"" + id + "\" is not dot-separated lower-case words, e.g. county.village"));
    }
    if (version == null) {
      problems.add(at("version", "is missing; a tailoring needs its own version"));
    }
    if (!problems.isEmpty() || id == null || version == null) {
      throw new InvalidInputException(problems);
    }
    return new Tailoring(
        id,
        version,
        value(read, "base"),
        value(read, "title.zh"),
        value(read, "title.en"),
        value(read, "authority"),
        value(read, "document"),
        parameters);
  }

  private static @Nullable String value(Map<String, String> read, String key) {
    String v = read.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Violation at(String key, String message) {
    return new Violation(Violation.child("", key), key + " " + message + ".");
  }

  /** The text set for the parameter {@code key}, if any. */
  public Optional<String> parameter(String key) {
    return Optional.ofNullable(parameters.get(key));
  }

  /**
   * The standard this tailoring defines, extending {@code standard}: this tailoring's id, version,
   * texts and values, {@code standard}'s dates, level, purpose, applicability and scoring, and no
   * criteria of its own. It is built with {@link Standard.Builder#set(String, String)} exactly as a
   * Java extension would be, and not yet joined: {@link #applyTo} joins it.
   *
   * @throws InvalidInputException naming every problem that can be seen without the base's
   *     declarations: a base that is not {@code standard}, an id equal to the standard's
   */
  public Standard definitionFor(Standard standard) {
    requireNonNull(standard, "standard");
    List<Violation> problems = new ArrayList<>();
    checkBase(standard, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return define(standard);
  }

  /**
   * The standard this tailoring derives from {@code standard}: {@linkplain #definitionFor its
   * definition} joined to {@code standard} through {@link Standard#withBase}, the join the registry
   * makes for any standard that extends another. Its criteria are {@code standard}'s, its values
   * {@code standard}'s overridden by this tailoring's, and it has its own fingerprint.
   *
   * @throws InvalidInputException naming every problem, each with the pointer of its property: a
   *     base that is not {@code standard}, an id equal to the standard's, a parameter the standard
   *     does not declare, a value that does not parse as the parameter's type or lies outside the
   *     range the parameter declares ({@code /parameter.window-years} for {@code 0})
   */
  public Standard applyTo(Standard standard) {
    requireNonNull(standard, "standard");
    List<Violation> problems = new ArrayList<>();
    checkBase(standard, problems);
    Standard defined = define(standard);
    for (Standard.SettingProblem p : Standard.settingProblems(defined, standard)) {
      problems.add(at(PARAMETER + p.key(), p.message()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    try {
      return defined.withBase(standard);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(
          List.of(at("base", "cannot be joined: " + String.valueOf(e.getMessage()))));
    }
  }

  private void checkBase(Standard standard, List<Violation> problems) {
    if (base != null && !base.equals(standard.id())) {
      problems.add(
          at(
              "base",
              "is \""
                  + base
                  + "\", but the tailoring is being applied to \""
                  + standard.id()
                  + "\""));
    }
    if (id.equals(standard.id())) {
      problems.add(at("id", "\"" + id + "\" must differ from the tailored standard's id"));
    }
  }

  /** The extending standard, unjoined: parameter keys were checked by {@link #parse}. */
  private Standard define(Standard standard) {
    LocalizedText t = standard.title();
    Standard.Builder b =
        Standard.builder(id)
            .extending(standard.id())
            .version(version)
            .title(titleZh != null ? titleZh : t.zh(), titleEn != null ? titleEn : t.en())
            .authority(authority != null ? authority : standard.authority())
            .documentNumber(document != null ? document : standard.documentNumber())
            .effective(standard.effectiveFrom(), standard.effectiveTo().orElse(null))
            .level(standard.level())
            .purpose(standard.purpose())
            .applicability(standard.applicability())
            .scoring(standard.scoring());
    parameters.forEach(b::set);
    return b.build();
  }
}
