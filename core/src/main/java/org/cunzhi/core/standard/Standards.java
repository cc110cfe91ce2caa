package org.cunzhi.core.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the {@code extends} links among a set of standards (as a registry holds them): each
 * standard that extends another by id gets that standard, itself resolved, as its base.
 *
 * <p>What cannot be resolved is reported, not thrown: a base that no standard in the set has, a
 * base id that several standards share, a cycle (named in full, e.g. {@code a → b → a}), a base
 * that is itself unresolved, or a base the standard does not fit (its values or points name what
 * the base lacks). Such a standard stays as it was: it {@linkplain Standard#isBaseMissing() misses
 * its base} and an evaluation against it can never MEET.
 */
public final class Standards {
  private Standards() {}

  /**
   * Resolves {@code standards} against each other.
   *
   * @return every standard, in the given order, resolved where it can be, and the problems found
   */
  public static Resolution resolve(Collection<Standard> standards) {
    requireNonNull(standards, "standards");
    Map<String, List<Standard>> byId = new LinkedHashMap<>();
    for (Standard s : standards) {
      byId.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);
    }
    Resolver r = new Resolver(byId);
    ImmutableList.Builder<Standard> resolved = ImmutableList.builder();
    for (Standard s : standards) {
      resolved.add(r.resolve(s, new ArrayList<>()));
    }
    return new Resolution(resolved.build(), ImmutableList.copyOf(r.problems));
  }

  private static final class Resolver {
    private final Map<String, List<Standard>> byId;
    private final Map<Standard, Standard> done = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Resolver(Map<String, List<Standard>> byId) {
      this.byId = byId;
    }

    /** {@code s} resolved; {@code path} holds the standards being resolved, to find cycles. */
    Standard resolve(Standard s, List<Standard> path) {
      Standard known = done.get(s);
      if (known != null) {
        return known;
      }
      Optional<String> baseId = s.baseId();
      if (baseId.isEmpty()) {
        done.put(s, s);
        return s;
      }
      String b = baseId.get();
      int start = indexOf(path, s);
      if (start >= 0) {
        List<Standard> members = path.subList(start, path.size());
        for (int i = 0; i < members.size(); i++) {
          List<String> cycle = new ArrayList<>();
          for (int j = 0; j <= members.size(); j++) {
            cycle.add(members.get((i + j) % members.size()).id());
          }
          fail(
              members.get(i),
              Problem.Kind.CYCLE,
              "extends itself through " + String.join(" → ", cycle));
        }
        return s;
      }
      List<Standard> candidates = byId.getOrDefault(b, List.of());
      if (candidates.isEmpty()) {
        return fail(s, Problem.Kind.MISSING_BASE, "extends " + b + ", which is not known");
      }
      if (candidates.size() > 1) {
        return fail(
            s,
            Problem.Kind.AMBIGUOUS_BASE,
            "extends " + b + ", which " + candidates.size() + " standards share");
      }
      path.add(s);
      Standard base = resolve(candidates.get(0), path);
      path.remove(path.size() - 1);
      Standard already = done.get(s);
      if (already != null) {
        return already; // resolved (or failed, as part of a cycle) further down
      }
      if (base.isBaseMissing()) {
        return fail(
            s, Problem.Kind.UNRESOLVED_BASE, "extends " + b + ", whose own base is unresolved");
      }
      try {
        Standard r = s.withBase(base);
        done.put(s, r);
        return r;
      } catch (IllegalArgumentException | IllegalStateException e) {
        return fail(
            s,
            Problem.Kind.INCOMPATIBLE_BASE,
            "does not fit its base " + b + ": " + e.getMessage());
      }
    }

    private static int indexOf(List<Standard> path, Standard s) {
      for (int i = 0; i < path.size(); i++) {
        if (path.get(i) == s) {
          return i;
        }
      }
      return -1;
    }

    private Standard fail(Standard s, Problem.Kind kind, String message) {
      if (!done.containsKey(s)) {
        problems.add(new Problem(s.id(), kind, "standard " + s.id() + " " + message));
        done.put(s, s);
      }
      return s;
    }
  }

  /**
   * The standards after resolution, and what could not be resolved.
   *
   * @param standards every standard given, in the given order, resolved where possible
   * @param problems what could not be resolved, one per standard at most
   */
  public record Resolution(List<Standard> standards, List<Problem> problems) {
    public Resolution {
      standards = ImmutableList.copyOf(standards);
      problems = ImmutableList.copyOf(problems);
    }

    /** The standard {@code id}, resolved, if given (the first, when several share it). */
    public Optional<Standard> standard(String id) {
      return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether every standard was resolved. */
    public boolean isComplete() {
      return problems.isEmpty();
    }
  }

  /**
   * A standard whose base could not be resolved.
   *
   * @param standardId the standard's id
   * @param kind what went wrong
   * @param message one sentence naming the standard and the base
   */
  public record Problem(String standardId, Kind kind, String message) {
    public Problem {
      requireNonNull(standardId, "standardId");
      requireNonNull(kind, "kind");
      requireNonNull(message, "message");
    }

    /** What went wrong. */
    public enum Kind {
      /** No standard has the base's id. */
      MISSING_BASE,
      /** Several standards have the base's id. */
      AMBIGUOUS_BASE,
      /** The standard extends itself, directly or through others. */
      CYCLE,
      /** The base is itself unresolved. */
      UNRESOLVED_BASE,
      /** The standard's values or points name what the base lacks. */
      INCOMPATIBLE_BASE
    }

    @Override
    public String toString() {
      return message;
    }
  }
}
