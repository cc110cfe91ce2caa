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

  /** The run's language: {@code --lang}, inherited from the top command, or the locale's. */
  final Lang lang;

  StandardsCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
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
      out.println(
          "    " + session.text("standards.list.authority", s.authority(), s.documentNumber()));
      out.println(
          "    " + session.text("standards.list.effective", s.effectiveFrom(), until(session, s)));
      out.println(
          "    "
              + session.text(
                  "standards.list.applies",
                  s.level(),
                  s.applicability().kinds(),
                  s.applicability().codePrefixes().isEmpty()
                      ? session.text("standards.everywhere")
                      : String.join(" ", s.applicability().codePrefixes()) + "…",
                  s.purpose()));
      out.println("    " + session.text("standards.list.plugin", session.pluginOf(s.id())));
    }
    return Main.OK;
  }

  private static String until(Session session, Standard s) {
    return s.effectiveTo().map(Object::toString).orElseGet(() -> session.text("standards.open"));
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

    @Parameters(
        index = "0",
        paramLabel = "ID",
        descriptionKey = "./cunzhi.standards.show.id",
        description = "the standard's id")
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
      out.println(session.text("standards.show.authority", s.authority(), s.documentNumber()));
      out.println(session.text("standards.show.effective", s.effectiveFrom(), until(session, s)));
      out.println(session.text("standards.show.level", s.level(), s.purpose()));
      out.println(
          session.text(
              "standards.show.applies",
              s.applicability().kinds(),
              s.applicability().codePrefixes().isEmpty()
                  ? session.text("standards.everywhere")
                  : String.join(" ", s.applicability().codePrefixes())));
      if (s.baseId().isPresent()) {
        String base = s.baseId().get();
        java.util.List<LoadProblem> duplicates = Session.duplicates(registry, base);
        out.println(
            session.text(
                "standards.show.extends",
                base,
                !s.isBaseMissing()
                    ? ""
                    : duplicates.isEmpty()
                        ? session.text("standards.show.base-missing")
                        : session.text(
                            "standards.show.base-left-out", Session.offeredBy(duplicates, lang))));
        java.util.List<StandardChoice.Loosening> looser = Selection.loosenings(s);
        if (!looser.isEmpty()) {
          out.println(
              "             "
                  + session.text("standards.show.never-chosen", looser(session, s, looser)));
        }
      }
      out.println(session.text("standards.show.scoring", s.scoring()));
      out.println(session.text("standards.show.fingerprint", s.fingerprint()));
      out.println(session.text("standards.show.plugin", session.pluginOf(s.id())));
      out.println();
      out.println(session.text("standards.show.criteria"));
      for (Criterion c : s.allCriteria()) {
        out.println("  " + c.id() + "  " + text(c.title(s.values()), lang));
        out.println("      " + session.text("standards.show.source", c.reference()));
        c.vetoPart()
            .ifPresent(
                v -> out.println("      " + session.text("standards.show.veto", text(v, lang))));
      }
      out.println();
      out.println(session.text("standards.show.parameters"));
      for (Parameter<?> p : s.allParameters()) {
        out.println(
            "  "
                + p.key()
                + " = "
                + valueOf(s, p)
                + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
        out.println("      " + text(p.description(), lang));
        out.println("      " + session.text("standards.show.source", p.source()));
        out.println(
            "      " + session.text("standards.show.allowed", p.rangeText(), stricter(session, p)));
      }
      return Main.OK;
    }

    private static <T> String valueOf(Standard s, Parameter<T> p) {
      return p.format(s.valueOf(p));
    }

    private static String stricter(Session session, Parameter<?> p) {
      return switch (p.stricter()) {
        case HIGHER -> session.text("standards.show.higher-stricter");
        case LOWER -> session.text("standards.show.lower-stricter");
        case NEITHER -> "";
      };
    }

    /** {@code awareness-rate >= 85% is looser than the base's >= 90%}, one per parameter. */
    private static String looser(
        Session session, Standard s, java.util.List<StandardChoice.Loosening> looser) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      for (StandardChoice.Loosening l : looser) {
        parts.add(
            session.text(
                "standards.show.looser",
                l.key(),
                l.value(),
                l.baseValue(),
                s.baseId().orElse("").equals(l.baseId())
                    ? ""
                    : session.text("standards.show.other-base", l.baseId())));
      }
      return String.join(session.text("standards.show.looser-separator"), parts);
    }
  }

  /** {@code standards diff ID ID}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "Shows how two standards (or two versions) differ.")
  static final class Diff implements Callable<Integer> {
    private final Session session;

    @Parameters(
        index = "0",
        paramLabel = "ID",
        descriptionKey = "./cunzhi.standards.diff.first",
        description = "the first standard")
    String first = "";

    @Parameters(
        index = "1",
        paramLabel = "ID",
        descriptionKey = "./cunzhi.standards.diff.second",
        description = "the second standard")
    String second = "";

    Diff(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      Standard a = session.standard(first);
      Standard b = session.standard(second);
      session.out().print(render(StandardDiff.between(a, b)));
      return Main.OK;
    }

    /** The diff line by line in the session's language: {@code +} added, {@code -} removed. */
    private String render(StandardDiff d) {
      StringBuilder s = new StringBuilder();
      s.append(session.text("diff.title", d.from(), d.to())).append('\n');
      if (d.isEmpty()) {
        return s.append("  ").append(session.text("diff.none")).append('\n').toString();
      }
      for (StandardDiff.Change c : d.metadata()) {
        s.append("  ~ ").append(change(session.text("diff.field", c.field()), c)).append('\n');
      }
      for (String id : d.criteriaAdded()) {
        s.append("  + ").append(session.text("diff.criterion", id)).append('\n');
      }
      for (String id : d.criteriaRemoved()) {
        s.append("  - ").append(session.text("diff.criterion", id)).append('\n');
      }
      for (StandardDiff.CriterionChange c : d.criteriaChanged()) {
        for (StandardDiff.Change ch : c.changes()) {
          s.append("  ~ ")
              .append(change(session.text("diff.criterion-field", c.id(), ch.field()), ch))
              .append('\n');
        }
      }
      for (String key : d.parametersAdded()) {
        s.append("  + ").append(session.text("diff.parameter", key)).append('\n');
      }
      for (String key : d.parametersRemoved()) {
        s.append("  - ").append(session.text("diff.parameter", key)).append('\n');
      }
      for (StandardDiff.Change c : d.valuesChanged()) {
        s.append("  ~ ").append(change(session.text("diff.parameter", c.field()), c)).append('\n');
      }
      return s.toString();
    }

    private String change(String what, StandardDiff.Change c) {
      return session.text("diff.change", what, c.before(), c.after());
    }
  }
}
