package org.cunzhi.core.internal.collect;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Internal to core: list helpers for the results' constructors, which run for every reason. */
public final class Lists {
  private Lists() {}

  /**
   * {@code list} itself when it is already an {@link ImmutableList}, else its immutable copy (which
   * refuses nulls, as {@link ImmutableList#copyOf(java.util.Collection)} does). The same elements
   * in the same order as {@code copyOf} gives; unlike it, a sublist view of a larger immutable list
   * is kept as it is rather than copied. This skips {@code copyOf}'s two calls through the
   * collection's type, which are not inlined where many kinds of list pass.
   */
  public static <T> ImmutableList<T> immutable(List<T> list) {
    if (list instanceof ImmutableList<T> immutable) {
      return immutable;
    }
    return ImmutableList.copyOf(list);
  }
}
