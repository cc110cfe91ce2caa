package org.cunzhi.core.internal.validation;

import com.google.common.collect.MapMaker;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Objects found valid, by identity, held weakly, so that none is kept alive by having been
 * validated. Thread-safe.
 *
 * <p>Every one is in a weak set; the most recent are also in a small table, one per slot chosen by
 * identity hash, whose lookup takes a few loads and writes nothing, where the weak set's counts its
 * reads in a shared counter and, every 64 reads, takes a lock to drop what was collected. A host
 * that reads a dossier and then assesses it finds it in the table; one that reads thousands before
 * assessing any, or whose dossier lost its slot to another, finds it in the set.
 */
final class KnownValid {
  /** Slots in the table of recent ones, a power of two: 4 KiB of references. */
  private static final int SLOTS = 1024;

  private final AtomicReferenceArray<WeakReference<Object>> recent =
      new AtomicReferenceArray<>(SLOTS);
  private final Set<Object> all = Collections.newSetFromMap(new MapMaker().weakKeys().makeMap());

  /** Whether {@code value} itself, not an equal copy, was added. */
  boolean contains(Object value) {
    WeakReference<Object> slot = recent.get(slot(value));
    return (slot != null && slot.get() == value) || all.contains(value);
  }

  /** Remembers {@code value}, weakly. */
  void add(Object value) {
    all.add(value);
    recent.set(slot(value), new WeakReference<>(value));
  }

  private static int slot(Object value) {
    int h = System.identityHashCode(value);
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }
}
