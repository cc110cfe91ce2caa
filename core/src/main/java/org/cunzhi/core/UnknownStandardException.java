package org.cunzhi.core;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.SortedSet;

/** A standard was asked for by an id that no provider offers. */
public final class UnknownStandardException extends CunzhiException {
  private static final long serialVersionUID = 1L;

  private final String id;

  @SuppressWarnings("serial") // ImmutableSortedSet is serializable
  private final ImmutableSortedSet<String> knownIds;

  public UnknownStandardException(String id, Collection<String> knownIds) {
    super(
        "unknown standard \""
            + id
            + "\"; known: "
            + (knownIds.isEmpty()
                ? "none"
                : String.join(", ", ImmutableSortedSet.copyOf(knownIds))));
    this.id = id;
    this.knownIds = ImmutableSortedSet.copyOf(knownIds);
  }

  /** The id asked for. */
  public String id() {
    return id;
  }

  /** The ids that are known. */
  public SortedSet<String> knownIds() {
    return knownIds;
  }
}
