package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a standard: a stable id, short titles, where it comes from, whether part of it
 * is a veto, the parameters it reads, and the check that decides it.
 */
public final class Criterion {

  /** How inspectors' findings that name a criterion are used (DOMAIN S-7, CV-D8). */
  public enum Findings {
    /**
     * Applied, as DOSSIER-v1 says: a NOT_MET finding fails the criterion; a MET one settles only
     * what the data cannot. The default.
     */
    APPLIED,
    /**
     * Noted in the criterion's reasons, never applied: for a scored criterion, whose qualitative
     * part comes from scorecards only (CV-D8).
     */
    NOTED
  }

  private final String id;
  private final LocalizedText title;
  private final LegalReference reference;
  private final @Nullable LocalizedText vetoPart;
  private final ImmutableList<Parameter<?>> parameters;
  private final Check check;
  private final Findings findings;

  private Criterion(Builder b) {
    this.id = requireNonNull(b.id, "id");
    checkArgument(
        isWellFormedId(id), "criterion id must be dot-separated lower-case words, was \"%s\"", id);
    this.title = requireNonNull(b.title, "title of " + id);
    this.reference = requireNonNull(b.reference, "reference of " + id);
    this.vetoPart = b.vetoPart;
    this.parameters = ImmutableList.copyOf(b.parameters);
    this.check = requireNonNull(b.check, "check of " + id);
    this.findings = requireNonNull(b.findings, "findings of " + id);
  }

  /**
   * Whether {@code id} is of the form {@code family.part.item}: lower-case words, digits, hyphens.
   */
  public static boolean isWellFormedId(String id) {
    return id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
  }

  /** A builder for the criterion {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  public LocalizedText title() {
    return title;
  }

  /**
   * The title with {@code values} filled in where it names a parameter the criterion reads, so that
   * "知晓率达到{awareness-rate}以上" reads "知晓率达到95%以上" under a tailoring of 95%.
   */
  public LocalizedText title(org.cunzhi.core.rule.ParameterValues values) {
    if (!(title instanceof org.cunzhi.core.rule.Message message) || parameters().isEmpty()) {
      return title;
    }
    java.util.Map<String, Object> named = new java.util.TreeMap<>();
    for (Parameter<?> p : parameters()) {
      named.put(p.key(), values.get(p));
    }
    return message.withNamed(named);
  }

  public LegalReference reference() {
    return reference;
  }

  /** Whether part of this criterion is a veto (DOMAIN S-3). */
  public boolean carriesVeto() {
    return vetoPart != null;
  }

  /** Which part carries the veto, in plain words; empty when none. */
  public Optional<LocalizedText> vetoPart() {
    return Optional.ofNullable(vetoPart);
  }

  /** The parameters this criterion reads. */
  public ImmutableList<Parameter<?>> parameters() {
    return parameters;
  }

  /** The check that decides it. */
  public Check check() {
    return check;
  }

  /**
   * How inspectors' findings that name this criterion are used; {@link Findings#APPLIED} unless
   * set.
   */
  public Findings findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "Criterion[" + id + "]";
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder {
    private final String id;
    private @Nullable LocalizedText title;
    private @Nullable LegalReference reference;
    private @Nullable LocalizedText vetoPart;
    private List<Parameter<?>> parameters = ImmutableList.of();
    private @Nullable Check check;
    private Findings findings = Findings.APPLIED;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String zh, String en) {
      this.title = LocalizedText.of(zh, en);
      return this;
    }

    public Builder title(LocalizedText value) {
      this.title = value;
      return this;
    }

    public Builder reference(LegalReference value) {
      this.reference = value;
      return this;
    }

    /** Marks part of the criterion as a veto, naming the part. */
    public Builder veto(LocalizedText part) {
      this.vetoPart = part;
      return this;
    }

    public Builder parameters(List<? extends Parameter<?>> value) {
      this.parameters = ImmutableList.copyOf(value);
      return this;
    }

    public Builder parameters(Parameter<?>... value) {
      this.parameters = ImmutableList.copyOf(value);
      return this;
    }

    public Builder check(Check value) {
      this.check = value;
      return this;
    }

    /**
     * How inspectors' findings that name the criterion are used: {@link Findings#NOTED} for one
     * that takes none (DOMAIN CV-D8).
     */
    public Builder findings(Findings value) {
      this.findings = value;
      return this;
    }

    public Criterion build() {
      return new Criterion(this);
    }
  }
}
