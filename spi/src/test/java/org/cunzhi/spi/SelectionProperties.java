package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Role;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/** Selection over random sets of standards (D-ADM-4, D-ADM-5). */
class SelectionProperties {

  /** A standard's variable parts, made into a standard with a given index. */
  private record Spec(
      JurisdictionLevel level,
      String prefix,
      UnitKind kind,
      int fromYear,
      int lastYearOrZero,
      String purpose) {

    Standard toStandard(int index) {
      LocalDate from = LocalDate.of(fromYear, 1, 1);
      LocalDate to = lastYearOrZero == 0 ? null : LocalDate.of(fromYear + lastYearOrZero, 12, 31);
      return TestStandards.builder("test.s" + index)
          .level(level)
          .purpose(purpose)
          .effective(from, to)
          .applicability(
              new Applicability(Set.of(kind), prefix.isEmpty() ? Set.of() : Set.of(prefix)))
          .build();
    }
  }

  @Provide
  Arbitrary<List<Standard>> standards() {
    Arbitrary<Spec> specs =
        Combinators.combine(
                Arbitraries.of(JurisdictionLevel.values()),
                Arbitraries.of("", "12", "1201", "120119", "120119105", "120119105201", "33"),
                Arbitraries.of(UnitKind.values()),
                Arbitraries.integers().between(2018, 2026),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("demonstration", "integrity"))
            .as(Spec::new);
    return specs
        .list()
        .ofMaxSize(12)
        .map(
            list -> {
              List<Standard> standards = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                standards.add(list.get(i).toStandard(i));
              }
              return standards;
            });
  }

  private static boolean applies(Standard s, LocalDate date, String purpose) {
    String code = TestStandards.TAIZI.code().value();
    return s.purpose().equals(purpose)
        && s.applicability().kinds().contains(TestStandards.TAIZI.kind())
        && (s.applicability().codePrefixes().isEmpty()
            || s.applicability().codePrefixes().stream().anyMatch(code::startsWith))
        && !date.isBefore(s.effectiveFrom())
        && s.effectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /** How far a standard reaches down to the unit: its matching prefix's length, 0 if none. */
  private static int reach(Standard s) {
    return s.applicability().codePrefixes().stream().mapToInt(String::length).max().orElse(0);
  }

  @Property(tries = 300)
  void select_holdsExactlyTheApplicableStandards(
      @ForAll("standards") List<Standard> standards,
      @ForAll @IntRange(min = 2017, max = 2031) int year) {
    LocalDate date = LocalDate.of(year, 6, 30);
    Selection selection =
        StandardRegistry.of(List.of(new TestStandards.First(standards.toArray(Standard[]::new))))
            .select(TestStandards.TAIZI, date, "demonstration");

    assertThat(selection.candidates())
        .containsExactlyInAnyOrderElementsOf(
            standards.stream().filter(s -> applies(s, date, "demonstration")).toList());
  }

  @Property(tries = 300)
  void select_ordersByLevelThenReachThenDateThenId(
      @ForAll("standards") List<Standard> standards,
      @ForAll @IntRange(min = 2017, max = 2031) int year) {
    Selection selection =
        Selection.of(TestStandards.TAIZI, LocalDate.of(year, 6, 30), "demonstration", standards);

    List<Standard> c = selection.candidates();
    for (int i = 1; i < c.size(); i++) {
      Standard before = c.get(i - 1);
      Standard after = c.get(i);
      int level = before.level().compareTo(after.level());
      assertThat(level).isLessThanOrEqualTo(0);
      if (level == 0) {
        assertThat(reach(before)).isGreaterThanOrEqualTo(reach(after));
        if (reach(before) == reach(after)) {
          assertThat(before.effectiveFrom()).isAfterOrEqualTo(after.effectiveFrom());
          if (before.effectiveFrom().equals(after.effectiveFrom())) {
            assertThat(before.id()).isLessThan(after.id());
          }
        }
      }
    }
    if (!c.isEmpty()) {
      assertThat(selection.prevailing()).containsSame(c.get(0));
      assertThat(selection.shadowed()).hasSize(c.size() - 1);
    }
  }

  // ---------------------------------------------------------------- stricter, never looser

  /**
   * A standard's variable parts when it may extend an earlier one: {@code base} is how many places
   * back its base is (0: none), and the settings are made only when it extends.
   */
  private record Link(
      JurisdictionLevel level,
      String prefix,
      int fromYear,
      int base,
      int awarenessOrMinus,
      int complaintDaysOrZero) {

    Standard toStandard(int index) {
      Standard.Builder b =
          (base == 0 || index - base < 0
                  ? TestStandards.withParameters("test.s" + index)
                  : TestStandards.builder("test.s" + index).extending("test.s" + (index - base)))
              .level(level)
              .effective(LocalDate.of(fromYear, 1, 1), null)
              .applicability(
                  new Applicability(
                      Set.of(UnitKind.VILLAGE), prefix.isEmpty() ? Set.of() : Set.of(prefix)));
      if (base > 0 && index - base >= 0) {
        if (awarenessOrMinus >= 0) {
          b.set("awareness-rate", ">= " + awarenessOrMinus + "%");
        }
        if (complaintDaysOrZero > 0) {
          b.set("complaint-days", String.valueOf(complaintDaysOrZero));
        }
      }
      return b.build();
    }
  }

  @Provide
  Arbitrary<List<Standard>> chains() {
    Arbitrary<Link> links =
        Combinators.combine(
                Arbitraries.of(JurisdictionLevel.values()),
                Arbitraries.of("", "12", "1201", "120119", "120119105", "33"),
                Arbitraries.integers().between(2019, 2025),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(4, Arbitraries.integers().between(1, 3))),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(-1)),
                    Tuple.of(1, Arbitraries.integers().between(0, 100)),
                    Tuple.of(3, Arbitraries.integers().between(88, 100))),
                Arbitraries.integers().between(0, 5))
            .as(Link::new);
    return links
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(
            list -> {
              List<Standard> standards = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                standards.add(list.get(i).toStandard(i));
              }
              return standards;
            });
  }

  private static Selection joinedSelection(List<Standard> standards) {
    StandardRegistry registry =
        StandardRegistry.of(List.of(new TestStandards.First(standards.toArray(Standard[]::new))));
    assertThat(registry.problems()).isEmpty();
    return registry.select(TestStandards.TAIZI, LocalDate.of(2025, 12, 31), "demonstration");
  }

  /** Whether {@code s} extends {@code ancestor}, directly or through others. */
  private static boolean extendsIt(Standard s, Standard ancestor) {
    for (var at = s.base(); at.isPresent(); at = at.get().base()) {
      if (at.get().id().equals(ancestor.id())) {
        return true;
      }
    }
    return false;
  }

  private static <T> boolean isLooserIn(Standard s, Standard base, Parameter<T> p) {
    return p.isLooser(s.valueOf(p), base.valueOf(p));
  }

  @Property(tries = 400)
  void chosen_isNeverLooserThanAnyApplicableStandardItExtends(
      @ForAll("chains") List<Standard> standards) {
    Selection selection = joinedSelection(standards);

    selection
        .chosen()
        .ifPresent(
            chosen -> {
              for (Standard c : selection.candidates()) {
                if (extendsIt(chosen, c)) {
                  for (Parameter<?> p : c.allParameters()) {
                    assertThat(isLooserIn(chosen, c, p))
                        .as("%s %s against %s", chosen.id(), p.key(), c.id())
                        .isFalse();
                  }
                }
              }
            });
  }

  @Property(tries = 400)
  void chosen_isThePrevailingOrItsMostRefinedRefinement(
      @ForAll("chains") List<Standard> standards) {
    Selection selection = joinedSelection(standards);
    List<Standard> notLooser =
        selection.candidates().stream().filter(s -> Selection.loosenings(s).isEmpty()).toList();

    assertThat(selection.chosen().isPresent()).isEqualTo(!notLooser.isEmpty());
    if (notLooser.isEmpty()) {
      return;
    }
    Standard prevailing = notLooser.get(0);
    Standard chosen = selection.chosen().orElseThrow();
    assertThat(selection.prevailing()).containsSame(prevailing);
    assertThat(chosen == prevailing || extendsIt(chosen, prevailing)).isTrue();
    assertThat(notLooser).noneMatch(s -> s != chosen && extendsIt(s, chosen));
  }

  @Property(tries = 400)
  void standings_oneEachExactlyOneChosenExcludedExactlyWhenLooser(
      @ForAll("chains") List<Standard> standards) {
    Selection selection = joinedSelection(standards);
    List<StandardChoice.Candidate> standings = selection.standings();

    assertThat(standings)
        .extracting(StandardChoice.Candidate::standardId)
        .containsExactlyElementsOf(selection.candidates().stream().map(Standard::id).toList());
    assertThat(standings.stream().filter(c -> c.role() == Role.CHOSEN).count())
        .isEqualTo(selection.chosen().isPresent() ? 1 : 0);
    for (int i = 0; i < standings.size(); i++) {
      Standard s = selection.candidates().get(i);
      assertThat(standings.get(i).role() == Role.EXCLUDED)
          .isEqualTo(!Selection.loosenings(s).isEmpty());
    }
    Statistics.label("chosen by")
        .collect(
            selection
                .chosen()
                .map(
                    c ->
                        standings.stream()
                            .filter(x -> x.standardId().equals(c.id()))
                            .findFirst()
                            .orElseThrow()
                            .basis()
                            .name())
                .orElse("none"));
    Statistics.label("some excluded")
        .collect(standings.stream().anyMatch(c -> c.role() == Role.EXCLUDED));
    Statistics.label("chosen by")
        .coverage(
            c -> {
              c.check("REFINEMENT").percentage(p -> p > 4);
              c.check("PREVAILING").percentage(p -> p > 5);
            });
    Statistics.label("some excluded").coverage(c -> c.check(true).percentage(p -> p > 5));
  }
}
