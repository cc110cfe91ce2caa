package org.cunzhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void compareTo_indicesOrderByNumber() {
    List<Violation> list =
        new ArrayList<>(
            List.of(
                new Violation("/years/10/year", "b"),
                new Violation("/years/2/year", "a"),
                new Violation("/unit/code", "c"),
                new Violation("/years/2", "d"),
                new Violation("", "e")));
    Collections.sort(list);
    assertThat(list)
        .extracting(Violation::pointer)
        .containsExactly("", "/unit/code", "/years/2", "/years/2/year", "/years/10/year");
  }

  @Test
  void compareTo_samePointer_ordersByMessage() {
    assertThat(new Violation("/a", "x").compareTo(new Violation("/a", "y"))).isNegative();
    assertThat(new Violation("/a", "x").compareTo(new Violation("/a", "x"))).isZero();
  }

  @Test
  void child_escapesAsRfc6901Asks() {
    assertThat(Violation.child("/extensions", "a/b~c")).isEqualTo("/extensions/a~1b~0c");
    assertThat(Violation.child("/years", 3)).isEqualTo("/years/3");
  }

  @Test
  void toString_showsPointerThenMessage() {
    assertThat(new Violation("/years/1/contraceptiveUsers", "812 exceeds marriedWomen15to49 (800)"))
        .hasToString("/years/1/contraceptiveUsers: 812 exceeds marriedWomen15to49 (800)");
    assertThat(new Violation("", "malformed")).hasToString("(document): malformed");
  }
}
