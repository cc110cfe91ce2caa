package org.cunzhi.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.StandardDiff;
import org.cunzhi.spi.LoadProblem;
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
    description =
        "Lists the discovered standards, each with the plugin and the jar it came from, shows"
            + " one, or compares two.",
    subcommands = {
      StandardsCommand.List.class,
      StandardsCommand.Show.class,
      StandardsCommand.Diff.class
    })
final class StandardsCommand implements Callable<Integer> {
  private final Session session;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "zh (default) or en",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  Lang lang = Lang.ZH;

  StandardsCommand(Session session) {
    this.session = session;
  }

  /** Without a subcommand: the list. */
  @Override
  public Integer call() {
    return list(session, lang);
  }

  static int list(Session session, Lang lang) {
    StandardRegistry registry = session.registry();
    PrintStream out = session.out();
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
      out.println("    plugin:     " + session.pluginOf(s.id()));
    }
    return Main.OK;
  }

  private static String text(LocalizedText t, Lang lang) {
    return t.in(lang.language());
  }

  /** {@code standards list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the standards, each with the plugin and the jar it came from.")
  static final class List implements Callable<Integer> {
    private final Session session;

    @ParentCommand StandardsCommand parent;

    List(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      return list(session, parent.lang);
    }
  }

  /** {@code standards show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a standard with its criteria and parameters.")
  static final class Show implements Callable<Integer> {
    private final Session session;

    @ParentCommand StandardsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "the standard's id")
    String id = "";

    Show(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      Lang lang = parent.lang;
      StandardRegistry registry = session.registry();
      Standard s = session.standard(id);
      PrintStream out = session.out();
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
        String base = s.baseId().get();
        java.util.List<LoadProblem> duplicates = Session.duplicates(registry, base);
        out.println(
            "extends:     "
                + base
                + (!s.isBaseMissing()
                    ? ""
                    : duplicates.isEmpty()
                        ? " (MISSING: no plugin provides it; cannot MEET)"
                        : " (LEFT OUT: offered "
                            + Session.offeredBy(duplicates)
                            + "; cannot MEET)"));
        java.util.List<StandardChoice.Loosening> looser = Selection.loosenings(s);
        if (!looser.isEmpty()) {
          out.println("             never chosen automatically: " + looser(s, looser));
        }
      }
      out.println("scoring:     " + s.scoring());
      out.println("fingerprint: " + s.fingerprint());
      out.println("plugin:      " + session.pluginOf(s.id()));
      out.println();
      out.println("criteria:");
      for (Criterion c : s.allCriteria()) {
        out.println("  " + c.id() + "  " + text(c.title(s.values()), lang));
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
    private final Session session;

    @Parameters(index = "0", paramLabel = "ID", description = "the first standard")
    String first = "";

    @Parameters(index = "1", paramLabel = "ID", description = "the second standard")
    String second = "";

    Diff(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      Standard a = session.standard(first);
      Standard b = session.standard(second);
      session.out().print(StandardDiff.between(a, b));
      return Main.OK;
    }
  }
}
