package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.jspecify.annotations.Nullable;

/**
 * A standard: who issued it, when and where it applies, its criteria and parameters, and how it
 * scores. Immutable and safe to share between threads.
 *
 * <p>A standard may extend a base standard by id: it adds its own criteria to the base's. Until the
 * base is {@linkplain #withBase(Standard) resolved}, the standard {@linkplain #isBaseMissing()
 * misses its base}, and an evaluation against it cannot MEET.
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
  private final ScoringModel scoring;
  private final @Nullable String baseId;
  private final @Nullable Standard base;
  private final String fingerprint;

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
    this.values = b.values;
    this.scoring = b.scoring;
    this.baseId = b.baseId;
    this.base = base;
    checkUnique();
    checkValuesDeclared();
    checkScoring();
    this.fingerprint = "sha256:" + Hashing.sha256().hashString(canonical(), StandardCharsets.UTF_8);
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

  private void checkValuesDeclared() {
    if (baseId != null && base == null) {
      return; // values for the base's parameters are checked once the base is resolved
    }
    for (String key : values.values().keySet()) {
      checkArgument(
          parameter(key).isPresent(), "standard %s sets undeclared parameter %s", id, key);
    }
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

  /** The document number of the text it implements, e.g. 津人口计生委〔2025〕11号. */
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
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /** Every criterion evaluated: the resolved base's, then this standard's own. */
  public ImmutableList<Criterion> allCriteria() {
    return base == null
        ? criteria
        : ImmutableList.<Criterion>builder().addAll(base.allCriteria()).addAll(criteria).build();
  }

  /** The parameters this standard declares (not its base's). */
  public ImmutableList<Parameter<?>> parameters() {
    return parameters;
  }

  /** Every parameter in force: the resolved base's, then this standard's own. */
  public ImmutableList<Parameter<?>> allParameters() {
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

  /** The values set on this standard itself, without its base's. */
  public ParameterValues ownValues() {
    return values;
  }

  /** The values set on this standard (overriding defaults), the base's overridden by its own. */
  public ParameterValues values() {
    return base == null ? values : base.values().overriddenBy(values);
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
   * This standard with {@code resolvedBase} as its base.
   *
   * @throws IllegalStateException when this standard extends no base, or another one
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
    return fingerprint;
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
    return s.toString();
  }

  private static <T> String formatValue(Parameter<T> p, ParameterValues values) {
    return p.format(values.get(p));
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

    public Builder values(ParameterValues value) {
      this.values = requireNonNull(value, "values");
      return this;
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
