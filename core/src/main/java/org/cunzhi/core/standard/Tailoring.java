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
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.jspecify.annotations.Nullable;

/**
 * A tailoring: a county's or township's own id, version and parameter values for an existing
 * standard, written without code (DOMAIN S-5). Immutable.
 *
 * <p>A tailoring is a small properties file in UTF-8:
 *
 * <pre>
 * # Xiqing district tailoring of the Tianjin village standard
 * id=tianjin.xiqing.demonstration-village
 * version=2025-1
 * base=tianjin.demonstration-village
 * title.zh=西青区人口计生基层群众自治示范村标准
 * title.en=Xiqing district demonstration village standard
 * authority=西青区人口计生委
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
 *       base's), in the parameter type's text: {@code 3}, {@code >= 90%}, {@code QUARTERLY}.
 * </ul>
 *
 * <p>Any other key is an error. {@link #parse} checks the file on its own; {@link #applyTo} checks
 * it against the standard. Each reports every problem at once in an {@link InvalidInputException},
 * one violation per problem with the pointer {@code /<property key>} (e.g. {@code
 * /parameter.complaint-days}).
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
   * The standard this tailoring derives from {@code standard}: the same criteria, scoring and
   * applicability, with this tailoring's id, version, texts and parameter values. The derived
   * standard has its own fingerprint; a resolved base stays resolved.
   *
   * @throws InvalidInputException naming every problem: a base that is not {@code standard}, an id
   *     equal to the standard's, a parameter the standard does not declare, a value not of the
   *     parameter's type
   */
  public Standard applyTo(Standard standard) {
    requireNonNull(standard, "standard");
    List<Violation> problems = new ArrayList<>();
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
    ParameterValues values = standard.ownValues();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      Optional<Parameter<?>> declared = standard.parameter(e.getKey());
      if (declared.isEmpty()) {
        problems.add(
            at(
                PARAMETER + e.getKey(),
                "is not a parameter of " + standard.id() + "; it declares " + declared(standard)));
        continue;
      }
      try {
        values = set(values, declared.get(), e.getValue());
      } catch (IllegalArgumentException bad) {
        problems.add(at(PARAMETER + e.getKey(), "is invalid: " + bad.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Standard.Builder b = standard.toBuilder().id(id).version(version).values(values);
    if (titleZh != null || titleEn != null) {
      LocalizedText t = standard.title();
      b.title(titleZh != null ? titleZh : t.zh(), titleEn != null ? titleEn : t.en());
    }
    if (authority != null) {
      b.authority(authority);
    }
    if (document != null) {
      b.documentNumber(document);
    }
    Standard derived = b.build();
    Optional<Standard> resolved = standard.base();
    return resolved.isPresent() ? derived.withBase(resolved.get()) : derived;
  }

  private static String declared(Standard standard) {
    List<String> keys = standard.allParameters().stream().map(Parameter::key).sorted().toList();
    return keys.isEmpty() ? "none" : String.join(", ", keys);
  }

  private static <T> ParameterValues set(ParameterValues values, Parameter<T> p, String text) {
    return values.with(p, p.type().parse(text));
  }
}
