package org.cunzhi.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.StandardDiff;
import org.cunzhi.spi.Selection;
import org.cunzhi.spi.StandardRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code standards list|show ID|diff ID ID}: the standards the plugins provide. */
@Command(
    name = "standards",
    mixinStandardHelpOptions = true,
    description = "Lists the discovered standards, shows one, or compares two.",
    subcommands = {
      StandardsCommand.List.class,
      StandardsCommand.Show.class,
      StandardsCommand.Diff.class
    })
final class StandardsCommand implements Callable<Integer> {
  private final Main.Streams streams;

  @Option(names = "--lang", paramLabel = "LANG", description = "zh (default) or en")
  Lang lang = Lang.ZH;

  StandardsCommand(Main.Streams streams) {
    this.streams = streams;
  }

  /** Without a subcommand: the list. */
  @Override
  public Integer call() {
    return list(streams, lang);
  }

  static int list(Main.Streams streams, Lang lang) {
    StandardRegistry registry = Registry.discover(streams.err());
    PrintStream out = streams.out();
    for (Standard s : registry.standards()) {
      out.println(s.id() + "  " + s.version() + "  " + s.title().in(lang.language()));
      out.println("    authority:  " + s.authority() + " (" + s.documentNumber() + ")");
      out.println(
          "    effective:  "
              + s.effectiveFrom()
              + " .. "
              + s.effectiveTo().map(Object::toString).orElse("open"));
      out.println(
          "    applies to: "
              + s.level()
              + ", "
              + s.applicability().kinds()
              + ", codes "
              + (s.applicability().codePrefixes().isEmpty()
                  ? "everywhere"
                  : String.join(" ", s.applicability().codePrefixes()) + "…")
              + ", purpose "
              + s.purpose());
      out.println("    plugin:     " + registry.providerOf(s.id()).orElse("(given)"));
    }
    return Main.OK;
  }

  private static String text(LocalizedText t, Lang lang) {
    return t.in(lang.language());
  }

  /** {@code standards list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the standards.")
  static final class List implements Callable<Integer> {
    private final Main.Streams streams;

    @ParentCommand StandardsCommand parent;

    List(Main.Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() {
      return list(streams, parent.lang);
    }
  }

  /** {@code standards show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a standard with its criteria and parameters.")
  static final class Show implements Callable<Integer> {
    private final Main.Streams streams;

    @ParentCommand StandardsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "the standard's id")
    String id = "";

    Show(Main.Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() {
      Lang lang = parent.lang;
      StandardRegistry registry = Registry.discover(streams.err());
      Standard s = registry.get(id);
      PrintStream out = streams.out();
      out.println(s.id() + "  " + s.version() + "  " + text(s.title(), lang));
      out.println("authority:   " + s.authority() + " (" + s.documentNumber() + ")");
      out.println(
          "effective:   "
              + s.effectiveFrom()
              + " .. "
              + s.effectiveTo().map(Object::toString).orElse("open"));
      out.println("level:       " + s.level() + ", purpose " + s.purpose());
      out.println(
          "applies to:  "
              + s.applicability().kinds()
              + ", codes "
              + (s.applicability().codePrefixes().isEmpty()
                  ? "everywhere"
                  : String.join(" ", s.applicability().codePrefixes())));
      if (s.baseId().isPresent()) {
        out.println(
            "extends:     "
                + s.baseId().get()
                + (s.isBaseMissing() ? " (MISSING: no plugin provides it; cannot MEET)" : ""));
        java.util.List<StandardChoice.Loosening> looser = Selection.loosenings(s);
        if (!looser.isEmpty()) {
          out.println("             never chosen automatically: " + looser(s, looser));
        }
      }
      out.println("scoring:     " + s.scoring());
      out.println("fingerprint: " + s.fingerprint());
      out.println("plugin:      " + registry.providerOf(s.id()).orElse("(given)"));
      out.println();
      out.println("criteria:");
      for (Criterion c : s.allCriteria()) {
        out.println("  " + c.id() + "  " + text(c.title(), lang));
        out.println("      source: " + c.reference());
        c.vetoPart().ifPresent(v -> out.println("      veto:   " + text(v, lang)));
      }
      out.println();
      out.println("parameters:");
      for (Parameter<?> p : s.allParameters()) {
        out.println(
            "  "
                + p.key()
                + " = "
                + valueOf(s, p)
                + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
        out.println("      " + text(p.description(), lang));
        out.println("      source: " + p.source());
        out.println("      allowed: " + p.rangeText() + stricter(p));
      }
      return Main.OK;
    }

    private static <T> String valueOf(Standard s, Parameter<T> p) {
      return p.format(s.valueOf(p));
    }

    private static String stricter(Parameter<?> p) {
      return switch (p.stricter()) {
        case HIGHER -> "; higher is stricter";
        case LOWER -> "; lower is stricter";
        case NEITHER -> "";
      };
    }

    /** {@code awareness-rate >= 85% is looser than the base's >= 90%}, one per parameter. */
    private static String looser(Standard s, java.util.List<StandardChoice.Loosening> looser) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      for (StandardChoice.Loosening l : looser) {
        parts.add(
            l.key()
                + " "
                + l.value()
                + " is looser than the base's "
                + l.baseValue()
                + (s.baseId().orElse("").equals(l.baseId()) ? "" : " (" + l.baseId() + ")"));
      }
      return String.join("; ", parts);
    }
  }

  /** {@code standards diff ID ID}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "Shows how two standards (or two versions) differ.")
  static final class Diff implements Callable<Integer> {
    private final Main.Streams streams;

    @Parameters(index = "0", paramLabel = "ID", description = "the first standard")
    String first = "";

    @Parameters(index = "1", paramLabel = "ID", description = "the second standard")
    String second = "";

    Diff(Main.Streams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() {
      StandardRegistry registry = Registry.discover(streams.err());
      Standard a = registry.get(first);
      Standard b = registry.get(second);
      streams.out().print(StandardDiff.between(a, b));
      return Main.OK;
    }
  }
}
