package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.cunzhi.core.Violation;

/**
 * The problems found in one document: every one counted, but only the first {@code max} in pointer
 * order kept, so that memory stays bounded however many there are. Not thread-safe.
 */
final class Problems {
  /** {@link Violation}'s natural order, without allocating: a document may have millions. */
  static final Comparator<Violation> ORDER =
      (a, b) -> {
        int c = comparePointers(a.pointer(), b.pointer());
        return c != 0 ? c : a.message().compareTo(b.message());
      };

  private final int max;
  private final PriorityQueue<Violation> kept; // the largest kept first, to be dropped first
  private int count;

  Problems(int max) {
    checkArgument(max >= 1, "max must be at least 1, was %s", max);
    this.max = max;
    this.kept = new PriorityQueue<>(ORDER.reversed());
  }

  /** Counts a problem, and keeps it if it is among the first {@code max} in pointer order. */
  void add(Violation violation) {
    count++;
    if (kept.size() < max) {
      kept.add(violation);
    } else if (ORDER.compare(violation, kept.element()) < 0) {
      kept.remove();
      kept.add(violation);
    }
  }

  /** Counts and perhaps keeps a problem at {@code pointer}. */
  void add(String pointer, String message) {
    add(new Violation(pointer, message));
  }

  /**
   * Whether a problem at {@code pointer} might be kept now; when not, a caller may skip building
   * its message and only {@link #count()} it.
   */
  boolean keeps(String pointer) {
    return kept.size() < max || comparePointers(pointer, kept.element().pointer()) <= 0;
  }

  /** Counts a problem that {@link #keeps} said would not be kept. */
  void count() {
    count++;
  }

  /** Adds every problem {@code other} counted, keeping the first {@code max} of both. */
  void addAll(Problems other) {
    count += other.count - other.kept.size();
    other.kept.forEach(this::add);
  }

  /** How many problems were found, kept or not. */
  int size() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The document rejected with the problems kept and a count of the others. */
  ReadResult rejected() {
    checkState(count > 0, "no problem was found");
    return ReadResult.rejected(ImmutableList.sortedCopyOf(ORDER, kept), count - kept.size(), max);
  }

  /**
   * Compares pointers as {@link Violation#compareTo} does: segment by segment, two array indices
   * (digits without a leading zero) by number, other segments as strings, then by how many
   * segments.
   */
  static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      int aEnd = a.indexOf('/', i);
      int bEnd = b.indexOf('/', j);
      int c =
          compareSegments(a, i, aEnd < 0 ? a.length() : aEnd, b, j, bEnd < 0 ? b.length() : bEnd);
      if (c != 0) {
        return c;
      }
      if (aEnd < 0 || bEnd < 0) {
        return aEnd < 0 ? (bEnd < 0 ? 0 : -1) : 1;
      }
      i = aEnd + 1;
      j = bEnd + 1;
    }
  }

  private static int compareSegments(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    int aLength = aTo - aFrom;
    int bLength = bTo - bFrom;
    if (aLength != bLength && isIndex(a, aFrom, aTo) && isIndex(b, bFrom, bTo)) {
      return Integer.compare(aLength, bLength);
    }
    for (int k = 0; k < Math.min(aLength, bLength); k++) {
      int c = a.charAt(aFrom + k) - b.charAt(bFrom + k);
      if (c != 0) {
        return c;
      }
    }
    return aLength - bLength;
  }

  private static boolean isIndex(String s, int from, int to) {
    if (from == to || (to - from > 1 && s.charAt(from) == '0')) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
