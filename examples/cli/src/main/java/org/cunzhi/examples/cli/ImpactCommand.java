package org.cunzhi.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.Impact;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code impact --tailoring FILE (DOSSIER... | --in FILE.jsonl)}: what a tailoring would do. Every
 * unit is evaluated under the tailoring's base standard (or {@code --standard ID}) and under the
 * tailored one; the units whose verdict or grade changes are listed, from what to what, with the
 * criteria whose outcome changed and the figure that decided each; then, apart, the units that keep
 * their verdict and grade while a criterion changes; then the counts. Units where nothing changes
 * are only counted.
 *
 * <p>An invalid dossier (or line) is named on standard error, counted as rejected and skipped (exit
 * 1); a bad tailoring file is a usage error (exit 2).
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description =
        "Shows what a tailoring would do: evaluates every unit under the standard and under the"
            + " tailored one, lists the units whose verdict or grade changes with the criteria"
            + " that changed and the figure that decided each, then those whose criteria change"
            + " while their verdict stays, then the counts.")
final class ImpactCommand implements Callable<Integer> {
  /** The impact JSON format's name. */
  static final String FORMAT = "cunzhi.impact/v1";

  private static final Messages LABELS =
      Messages.load(ImpactCommand.class, "/org/cunzhi/examples/cli/cli");

  private final Session session;

  @Option(
      names = "--tailoring",
      paramLabel = "FILE",
      required = true,
      description =
          "the tailoring file (properties: id, version, base, parameter.<key>=value) whose"
              + " effect is shown")
  Path tailoring = Path.of("");

  @Option(
      names = "--standard",
      paramLabel = "ID",
      description = "the standard to tailor (default: the tailoring file's base)")
  @Nullable String standardId;

  @Option(
      names = "--in",
      paramLabel = "FILE.jsonl",
      description = "read the dossiers from this file, one JSON object a line, instead")
  @Nullable Path in;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.TEXT;

  @Parameters(
      arity = "0..*",
      paramLabel = "DOSSIER",
      description = "dossier files (JSON), or folders of them")
  List<Path> files = List.of();

  @Mixin ReaderLimits limits = new ReaderLimits();

  @Mixin CheckTimeLimit checkTimeLimit = new CheckTimeLimit();

  ImpactCommand(Session session) {
    this.session = session;
  }

  /** A unit that changes, and where its dossier came from. */
  private record Listed(String source, Impact.Change change) {}

  @Override
  public Integer call() throws IOException {
    if (format != Format.TEXT && format != Format.JSON) {
      throw UsageException.of(
          "format-unavailable", format.name().toLowerCase(Locale.ROOT), "impact");
    }
    if ((in == null) == files.isEmpty()) {
      throw UsageException.of("impact-input");
    }
    Standard named = standardId == null ? null : session.standard(standardId);
    Standard tailored = EvaluateCommand.tailor(session, named, tailoring);
    Standard base = tailored.base().orElseThrow();
    Assessor assessor = checkTimeLimit.applyTo(Assessor.of(session.registry()));
    Tally tally = new Tally(assessor, base, tailored);
    DossierReader reader = limits.reader();
    if (in != null) {
      readLines(reader, in, tally);
    } else {
      for (DossierFiles.Read r : DossierFiles.readAll(reader, files, session)) {
        if (r.dossier().isEmpty()) {
          tally.rejected.add(r.file().toString());
          continue;
        }
        String source = r.file().toString();
        tally.add(source, tally.change(r.dossier().get()));
      }
    }
    Language language = session.lang().language();
    if (format == Format.JSON) {
      session.out().print(JsonStyle.pretty(json(tally, language)));
    } else {
      session.out().print(text(tally, language));
    }
    session.out().flush();
    return tally.rejected.isEmpty() ? Main.OK : Main.REJECTED;
  }

  /**
   * What is collected as the units are evaluated, in input order: the units counted, those that
   * change and where each came from, and the sources rejected. Each unit's change is found apart
   * ({@link #change}), so that lines can be evaluated on several threads.
   */
  private static final class Tally {
    final Assessor assessor;
    final Standard base;
    final Standard tailored;
    final List<Listed> listed = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();
    int units;
    int changed;

    Tally(Assessor assessor, Standard base, Standard tailored) {
      this.assessor = assessor;
      this.base = base;
      this.tailored = tailored;
    }

    /** What the tailoring changes for {@code dossier}, as {@link Impact.Accumulator#add} says. */
    Optional<Impact.Change> change(Dossier dossier) {
      return Impact.accumulate(assessor, base, tailored).add(dossier);
    }

    /** Counts a unit from {@code source}, and lists its change if it has one. */
    void add(String source, Optional<Impact.Change> change) {
      units++;
      if (change.isPresent()) {
        listed.add(new Listed(source, change.get()));
        changed += change.get().verdictChanged() ? 1 : 0;
      }
    }

