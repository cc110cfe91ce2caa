package org.cunzhi.core.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two standards, e.g. a municipal standard and a county's tailoring of it, or
 * two versions of one standard: metadata, criteria added, removed or changed (title, reference,
 * veto), parameters added or removed, and values in force changed, compared by canonical text.
 * Criteria and parameters are compared as evaluated: the resolved base's with the standard's own.
 *
 * @param from the first standard, as {@code id version}
 * @param to the second standard, as {@code id version}
 * @param metadata metadata fields that changed
 * @param criteriaAdded ids of criteria only the second has
 * @param criteriaRemoved ids of criteria only the first has
 * @param criteriaChanged criteria both have that changed
 * @param parametersAdded keys of parameters only the second declares
 * @param parametersRemoved keys of parameters only the first declares
 * @param valuesChanged values in force that changed, for parameters both declare
 */
public record StandardDiff(
    String from,
    String to,
    List<Change> metadata,
    List<String> criteriaAdded,
    List<String> criteriaRemoved,
    List<CriterionChange> criteriaChanged,
    List<String> parametersAdded,
    List<String> parametersRemoved,
    List<Change> valuesChanged) {

  public StandardDiff {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    metadata = ImmutableList.copyOf(metadata);
    criteriaAdded = ImmutableList.copyOf(criteriaAdded);
    criteriaRemoved = ImmutableList.copyOf(criteriaRemoved);
    criteriaChanged = ImmutableList.copyOf(criteriaChanged);
    parametersAdded = ImmutableList.copyOf(parametersAdded);
    parametersRemoved = ImmutableList.copyOf(parametersRemoved);
    valuesChanged = ImmutableList.copyOf(valuesChanged);
  }

  /**
   * One changed field.
   *
   * @param field the field, e.g. {@code version}, {@code title.zh}, or a parameter key
   * @param before its text in the first standard
   * @param after its text in the second
   */
  public record Change(String field, String before, String after) {
    public Change {
      requireNonNull(field, "field");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    @Override
    public String toString() {
      return field + ": " + before + " → " + after;
    }
  }

  /**
   * A criterion both standards have, and what changed in it.
   *
   * @param id the criterion's id
   * @param changes the fields that changed
   */
  public record CriterionChange(String id, List<Change> changes) {
    public CriterionChange {
      requireNonNull(id, "id");
      changes = ImmutableList.copyOf(changes);
    }
  }

  /** What differs from {@code a} to {@code b}. */
  public static StandardDiff between(Standard a, Standard b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    List<Change> metadata = new ArrayList<>();
    Map<String, String> ma = metadata(a);
    Map<String, String> mb = metadata(b);
    ma.forEach((field, before) -> compare(metadata, field, before, mb.get(field)));

    Map<String, Criterion> ca = byId(a.allCriteria());
    Map<String, Criterion> cb = byId(b.allCriteria());
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<CriterionChange> changed = new ArrayList<>();
    for (String id : cb.keySet()) {
      if (!ca.containsKey(id)) {
        added.add(id);
      }
    }
    ca.forEach(
        (id, before) -> {
          Criterion after = cb.get(id);
          if (after == null) {
            removed.add(id);
            return;
          }
          List<Change> changes = new ArrayList<>();
          compare(changes, "title.zh", before.title().zh(), after.title().zh());
          compare(changes, "title.en", before.title().en(), after.title().en());
          compare(
              changes, "reference", before.reference().toString(), after.reference().toString());
          compare(changes, "veto", veto(before), veto(after));
          if (!changes.isEmpty()) {
            changed.add(new CriterionChange(id, changes));
          }
        });

    Map<String, String> pa = values(a);
    Map<String, String> pb = values(b);
    List<String> paramsAdded = new ArrayList<>();
    List<String> paramsRemoved = new ArrayList<>();
    List<Change> values = new ArrayList<>();
    for (String key : pb.keySet()) {
      if (!pa.containsKey(key)) {
        paramsAdded.add(key);
      }
    }
    pa.forEach(
        (key, before) -> {
          String after = pb.get(key);
          if (after == null) {
            paramsRemoved.add(key);
          } else {
            compare(values, key, before, after);
          }
        });
    return new StandardDiff(
        a.id() + " " + a.version(),
        b.id() + " " + b.version(),
        metadata,
        added,
        removed,
        changed,
        paramsAdded,
        paramsRemoved,
        values);
  }

  /** Whether the two standards define the same thing (their fingerprints may still differ). */
  public boolean isEmpty() {
    return metadata.isEmpty()
        && criteriaAdded.isEmpty()
        && criteriaRemoved.isEmpty()
        && criteriaChanged.isEmpty()
        && parametersAdded.isEmpty()
        && parametersRemoved.isEmpty()
        && valuesChanged.isEmpty();
  }

  private static Map<String, String> metadata(Standard s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("version", s.version());
    m.put("title.zh", s.title().zh());
    m.put("title.en", s.title().en());
    m.put("authority", s.authority());
    m.put("document", s.documentNumber());
    m.put("effective-from", s.effectiveFrom().toString());
    m.put("effective-to", s.effectiveTo().map(Object::toString).orElse("open"));
    m.put("level", s.level().name());
    m.put("purpose", s.purpose());
    m.put("applies-to.kinds", s.applicability().kinds().toString());
    m.put("applies-to.prefixes", s.applicability().codePrefixes().toString());
    m.put("scoring", s.scoring().toString());
    m.put("extends", s.baseId().orElse("none"));
    return m;
  }

  private static Map<String, Criterion> byId(List<Criterion> criteria) {
    Map<String, Criterion> m = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      m.put(c.id(), c);
    }
    return m;
  }

  private static String veto(Criterion c) {
    return c.vetoPart().map(LocalizedText::zh).orElse("none");
  }

  private static Map<String, String> values(Standard s) {
    Map<String, String> m = new LinkedHashMap<>();
    ParameterValues inForce = s.values();
    for (Parameter<?> p : s.allParameters()) {
      m.put(p.key(), format(p, inForce));
    }
    return m;
  }

  private static <T> String format(Parameter<T> p, ParameterValues values) {
    return p.format(values.get(p));
  }

  private static void compare(
      List<Change> out, String field, String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      out.add(new Change(field, before, after == null ? "" : after));
    }
  }

  /** A readable, line-by-line account, e.g. for {@code cunzhi standards diff}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(from).append(" → ").append(to).append('\n');
    if (isEmpty()) {
      return s.append("  no differences\n").toString();
    }
    for (Change c : metadata) {
      s.append("  ~ ").append(c).append('\n');
    }
    for (String id : criteriaAdded) {
      s.append("  + criterion ").append(id).append('\n');
    }
    for (String id : criteriaRemoved) {
      s.append("  - criterion ").append(id).append('\n');
    }
    for (CriterionChange c : criteriaChanged) {
      for (Change ch : c.changes()) {
        s.append("  ~ criterion ").append(c.id()).append(' ').append(ch).append('\n');
      }
    }
    for (String key : parametersAdded) {
      s.append("  + parameter ").append(key).append('\n');
    }
    for (String key : parametersRemoved) {
      s.append("  - parameter ").append(key).append('\n');
    }
    for (Change c : valuesChanged) {
      s.append("  ~ parameter ").append(c).append('\n');
    }
    return s.toString();
  }
}
