package org.cunzhi.examples.cli;

import java.io.PrintStream;
import org.cunzhi.spi.LoadProblem;
import org.cunzhi.spi.StandardRegistry;

/** Discovers the standards on the class path, warning about plugins that failed to load. */
final class Registry {
  private Registry() {}

  static StandardRegistry discover(PrintStream err) {
    StandardRegistry registry = StandardRegistry.discover();
    for (LoadProblem p : registry.problems()) {
      // A standard that extends a base no plugin offers is a known state, shown by
      // 'standards list' and in its reports; only broken plugins are worth a warning each run.
      if (p.kind() != LoadProblem.Kind.BASE_MISSING) {
        err.println("cunzhi: warning: " + p);
      }
    }
    return registry;
  }
}