    int changedCriteriaOnly() {
      return listed.size() - changed;
    }

    int unchanged() {
      return units - listed.size();
    }
  }

  /**
   * What became of one line, made on a thread of its own: its unit's change when its dossier was
   * read, else what was wrong with it (nothing for a blank line, which is skipped).
   */
  private record Line(
      boolean read, boolean tooLong, List<Violation> violations, Optional<Impact.Change> change) {
    static final Line BLANK = new Line(false, false, List.of(), Optional.empty());
    static final Line TOO_LONG = new Line(false, true, List.of(), Optional.empty());
  }

  private void readLines(DossierReader reader, Path file, Tally tally) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw UsageException.file("impact-in-missing", file);
    }
    int maxLineBytes = reader.maxDocumentBytes();
    try (InputStream input = new BufferedInputStream(Files.newInputStream(file));
        // Lines are read here and each is read as a dossier and evaluated on the pool's threads;
        // what became of it is taken here, in input order, as if all were done here.
        InOrder<Line> work =
            new InOrder<>(
                InOrder.threads(),
                (line, number) -> taken(file, number, line, tally, maxLineBytes))) {
      BoundedLines lines = new BoundedLines(input, maxLineBytes);
      while (lines.next()) {
        long number = lines.number();
        if (lines.isTooLong()) {
          work.give(number, () -> Line.TOO_LONG);
          continue;
        }
        if (lines.isBlank()) {
          work.give(number, () -> Line.BLANK);
          continue;
        }
        byte[] bytes = lines.bytes();
        work.give(
            number,
            () -> {
              ReadResult read = reader.tryRead(bytes);
              Optional<Dossier> dossier = read.dossier();
              return dossier.isEmpty()
                  ? new Line(false, false, read.violations(), Optional.empty())
                  : new Line(true, false, List.of(), tally.change(dossier.get()));
            });
      }
      work.finish();
    }
  }

  /** Takes what became of line {@code number} of {@code file}, in input order. */
  private void taken(Path file, long number, Line line, Tally tally, int maxLineBytes) {
    if (line.read()) {
      // the source is named only for a unit that is listed: most are only counted
      String source = line.change().isPresent() ? session.text("impact.line", file, number) : "";
      tally.add(source, line.change());
      return;
    }
    if (line == Line.BLANK) {
      return;
    }
    String source = session.text("impact.line", file, number);
    if (line.tooLong()) {
      session.err().println(session.text("impact.line-too-long", source, maxLineBytes));
    }
    for (Violation v : line.violations()) {
      session
          .err()
          .println(
              DossierFiles.oneLine(
                  session.text("file.problem", source, Translations.line(v, session.lang()))));
    }
    tally.rejected.add(source);
  }

  private static String label(Language language, String key, Object... args) {
    return LABELS.text(key, args).in(language);
  }

  private static String standard(Standard s, Language language) {
    return label(language, "impact.standard", s.title().in(language), s.id(), s.version());
  }

  private static String verdictAndGrade(Impact.Change c, Language language) {
    if (!c.verdictChanged()) {
      String same = label(language, "impact.verdict." + c.verdictAfter().name());
      if (c.gradeAfter() != null) {
        same += label(language, "impact.same-grade", c.gradeAfter());
      }
      return label(language, "impact.same", same);
    }
    String s =
        label(
            language,
            "impact.change",
            label(language, "impact.verdict." + c.verdictBefore().name()),
            label(language, "impact.verdict." + c.verdictAfter().name()));
    if (!java.util.Objects.equals(c.gradeBefore(), c.gradeAfter())) {
      s +=
          label(
              language,
              "impact.grade",
              c.gradeBefore() == null ? "—" : c.gradeBefore(),
              c.gradeAfter() == null ? "—" : c.gradeAfter());
    }
    return s;
  }

  /** A figure as shown: "2025 awareness 113/120 = 94.17%: PASS at ≥ 90%, FAIL at ≥ 95%". */
  static String figure(Impact.Figure f, Language language) {
    Measure b = f.before();
    Measure a = f.after();
    Rate rate = a.rate();
    String year = a.year() == null ? "" : a.year() + " ";
    String percent =
        rate.isDefined()
            ? rate.formatPercent(2, RoundingMode.HALF_UP) + "%"
            : label(language, "impact.undefined");
    return label(
        language,
        "impact.figure",
        year + a.label().in(language),
        String.valueOf(rate.numerator()),
        String.valueOf(rate.denominator()),
        percent,
        met(b, language),
        threshold(b.threshold()),
        met(a, language),
        threshold(a.threshold()));
  }

  private static String met(Measure m, Language language) {
    return label(
        language,
        m.met().map(ok -> ok ? "impact.met.yes" : "impact.met.no").orElse("impact.met.unknown"));
  }

  private static String threshold(@Nullable Threshold t) {
    return t == null ? "—" : t.toString();
  }

  private static String text(Tally impact, Language language) {
    List<Listed> listed = impact.listed;
    List<String> rejected = impact.rejected;
    StringBuilder s = new StringBuilder();
    s.append(
            label(
                language,
                "impact.title",
                standard(impact.tailored, language),
                standard(impact.base, language)))
        .append('\n');
    unitsText(s, listed, true, language);
    if (impact.changedCriteriaOnly() > 0) {
      s.append('\n').append(label(language, "impact.criteria-only")).append('\n');
      unitsText(s, listed, false, language);
    }
    s.append('\n')
        .append(
            label(
                language,
                "impact.counts",
                impact.units,
                impact.changed,
                impact.changedCriteriaOnly(),
                impact.unchanged(),
                rejected.size()))
        .append('\n');
    for (String r : rejected) {
      s.append(label(language, "impact.rejected", r)).append('\n');
    }
    return s.toString();
  }

  /** The listed units whose verdict changed (or, when {@code verdictChanged} is false, not). */
  private static void unitsText(
      StringBuilder s, List<Listed> listed, boolean verdictChanged, Language language) {
    for (Listed l : listed) {
      Impact.Change c = l.change();
      if (c.verdictChanged() != verdictChanged) {
        continue;
      }
      s.append('\n')
          .append(
              label(
                  language,
                  "impact.unit",
                  c.unit().name(),
                  c.unit().code().value(),
                  String.valueOf(c.assessmentYear()),
                  l.source(),
                  verdictAndGrade(c, language)))
          .append('\n');
      for (Impact.CriterionChange cc : c.criteria()) {
        s.append(
                label(
                    language,
                    "impact.criterion",
                    cc.id(),
                    cc.title().in(language),
                    label(language, "outcome." + cc.before().name()),
                    label(language, "outcome." + cc.after().name())))
            .append('\n');
        for (Impact.Figure f : cc.figures()) {
          s.append("    ").append(figure(f, language)).append('\n');
        }
      }
    }
  }

  private static void standard(ObjectNode node, Standard s) {
    node.put("id", s.id());
    node.put("version", s.version());
    node.put("fingerprint", s.fingerprint());
  }

  private static ObjectNode json(Tally impact, Language language) {
    List<Listed> listed = impact.listed;
    List<String> rejected = impact.rejected;
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", FORMAT);
    standard(root.putObject("base"), impact.base);
    standard(root.putObject("tailored"), impact.tailored);
    ArrayNode changes = root.putArray("changes");
    ArrayNode criteriaOnly = root.putArray("criteriaOnly");
    for (Listed l : listed) {
      Impact.Change c = l.change();
      ObjectNode u = (c.verdictChanged() ? changes : criteriaOnly).addObject();
      u.put("source", l.source());
      u.put("code", c.unit().code().value());
      u.put("name", c.unit().name());
      u.put("assessmentYear", c.assessmentYear());
      ObjectNode verdict = u.putObject("verdict");
      verdict.put("before", c.verdictBefore().name());
      verdict.put("after", c.verdictAfter().name());
      ObjectNode grade = u.putObject("grade");
      grade.put("before", c.gradeBefore());
      grade.put("after", c.gradeAfter());
      ArrayNode criteria = u.putArray("criteria");
      for (Impact.CriterionChange cc : c.criteria()) {
        ObjectNode n = criteria.addObject();
        n.put("id", cc.id());
        n.put("title", cc.title().in(language));
        ObjectNode outcome = n.putObject("outcome");
        outcome.put("before", cc.before().name());
        outcome.put("after", cc.after().name());
        ArrayNode figures = n.putArray("figures");
        for (Impact.Figure f : cc.figures()) {
          ObjectNode fig = figures.addObject();
          Measure a = f.after();
          fig.put("name", a.name());
          fig.put("label", a.label().in(language));
          if (a.year() == null) {
            fig.putNull("year");
          } else {
            fig.put("year", a.year());
          }
          fig.put("numerator", a.rate().numerator());
          fig.put("denominator", a.rate().denominator());
          ObjectNode before = fig.putObject("before");
          before.put("threshold", threshold(f.before().threshold()));
          putMet(before, f.before());
          ObjectNode after = fig.putObject("after");
          after.put("threshold", threshold(a.threshold()));
          putMet(after, a);
          fig.put("text", figure(f, language));
        }
      }
    }
    ObjectNode counts = root.putObject("counts");
    counts.put("units", impact.units);
    counts.put("changed", impact.changed);
    counts.put("criteriaOnly", impact.changedCriteriaOnly());
    counts.put("unchanged", impact.unchanged());
    counts.put("rejected", rejected.size());
    ArrayNode rej = root.putArray("rejected");
    rejected.forEach(rej::add);
    return root;
  }

  private static void putMet(ObjectNode node, Measure m) {
    Optional<Boolean> met = m.met();
    if (met.isPresent()) {
      node.put("met", met.get());
    } else {
      node.putNull("met");
    }
  }
}
