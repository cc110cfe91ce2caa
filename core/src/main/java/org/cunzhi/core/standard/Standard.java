package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.jspecify.annotations.Nullable;

/**
 * A standard: who issued it, when and where it applies, its criteria and parameters, and how it
 * scores. Immutable and safe to share between threads.
 *
 * <p>A standard may extend a base standard by id: it adds its own criteria to the base's, and may
 * {@linkplain Builder#set(String, String) set the base's parameters} (a county that raises one base
 * threshold and adds one criterion of its own). Until the base is {@linkplain #withBase(Standard)
 * joined}, the standard {@linkplain #isBaseMissing() misses its base}, and an evaluation against it
 * cannot MEET. A tailoring file ({@link Tailoring}) builds exactly such a standard, with no
 * criteria of its own.
 *
 * <p>Values are checked twice: when the standard is built, as far as its own declarations allow (a
 * key's form; a value for one of its own parameters, or a typed value, against that parameter's
 * range); and when it is joined to its base, against the base's declarations (the key is a
 * parameter of the base; a value written as text parses as that parameter's type; every value is
 * inside its declared range). Either refusal is an {@link IllegalArgumentException} naming the
 * standard and each key at fault.
 */
public final class Standard {
  private final String id;
  private final String version;
  private final LocalizedText title;
  private final String authority;
  private final String documentNumber;
  private final LocalDate effectiveFrom;
  private final @Nullable LocalDate effectiveTo;
  private final JurisdictionLevel level;
  private final String purpose;
  private final Applicability applicability;
  private final ImmutableList<Criterion> criteria;
  private final ImmutableList<Parameter<?>> parameters;
  private final ParameterValues values;
  private final ImmutableSortedMap<String, String> pendingTexts;
  private final ScoringModel scoring;
  private final @Nullable String baseId;
  private final @Nullable Standard base;

  /**
   * Taken when first asked for (a process loads every plugin's standards and reports on a few):
   * computed again, to the same text, if two threads ask at once; a String is safe to share so.
   */
  private @Nullable String fingerprint;

  // what allCriteria() and values() give, made once: an evaluation asks for them every time
  private final ImmutableList<Criterion> allCriteria;
  private final ParameterValues valuesInForce;

  private Standard(Builder b, @Nullable Standard base) {
    this.id = requireNonNull(b.id, "id");
    checkArgument(
        Criterion.isWellFormedId(id),
        "standard id must be dot-separated lower-case words, was \"%s\"",
        id);
    this.version = requireNonNull(b.version, "version of " + id);
    this.title = requireNonNull(b.title, "title of " + id);
    this.authority = requireNonNull(b.authority, "authority of " + id);
    this.documentNumber = requireNonNull(b.documentNumber, "documentNumber of " + id);
    this.effectiveFrom = requireNonNull(b.effectiveFrom, "effectiveFrom of " + id);
    this.effectiveTo = b.effectiveTo;
    checkArgument(
        effectiveTo == null || !effectiveTo.isBefore(effectiveFrom),
        "standard %s ends (%s) before it starts (%s)",
        id,
        effectiveTo,
        effectiveFrom);
    this.level = requireNonNull(b.level, "level of " + id);
    this.purpose = b.purpose;
    checkArgument(
        purpose.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
        "purpose must be lower-case words joined by hyphens, was \"%s\"",
        purpose);
    this.applicability = requireNonNull(b.applicability, "applicability of " + id);
    this.criteria = ImmutableList.copyOf(b.criteria);
    this.parameters = ImmutableList.copyOf(b.parameters);
    this.scoring = b.scoring;
    this.baseId = b.baseId;
    this.base = base;
    this.allCriteria =
        base == null
            ? criteria
            : ImmutableList.<Criterion>builder()
                .addAll(base.allCriteria())
                .addAll(criteria)
                .build();
    checkUnique();
    Settled settled =
        settle(id, b.values, b.texts, parameters, base, baseId != null && base == null);
    checkArgument(
        settled.problems().isEmpty(),
        "%s",
        settled.problems().stream()
            .map(p -> "parameter " + p.key() + " of standard " + id + " " + p.message())
            .collect(Collectors.joining("; ")));
    this.values = settled.values();
    this.pendingTexts = settled.pending();
    this.valuesInForce = base == null ? values : base.values().overriddenBy(values);
    checkScoring();
  }

