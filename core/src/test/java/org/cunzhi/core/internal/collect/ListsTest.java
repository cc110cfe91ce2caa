package org.cunzhi.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {
  @Test
  void anImmutableList_isKeptAsItIs() {
    ImmutableList<String> list = ImmutableList.of("a", "b");
    assertThat(Lists.immutable(list)).isSameAs(list);
  }

  @Test
  void aMutableList_isCopied_andLaterChangesDoNotShow() {
    List<String> list = new ArrayList<>(List.of("a", "b"));
    ImmutableList<String> copy = Lists.immutable(list);
    list.add("c");
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void aNull_isRefused() {
    assertThatThrownBy(() -> Lists.immutable(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }
}
