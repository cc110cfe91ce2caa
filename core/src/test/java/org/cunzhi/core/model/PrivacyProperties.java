package org.cunzhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.jspecify.annotations.Nullable;

/**
 * DOMAIN S-6: what a source system holds about a complainant (a name, a phone number) never shows
 * in the toString() of any model object, nor in a violation or exception message. The model takes
 * no such content at all (a {@link Reporter} is only "named" or not), so these properties check
 * what a reader of the dossier would do: map the source's reporter to {@link Reporter#named()}.
 */
class PrivacyProperties {

  /**
   * What a source system might hold about a complainant.
   *
   * @param name a Chinese personal name
   * @param phone an eleven-digit mobile number
   */
  record SourceReporter(String name, String phone) {
    List<String> canaries() {
      return List.of(name, phone);
    }

    /** What the model keeps of it: only that someone was named. */
    Reporter toModel() {
      return name.isEmpty() && phone.isEmpty() ? Reporter.anonymous() : Reporter.named();
    }
  }

  @Provide
  Arbitrary<SourceReporter> reporters() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4);
    Arbitrary<String> phones =
        Arbitraries.strings().numeric().ofLength(10).map(digits -> "1" + digits);
    return Combinators.combine(names, phones).as(SourceReporter::new);
  }

  @Property(tries = 200)
  void toString_ofEveryModelObject_neverShowsTheReporter(
      @ForAll("reporters") SourceReporter source) {
    Dossier dossier = dossier(source.toModel(), LocalDate.of(2025, 4, 4));
    assumeNotPresentByChance(source, dossier(Reporter.anonymous(), LocalDate.of(2025, 4, 4)));

    for (Object part : modelObjects(dossier)) {
      for (String canary : source.canaries()) {
        assertThat(part.toString()).doesNotContain(canary);
      }
    }
    Complaint complaint = dossier.complaints().get(0);
    assertThat(complaint.toString())
        .as("the check sees what a complaint does print")
        .contains("C-2025-01", "2025-04-02")
        .contains("reporter=Reporter[redacted]");
    assertThat(dossier.toString()).contains("Reporter[redacted]");
  }

  @Property(tries = 200)
  void violationsAndExceptions_ofAnInvalidDossier_neverShowTheReporter(
      @ForAll("reporters") SourceReporter source) {
    LocalDate beforeReceipt = LocalDate.of(2025, 3, 30);
    Dossier dossier = dossier(source.toModel(), beforeReceipt);
    assumeNotPresentByChance(source, dossier(Reporter.anonymous(), beforeReceipt));

    ImmutableList<Violation> violations = ModelValidator.get().validate(dossier);
    assertThat(violations).extracting(Violation::pointer).contains("/complaints/0/investigated");
    for (Violation v : violations) {
      for (String canary : source.canaries()) {
        assertThat(v.toString()).doesNotContain(canary);
      }
    }
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> ModelValidator.get().requireValid(dossier))
        .satisfies(
            e -> {
              for (String canary : source.canaries()) {
                assertThat(String.valueOf(e.getMessage())).doesNotContain(canary);
                assertThat(e.toString()).doesNotContain(canary);
              }
            });
  }

  /** Skips the rare canary that the dossier's own text already contains (say, a village name). */
  private static void assumeNotPresentByChance(SourceReporter source, Dossier withoutReporter) {
    String baseline = withoutReporter.toString();
    Assume.that(source.canaries().stream().noneMatch(baseline::contains));
  }

  private static Dossier dossier(Reporter reporter, LocalDate investigated) {
    Unit unit =
        new Unit(
            DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE, null, null, 400, 1100);
    Complaint complaint =
        new Complaint(
            "C-2025-01",
            LocalDate.of(2025, 4, 2),
            investigated,
            LocalDate.of(2025, 4, 10),
            false,
            reporter);
    return Dossier.builder(unit, 2025)
        .complaints(List.of(complaint))
        .years(
            List.of(
                new YearStatistics(
                    2025,
                    new Population(1600, 1610),
                    300,
                    301,
                    new Births(3, 3, 2, 1),
                    null,
                    null)))
        .build();
  }

  /** The dossier and every record, list element and map value reachable from it. */
  private static List<Object> modelObjects(Object root) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> found = new ArrayList<>();
    collect(root, seen, found);
    assertThat(found).anyMatch(o -> o instanceof Reporter);
    return found;
  }

  private static void collect(@Nullable Object value, Set<Object> seen, List<Object> found) {
    if (value == null || !seen.add(value)) {
      return;
    }
    found.add(value);
    if (value instanceof Collection<?> c) {
      c.forEach(e -> collect(e, seen, found));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(e -> collect(e, seen, found));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), seen, found);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot read " + component, e);
        }
      }
    }
  }
}
