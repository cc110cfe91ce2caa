package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * What a check says about itself: the sections of a dossier it reads, which of them it needs, the
 * parameters it reads, and whether part of it is a veto (DOMAIN S-3). Core's checks describe
 * themselves, and their combinations ({@link Checks#allOf}, {@link Checks#requires}, {@link
 * Checks#veto} …) describe the sum of their parts, so a criterion states each of these facts once:
 * in its check tree ({@link Check#requirements()}). Immutable.
 *
 * <p>A check needs a section when it cannot pass without it (DOSSIER-v1: a missing section is
 * missing evidence, never silently a pass). Needs come in groups: a check needs a group when it
 * cannot pass without every section of the group, though any one of them may settle it (S-9:
 * association work shown by activities alone passes with meetings absent). A section needed on its
 * own is a group of one.
 *
 * <p>A check that does not describe itself (a plain lambda) has {@link #unknown()} requirements; a
 * combination with such a part is {@linkplain #isComplete() incomplete}: it may read more than it
 * says.
 */
public final class Requirements {
  private static final Requirements UNKNOWN =
      new Requirements(ImmutableSet.of(), ImmutableList.of(), ImmutableList.of(), false, false);
  private static final Requirements NONE =
      new Requirements(ImmutableSet.of(), ImmutableList.of(), ImmutableList.of(), false, true);

  private final ImmutableSet<Section> sections;
  private final ImmutableList<ImmutableSet<Section>> needs;
  private final ImmutableList<Parameter<?>> parameters;
  private final boolean carriesVeto;
  private final boolean complete;

  private Requirements(
      ImmutableSet<Section> sections,
      ImmutableList<ImmutableSet<Section>> needs,
      ImmutableList<Parameter<?>> parameters,
      boolean carriesVeto,
      boolean complete) {
    this.sections = sections;
    this.needs = needs;
    this.parameters = parameters;
    this.carriesVeto = carriesVeto;
    this.complete = complete;
  }

  /** What is known of a check that does not describe itself: nothing. */
  public static Requirements unknown() {
    return UNKNOWN;
  }

  /** The requirements of a check that reads nothing and says so; the start of a description. */
  public static Requirements none() {
    return NONE;
  }

  /**
   * What all of {@code parts} read and need together ({@link Checks#allOf}): every section, need
   * and parameter of each, a veto when any has one; complete when each is.
   */
  public static Requirements allOf(List<Requirements> parts) {
    Set<Section> sections = EnumSet.noneOf(Section.class);
    Set<ImmutableSet<Section>> needs = new LinkedHashSet<>();
    Set<Parameter<?>> parameters = new LinkedHashSet<>();
    boolean veto = false;
    boolean complete = true;
    for (Requirements r : parts) {
      sections.addAll(r.sections);
      needs.addAll(r.needs);
      parameters.addAll(r.parameters);
      veto |= r.carriesVeto;
      complete &= r.complete;
    }
    return new Requirements(
        Sets.immutableEnumSet(sections),
        withoutImplied(needs),
        ImmutableList.copyOf(parameters),
        veto,
        complete);
  }

  /** The groups, without those that hold another whole: needing that other already says it. */
  private static ImmutableList<ImmutableSet<Section>> withoutImplied(
      Collection<ImmutableSet<Section>> groups) {
    ImmutableList.Builder<ImmutableSet<Section>> kept = ImmutableList.builder();
    for (ImmutableSet<Section> g : groups) {
      boolean implied = false;
      for (ImmutableSet<Section> other : groups) {
        implied |= other.size() < g.size() && g.containsAll(other);
      }
      if (!implied) {
        kept.add(g);
      }
    }
    return kept.build();
  }

  /**
   * What any of {@code parts} reads ({@link Checks#anyOf}): every section and parameter of each, a
   * veto when any has one. It needs one group, every section any part needs, and only when each
   * part needs some: without all of them no part can pass.
   */
  public static Requirements anyOf(List<Requirements> parts) {
    Requirements all = allOf(parts);
    Set<Section> union = EnumSet.noneOf(Section.class);
    boolean eachNeeds = !parts.isEmpty();
    for (Requirements r : parts) {
      eachNeeds &= !r.needs.isEmpty();
      r.needs.forEach(union::addAll);
    }
    return new Requirements(
        all.sections,
        eachNeeds ? ImmutableList.of(Sets.immutableEnumSet(union)) : ImmutableList.of(),
        all.parameters,
        all.carriesVeto,
        all.complete);
  }

  /** These requirements and {@code other}'s, as {@link #allOf(List)} combines them. */
  public Requirements and(Requirements other) {
    return allOf(List.of(this, requireNonNull(other, "other")));
  }

  /** These, also reading and needing each of {@code needed} on its own. */
  public Requirements needing(Section... needed) {
    return needing(Arrays.asList(needed));
  }

  /** These, also reading and needing each of {@code needed} on its own. */
  public Requirements needing(Collection<Section> needed) {
    List<Requirements> parts = new ArrayList<>();
    parts.add(this);
    for (Section s : needed) {
      ImmutableSet<Section> one = Sets.immutableEnumSet(EnumSet.of(requireNonNull(s, "section")));
      parts.add(new Requirements(one, ImmutableList.of(one), ImmutableList.of(), false, true));
    }
    return allOf(parts);
  }

  /**
   * These, also reading {@code alternatives}, any one of which may settle the check (S-9): it
   * cannot pass only without all of them.
   */
  public Requirements needingAnyOf(Section... alternatives) {
    return needingAnyOf(Arrays.asList(alternatives));
  }

  /**
   * These, also reading {@code alternatives}, any one of which may settle the check (S-9): it
   * cannot pass only without all of them.
   */
  public Requirements needingAnyOf(Collection<Section> alternatives) {
    if (alternatives.isEmpty()) {
      return this;
    }
    ImmutableSet<Section> group = Sets.immutableEnumSet(alternatives);
    return and(new Requirements(group, ImmutableList.of(group), ImmutableList.of(), false, true));
  }

  /**
   * These, also reading the sections {@code read} without needing them: the check may pass without
   * them (S-9), but what it finds can change when they are there.
   */
  public Requirements reading(Section... read) {
    ImmutableSet<Section> more = ImmutableSet.<Section>builder().addAll(sections).add(read).build();
    return new Requirements(Sets.immutableEnumSet(more), needs, parameters, carriesVeto, complete);
  }

  /** These, also reading {@code read}. */
  public Requirements reading(Parameter<?>... read) {
    return reading(Arrays.asList(read));
  }

  /** These, also reading {@code read}. */
  public Requirements reading(Collection<? extends Parameter<?>> read) {
    for (Parameter<?> p : read) {
      requireNonNull(p, "parameter");
    }
    return and(
        new Requirements(
            ImmutableSet.of(), ImmutableList.of(), ImmutableList.copyOf(read), false, true));
  }

  /** These, with a veto part ({@link Checks#veto}). */
  public Requirements withVeto() {
    return carriesVeto ? this : new Requirements(sections, needs, parameters, true, complete);
  }

  /** Every section the check reads, in the order of {@link Section}. */
  public Set<Section> sections() {
    return sections;
  }

  /**
   * The groups of sections the check needs: without every section of a group it cannot pass (it is
   * INSUFFICIENT_EVIDENCE, or a FAIL or NOT_APPLICABLE that other data show).
   */
  public List<Set<Section>> needs() {
    return ImmutableList.<Set<Section>>copyOf(needs);
  }

  /** The parameters the check reads, each once, in the order the parts name them. */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /** Whether part of the check is a veto (DOMAIN S-3). */
  public boolean carriesVeto() {
    return carriesVeto;
  }

  /**
   * Whether every part of the check described itself; when not (a plain lambda among the parts),
   * the check may read more than these requirements say.
   */
  public boolean isComplete() {
    return complete;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Requirements r
        && sections.equals(r.sections)
        && needs.equals(r.needs)
        && parameters.equals(r.parameters)
        && carriesVeto == r.carriesVeto
        && complete == r.complete;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sections, needs, parameters, carriesVeto, complete);
  }

  /** The sections, needs, parameter keys, veto and completeness, for test messages. */
  @Override
  public String toString() {
    return "Requirements[sections="
        + sections
        + ", needs="
        + needs
        + ", parameters="
        + parameters.stream().map(Parameter::key).toList()
        + (carriesVeto ? ", veto" : "")
        + (complete ? "" : ", incomplete")
        + "]";
  }
}