  private void checkUnique() {
    Set<String> ids = new HashSet<>();
    for (Criterion c : allCriteria()) {
      checkArgument(ids.add(c.id()), "standard %s has criterion %s twice", id, c.id());
    }
    Set<String> keys = new HashSet<>();
    for (Parameter<?> p : parameters) {
      checkArgument(keys.add(p.key()), "standard %s declares parameter %s twice", id, p.key());
    }
  }

  /**
   * One value set that cannot be taken.
   *
   * @param key the parameter's key
   * @param kind what is wrong
   * @param message what is wrong, to follow the key: {@code is not a parameter of …}, {@code is
   *     invalid: …}
   */
  record SettingProblem(String key, Kind kind, String message) {
    enum Kind {
      MALFORMED_KEY,
      UNKNOWN,
      INVALID,
      DECLARED_TWICE
    }
  }

  /** Values resolved against declarations, values left for the base, and what cannot be taken. */
  private record Settled(
      ParameterValues values,
      ImmutableSortedMap<String, String> pending,
      List<SettingProblem> problems) {}

  /**
   * Resolves the values {@code typed} and {@code texts} that the standard {@code id} sets, against
   * its own {@code parameters} and, when joined, its {@code base}'s: the one check that both {@link
   * Builder#build} and {@link #withBase} (and so the registry and {@link Tailoring}) run. Values
   * for keys neither declares are kept for the base when {@code awaitingBase}, else refused.
   */
  private static Settled settle(
      String id,
      ParameterValues typed,
      Map<String, String> texts,
      List<Parameter<?>> parameters,
      @Nullable Standard base,
      boolean awaitingBase) {
    List<Parameter<?>> declared = new ArrayList<>(parameters);
    List<SettingProblem> problems = new ArrayList<>();
    if (base != null) {
      Set<String> own = new HashSet<>();
      parameters.forEach(p -> own.add(p.key()));
      for (Parameter<?> p : base.allParameters()) {
        if (own.contains(p.key())) {
          problems.add(
              new SettingProblem(
                  p.key(),
                  SettingProblem.Kind.DECLARED_TWICE,
                  "is declared again, though its base "
                      + base.id()
                      + " declares it; set the base's parameter instead"));
        } else {
          declared.add(p);
        }
      }
    }
    String where =
        base == null ? id : parameters.isEmpty() ? base.id() : id + " or its base " + base.id();
    Map<String, Object> values = new TreeMap<>();
    Map<String, String> pending = new TreeMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String key = e.getKey();
      if (!key.matches(KEY)) {
        problems.add(
            new SettingProblem(
                key,
                SettingProblem.Kind.MALFORMED_KEY,
                "is not a parameter key: keys are lower-case words joined by hyphens"));
        continue;
      }
      Optional<Parameter<?>> p = find(declared, key);
      if (p.isEmpty()) {
        if (awaitingBase) {
          pending.put(key, e.getValue().strip());
        } else {
          problems.add(unknown(where, key, declared));
        }
        continue;
      }
      try {
        Object value = p.get().type().parse(e.getValue());
        checkValue(p.get(), value).ifPresent(problems::add);
        values.put(key, value);
      } catch (IllegalArgumentException bad) {
        problems.add(
            new SettingProblem(
                key,
                SettingProblem.Kind.INVALID,
                "is invalid: " + bad.getMessage() + "; expected " + p.get().rangeText()));
      }
    }
    for (Map.Entry<String, Object> e : typed.values().entrySet()) {
      String key = e.getKey();
      Optional<Parameter<?>> p = find(declared, key);
      if (p.isEmpty()) {
        if (awaitingBase) {
          values.put(key, e.getValue());
        } else {
          problems.add(unknown(where, key, declared));
        }
        continue;
      }
      checkValue(p.get(), e.getValue()).ifPresent(problems::add);
      values.put(key, e.getValue());
    }
    return new Settled(new ParameterValues(values), ImmutableSortedMap.copyOf(pending), problems);
  }

  private static final String KEY = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  private static Optional<Parameter<?>> find(List<Parameter<?>> declared, String key) {
    return declared.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  private static SettingProblem unknown(String where, String key, List<Parameter<?>> declared) {
    List<String> keys = declared.stream().map(Parameter::key).sorted().toList();
    return new SettingProblem(
        key,
        SettingProblem.Kind.UNKNOWN,
        "is not a parameter of "
            + where
            + (keys.isEmpty() ? ", which declares none" : ", which declares only ")
            + String.join(", ", keys));
  }

  private static <T> Optional<SettingProblem> checkValue(Parameter<T> p, Object value) {
    if (!p.type().javaType().isInstance(value)) {
      return Optional.of(
          new SettingProblem(
              p.key(),
              SettingProblem.Kind.INVALID,
              "is invalid: "
                  + p.key()
                  + " is a "
                  + p.type().name()
                  + ", not a "
                  + value.getClass().getSimpleName()));
    }
    return p.checkValue(p.type().javaType().cast(value))
        .map(m -> new SettingProblem(p.key(), SettingProblem.Kind.INVALID, "is invalid: " + m));
  }

  /**
   * What keeps {@code extension} from being joined to {@code base} as far as the values it sets go:
   * the check {@link #withBase} runs, one problem per key; empty when they fit.
   */
  static List<SettingProblem> settingProblems(Standard extension, Standard base) {
    return settle(
            extension.id,
            extension.values,
            extension.pendingTexts,
            extension.parameters,
            base,
            false)
        .problems();
  }

  private void checkScoring() {
    if (!(scoring instanceof ScoringModel.WeightedPoints points) || isBaseMissing()) {
      return; // the base's criteria are checked once it is resolved
    }
    Set<String> ids = new HashSet<>();
    for (Criterion c : allCriteria()) {
      ids.add(c.id());
      checkArgument(
          points.points().containsKey(c.id()),
          "standard %s scores by points but gives none to criterion %s",
          id,
          c.id());
    }
    for (String key : points.points().keySet()) {
      checkArgument(ids.contains(key), "standard %s gives points to unknown criterion %s", id, key);
    }
    for (Parameter<?> p : points.parameters()) {
      checkArgument(
          parameter(p.key()).filter(p::equals).isPresent(),
          "standard %s scores with parameter %s but does not declare it",
          id,
          p.key());
    }
  }

  /** A builder for the standard {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder that starts from this standard (without its resolved base). */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.version = version;
    b.title = title;
    b.authority = authority;
    b.documentNumber = documentNumber;
    b.effectiveFrom = effectiveFrom;
    b.effectiveTo = effectiveTo;
    b.level = level;
    b.purpose = purpose;
    b.applicability = applicability;
    b.criteria = criteria;
    b.parameters = parameters;
    b.values = values;
    b.texts = new TreeMap<>(pendingTexts);
    b.scoring = scoring;
    b.baseId = baseId;
    return b;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public LocalizedText title() {
    return title;
  }

  /** The issuing authority. */
  public String authority() {
    return authority;
  }

  /** The document number of the text it implements, e.g. 示例县卫健委〔2025〕3号. */
  public String documentNumber() {
    return documentNumber;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The last day it is in effect; empty when open-ended. */
  public Optional<LocalDate> effectiveTo() {
    return Optional.ofNullable(effectiveTo);
  }

  /** Whether it is in effect on {@code date}. */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  public JurisdictionLevel level() {
    return level;
  }

  /**
   * What the standard is for, e.g. {@code demonstration} (示范村（居）) or {@code integrity} (诚信计生,
   * CV-1). Only standards with the same purpose shadow each other (D-ADM-4).
   */
  public String purpose() {
    return purpose;
  }

  public Applicability applicability() {
    return applicability;
  }

  /** The criteria this standard itself defines (not its base's). */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** Every criterion evaluated: the resolved base's, then this standard's own. */
  public List<Criterion> allCriteria() {
    return allCriteria;
  }

  /** The parameters this standard declares (not its base's). */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /** Every parameter in force: the resolved base's, then this standard's own. */
  public List<Parameter<?>> allParameters() {
    return base == null
        ? parameters
        : ImmutableList.<Parameter<?>>builder()
            .addAll(base.allParameters())
            .addAll(parameters)
            .build();
  }

  /** The declared parameter with {@code key}, if any (this standard's or its base's). */
  public Optional<Parameter<?>> parameter(String key) {
    return allParameters().stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /**
   * The values set on this standard itself, without its base's. Values written as text for a base
   * not yet joined are not among them (see {@link #settings()}).
   */
  public ParameterValues ownValues() {
    return values;
  }

  /**
   * Every value this standard sets itself, by key, as canonical text ({@code >= 95%}); a value
   * written as text for a base not yet joined appears as it was written.
   */
  public SortedMap<String, String> settings() {
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, Object> e : values.values().entrySet()) {
      Optional<Parameter<?>> declared = parameter(e.getKey());
      b.put(
          e.getKey(),
          declared.isPresent()
              ? declared.get().type().formatUnchecked(e.getValue())
              : String.valueOf(e.getValue()));
    }
    b.putAll(pendingTexts);
    return b.build();
  }

  /** The values set on this standard (overriding defaults), the base's overridden by its own. */
  public ParameterValues values() {
    return valuesInForce;
  }

  /** The value in force for {@code parameter}. */
  public <T> T valueOf(Parameter<T> parameter) {
    return values().get(parameter);
  }

  public ScoringModel scoring() {
    return scoring;
  }

  /** The id of the standard this one extends; empty when none. */
  public Optional<String> baseId() {
    return Optional.ofNullable(baseId);
  }

  /** The resolved base; empty when there is none or it is missing. */
  public Optional<Standard> base() {
    return Optional.ofNullable(base);
  }

  /**
   * Whether this standard extends a base that has not been resolved, or whose own base is missing
   * (DOMAIN TJ-R): its criteria are then incomplete, and it can never MEET.
   */
  public boolean isBaseMissing() {
    return baseId != null && (base == null || base.isBaseMissing());
  }

  /**
   * This standard joined to {@code resolvedBase}: its criteria follow the base's, and the values it
   * sets are checked against the base's declarations (see the class description). The registry
   * joins standards this way ({@link Standards#resolve}), and so does {@link Tailoring#applyTo}.
   *
   * @throws IllegalStateException when this standard extends no base, or another one
   * @throws IllegalArgumentException naming the standard and each key, when a value it sets is not
   *     a parameter of the base, does not parse as its type, or is outside its declared range; or
   *     when a criterion id is in both, or points do not fit
   */
  public Standard withBase(Standard resolvedBase) {
    checkState(baseId != null, "standard %s extends no base", id);
    checkState(
        baseId.equals(resolvedBase.id()),
        "standard %s extends %s, not %s",
        id,
        baseId,
        resolvedBase.id());
    return new Standard(toBuilder(), resolvedBase);
  }

  /**
   * The SHA-256 fingerprint of the canonical definition, with the parameter values in force and the
   * resolved base's fingerprint: {@code sha256:<hex>}. Equal definitions give equal fingerprints;
   * any change to a criterion, a parameter value or the base changes it.
   */
  public String fingerprint() {
    String taken = fingerprint;
    if (taken == null) {
      taken = "sha256:" + Hashing.sha256().hashString(canonical(), StandardCharsets.UTF_8);
      fingerprint = taken;
    }
    return taken;
  }

  /** The canonical text the fingerprint is taken of. */
  public String canonical() {
    StringBuilder s = new StringBuilder();
    line(s, "standard", id);
    line(s, "version", version);
    line(s, "title.zh", title.zh());
    line(s, "title.en", title.en());
    line(s, "authority", authority);
    line(s, "document", documentNumber);
    line(s, "effective-from", effectiveFrom.toString());
    line(s, "effective-to", String.valueOf(effectiveTo));
    line(s, "level", level.name());
    line(s, "purpose", purpose);
    line(s, "applies-to.kinds", applicability.kinds().toString());
    line(s, "applies-to.prefixes", applicability.codePrefixes().toString());
    line(s, "scoring", scoring.toString());
    line(s, "extends", String.valueOf(baseId));
    line(s, "base", base == null ? "none" : base.fingerprint());
    for (Criterion c : criteria) {
      line(s, "criterion", c.id());
      line(s, "  title.zh", c.title().zh());
      line(s, "  title.en", c.title().en());
      line(s, "  reference", c.reference().toString());
      line(s, "  veto", c.vetoPart().map(LocalizedText::en).orElse("none"));
      for (Parameter<?> p : c.parameters()) {
        line(s, "  reads", p.key());
      }
      if (c.findings() != Criterion.Findings.APPLIED) {
        line(s, "  findings", c.findings().name());
      }
    }
    ParameterValues inForce = values();
    for (Parameter<?> p : parameters) {
      line(s, "parameter", p.key());
      line(s, "  type", p.type().name());
      line(s, "  unit", p.unit());
      line(s, "  source", p.source().toString());
      line(s, "  value", formatValue(p, inForce));
      line(s, "  range", formatRange(p));
      line(s, "  stricter", p.stricter().name());
    }
    // values this standard sets for its base's parameters (the base's own are in its fingerprint)
    Set<String> own = new HashSet<>();
    parameters.forEach(p -> own.add(p.key()));
    for (Map.Entry<String, Object> e : values.values().entrySet()) {
      if (!own.contains(e.getKey())) {
        Optional<Parameter<?>> declared = parameter(e.getKey());
        line(
            s,
            "sets " + e.getKey(),
            declared.isPresent()
                ? declared.get().type().formatUnchecked(e.getValue())
                : String.valueOf(e.getValue()));
      }
    }
    pendingTexts.forEach((key, text) -> line(s, "sets " + key, text));
    return s.toString();
  }

  private static <T> String formatValue(Parameter<T> p, ParameterValues values) {
    return p.format(values.get(p));
  }

  private static <T> String formatRange(Parameter<T> p) {
    return p.format(p.least()) + " .. " + p.format(p.greatest());
  }

  private static void line(StringBuilder s, String key, String value) {
    s.append(key)
        .append(": ")
        .append(value.replace("\\", "\\\\").replace("\n", "\\n"))
        .append('\n');
  }

  @Override
  public String toString() {
    return "Standard[" + id + " " + version + "]";
  }

  /** Builds a {@link Standard}. */
  public static final class Builder {
    private String id;
    private @Nullable String version;
    private @Nullable LocalizedText title;
    private @Nullable String authority;
    private @Nullable String documentNumber;
    private @Nullable LocalDate effectiveFrom;
    private @Nullable LocalDate effectiveTo;
    private @Nullable JurisdictionLevel level;
    private String purpose = "demonstration";
    private @Nullable Applicability applicability;
    private List<Criterion> criteria = ImmutableList.of();
    private List<Parameter<?>> parameters = ImmutableList.of();
    private ParameterValues values = ParameterValues.none();
    private SortedMap<String, String> texts = new TreeMap<>();
    private ScoringModel scoring = ScoringModel.allMustPass();
    private @Nullable String baseId;

    private Builder(String id) {
      this.id = id;
    }

    /** Changes the id, e.g. for a standard derived from another. */
    public Builder id(String value) {
      this.id = requireNonNull(value, "id");
      return this;
    }

    public Builder version(String value) {
      this.version = value;
      return this;
    }

    public Builder title(String zh, String en) {
      this.title = LocalizedText.of(zh, en);
      return this;
    }

    public Builder authority(String value) {
      this.authority = value;
      return this;
    }

    public Builder documentNumber(String value) {
      this.documentNumber = value;
      return this;
    }

    public Builder effective(LocalDate from, @Nullable LocalDate to) {
      this.effectiveFrom = from;
      this.effectiveTo = to;
      return this;
    }

    public Builder level(JurisdictionLevel value) {
      this.level = value;
      return this;
    }

    /** What the standard is for; {@code demonstration} unless set. */
    public Builder purpose(String value) {
      this.purpose = requireNonNull(value, "purpose");
      return this;
    }

    public Builder applicability(Applicability value) {
      this.applicability = value;
      return this;
    }

    public Builder criteria(List<Criterion> value) {
      this.criteria = ImmutableList.copyOf(value);
      return this;
    }

    public Builder parameters(List<? extends Parameter<?>> value) {
      this.parameters = ImmutableList.copyOf(value);
      return this;
    }

    /** Replaces every value set so far with {@code value}. */
    public Builder values(ParameterValues value) {
      this.values = requireNonNull(value, "values");
      this.texts = new TreeMap<>();
      return this;
    }

    /**
     * Sets the parameter {@code key}, this standard's own or (for a standard that {@linkplain
     * #extending extends} another) its base's, to the value written {@code valueText} as the
     * parameter's type writes it: {@code 3}, {@code >= 95%}, {@code MONTHLY}. This is how a county
     * standard tightens a municipal threshold without depending on the municipal plugin:
     *
     * <pre>{@code
     * Standard.builder("example-county.demonstration-village")
     *     .extending("example-city.demonstration-village")
     *     .set("awareness-rate", ">= 95%")
     *     .criteria(List.of(ownCriterion))
     *     ...
     * }</pre>
     *
     * <p>{@link #build} checks the key's form, and the value when the key is one of this standard's
     * own parameters; joining the base ({@link Standard#withBase}, as the registry does) checks the
     * rest. A later call for the same key replaces the earlier.
     */
    public Builder set(String key, String valueText) {
      requireNonNull(key, "key");
      requireNonNull(valueText, "valueText");
      this.values = without(values, key);
      this.texts = new TreeMap<>(texts);
      this.texts.put(key, valueText);
      return this;
    }

    /**
     * Sets {@code parameter} to {@code value}, checked at once against the parameter's declared
     * range, and again against the base's declaration when the base is joined.
     *
     * @throws IllegalArgumentException naming the key, when the value is outside the range
     */
    public <T> Builder set(Parameter<T> parameter, T value) {
      requireNonNull(parameter, "parameter");
      this.values = values.with(parameter, value);
      this.texts = new TreeMap<>(texts);
      this.texts.remove(parameter.key());
      return this;
    }

    private static ParameterValues without(ParameterValues values, String key) {
      Map<String, Object> kept = new TreeMap<>(values.values());
      kept.remove(key);
      return new ParameterValues(kept);
    }

    public Builder scoring(ScoringModel value) {
      this.scoring = requireNonNull(value, "scoring");
      return this;
    }

    /** Makes the standard extend the standard {@code id}. */
    public Builder extending(@Nullable String id) {
      this.baseId = id;
      return this;
    }

    public Standard build() {
      return new Standard(this, null);
    }
  }
}
