package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape#slot} finds a field name among an object's known names without hashing it: it finds
 * each known name, as the one instance the shape holds, with its own shape, and no other name.
 */
class ShapeProperties {
  private static final Shape NESTED = Shape.object(Set.of("x"));

  @Provide
  Arbitrary<Set<String>> names() {
    // Few letters, so that names often share a length, a first, middle or last character.
    return Arbitraries.strings()
        .withChars("ab~/台")
        .ofMinLength(0)
        .ofMaxLength(6)
        .set()
        .ofMaxSize(40);
  }

  @Property(tries = 500)
  void slot_findsExactlyTheKnownNames(
      @ForAll("names") Set<String> known, @ForAll("names") Set<String> asked) {
    String nestedName = known.isEmpty() ? null : known.iterator().next();
    Shape shape = Shape.object(known, nestedName == null ? Map.of() : Map.of(nestedName, NESTED));

    Set<String> all = new LinkedHashSet<>(known);
    all.addAll(asked);
    for (String name : all) {
      int slot = shape.slot(new String(name.toCharArray())); // a new instance, as parsed
      if (known.contains(name)) {
        assertThat(slot).as(name).isNotNegative();
        assertThat(shape.knownName(slot))
            .isEqualTo(name)
            .isSameAs(known.stream().filter(name::equals).findFirst().orElseThrow());
        assertThat(shape.knownShape(slot)).isSameAs(name.equals(nestedName) ? NESTED : Shape.VALUE);
      } else {
        assertThat(slot).as(name).isEqualTo(-1);
      }
    }
  }

  @Test
  void slot_ofAShapeOfAnyField_findsNothingAndLeavesItToAnyField() {
    Shape shape = Shape.keyedBy(NESTED);

    assertThat(shape.slot("2025")).isEqualTo(-1);
    assertThat(shape.anyField()).isSameAs(NESTED);
    assertThat(Shape.object(Set.of("a")).anyField()).isNull();
  }
}
