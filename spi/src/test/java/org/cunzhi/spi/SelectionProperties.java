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
import net.jqwik.api.constraints.IntRange;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/** Selection over random sets of standards (D-ADM-4). */
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
}
