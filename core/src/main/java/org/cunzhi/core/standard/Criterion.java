package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Requirements;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a standard: a stable id, short titles, where it comes from, the check that
 * decides it, and what that check reads: the sections it needs, the parameters it reads and whether
 * part of it is a veto.
 *
 * <p>Those last facts come from the check, which describes itself ({@link Check#requirements()}):
 * core's checks and their combinations do. The builder's {@link Builder#sections}, {@link
 * Builder#parameters} and {@link Builder#veto} add what the check cannot tell, e.g. for a plain
 * lambda; the veto part's name is always given there.
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
  private final Requirements requirements;
  private final Check check;
  private final Findings findings;
  // the title last filled in, with the values it was filled from; never changes a title
  private volatile @Nullable Titled titled;

  private Criterion(Builder b) {
    this.id = requireNonNull(b.id, "id");
    checkArgument(
        isWellFormedId(id), "criterion id must be dot-separated lower-case words, was \"%s\"", id);
    this.title = requireNonNull(b.title, "title of " + id);
    this.reference = requireNonNull(b.reference, "reference of " + id);
    this.vetoPart = b.vetoPart;
    this.check = requireNonNull(b.check, "check of " + id);
    this.findings = requireNonNull(b.findings, "findings of " + id);
    Requirements declared = Requirements.none().needing(b.sections).reading(b.parameters);
    if (vetoPart != null) {
      declared = declared.withVeto();
    }
    this.requirements =
        requireNonNull(check.requirements(), "requirements of the check of " + id).and(declared);
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
    if (!(title instanceof org.cunzhi.core.rule.Message message)
        || requirements.parameters().isEmpty()) {
      return title;
    }
    Titled known = titled;
    if (known != null && known.values() == values) {
      return known.title(); // the same values, as a standard's evaluations give them
    }
    java.util.Map<String, Object> named = new java.util.TreeMap<>();
    for (Parameter<?> p : requirements.parameters()) {
      named.put(p.key(), values.get(p));
    }
    LocalizedText filled = message.withNamed(named);
    titled = new Titled(values, filled);
    return filled;
  }

  /** The title filled from the values last asked for. */
  private record Titled(org.cunzhi.core.rule.ParameterValues values, LocalizedText title) {}

  public LegalReference reference() {
    return reference;
  }

  /**
   * Whether part of this criterion is a veto (DOMAIN S-3): its check has a veto part ({@code
   * Checks.veto}), or the builder named one.
   */
  public boolean carriesVeto() {
    return requirements.carriesVeto();
  }

  /** Which part carries the veto, in plain words; empty when the builder named none. */
  public Optional<LocalizedText> vetoPart() {
    return Optional.ofNullable(vetoPart);
  }

  /** The parameters this criterion reads: its check's, then those the builder added. */
  public List<Parameter<?>> parameters() {
    return ImmutableList.copyOf(requirements.parameters());
  }

  /** The sections of a dossier this criterion reads: its check's and those the builder added. */
  public Set<Section> sections() {
    return requirements.sections();
  }

  /**
   * Everything this criterion reads and needs: its check's {@linkplain Check#requirements()
   * requirements} with what the builder added.
   */
  public Requirements requirements() {
    return requirements;
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
    private List<Section> sections = ImmutableList.of();
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

    /**
     * Names the part of the criterion that is a veto (its {@code Checks.veto} part), in plain
     * words; for a check that cannot tell, this also says that it has one.
     */
    public Builder veto(LocalizedText part) {
      this.vetoPart = part;
      return this;
    }

    /** Parameters the criterion reads beyond those its check describes (e.g. read by a lambda). */
    public Builder parameters(List<? extends Parameter<?>> value) {
      this.parameters = ImmutableList.copyOf(value);
      return this;
    }

    /** Parameters the criterion reads beyond those its check describes (e.g. read by a lambda). */
    public Builder parameters(Parameter<?>... value) {
      this.parameters = ImmutableList.copyOf(value);
      return this;
    }

    /**
     * Sections the criterion needs beyond those its check describes (e.g. read by a lambda): each
     * one it cannot pass without.
     */
    public Builder sections(Collection<Section> value) {
      this.sections = ImmutableList.copyOf(value);
      return this;
    }

    /**
     * Sections the criterion needs beyond those its check describes (e.g. read by a lambda): each
     * one it cannot pass without.
     */
    public Builder sections(Section... value) {
      return sections(Arrays.asList(value));
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
