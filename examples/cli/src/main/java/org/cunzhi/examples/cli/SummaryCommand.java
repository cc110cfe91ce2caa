package org.cunzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Ratio;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.NoApplicableStandardException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code summary DOSSIER...}: a township or district summary (CV-4) of the dossiers'
 * assessment-year statistics, in text or as JSON ({@code cunzhi.summary/v1}).
 *
 * <p>A summary covers one assessment year: dossiers of several years are a usage error (exit 2)
 * naming the years, since adding units of different years would give a figure of no year. Invalid
 * dossiers are reported on standard error and left out (exit 1); so is a second dossier of a unit
 * already summarised, which would count it twice. Either way the summary itself names the file left
 * out. Each dossier is assessed against the demonstration standard chosen for its unit, as {@code
 * evaluate} does, for the verdict counts. Units are listed by division code, so the same dossiers
 * give the same bytes in any order.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "A township or district summary (CV-4) for one assessment year: the opening paragraph"
            + " of a township report, totals, pooled rates, births per mille, sex ratio at birth,"
            + " activity counts, families in difficulty, average funding (CV-5), verdict counts"
            + " and the filing quota (TJ-C2); rejected dossiers are named in the summary."
            + " Dossiers of several assessment years are refused: summarise one year at a time.")
final class SummaryCommand implements Callable<Integer> {
  /** The summary JSON format's name. */
  static final String FORMAT = "cunzhi.summary/v1";

  private static final Messages LABELS =
      Messages.load(SummaryCommand.class, "/org/cunzhi/examples/cli/cli");

  private final Session session;

  /** The run's language: {@code --lang}, inherited from the top command, or the locale's. */
  final Lang lang;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.TEXT;

  @Parameters(
      arity = "1..*",
      paramLabel = "DOSSIER",
      descriptionKey = "dossiers",
      description = "dossier files (JSON), or folders: the *.json files in them")
  List<Path> files = List.of();

  SummaryCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (format != Format.TEXT && format != Format.JSON) {
      throw UsageException.of(
          "format-unavailable", format.name().toLowerCase(Locale.ROOT), "summary");
    }
    int status = Main.OK;
    List<Dossier> dossiers = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (DossierFiles.Read read : DossierFiles.readAll(files, session)) {
      if (read.dossier().isEmpty()) {
        status = Main.REJECTED;
        rejected.add(new Rejected(read.file().toString(), read.problems(), null));
        continue;
      }
      Dossier dossier = read.dossier().get();
      String code = dossier.unit().code().value();
      Path first = seen.putIfAbsent(code, read.file());
      if (first != null) {
        session.err().println(session.text("summary.duplicate", read.file(), code, first));
        status = Main.REJECTED;
        rejected.add(new Rejected(read.file().toString(), 1, first.toString()));
        continue;
      }
      dossiers.add(dossier);
    }
    if (dossiers.isEmpty()) {
      session.err().println(session.text("cli.error", session.text("summary.none-read")));
      return status;
    }
    checkOneYear(dossiers);
    Assessor assessor = Assessor.of(session.registry());
    List<String> pointsPurposes = pointsPurposes();
    Summary summary =
        Summary.of(
            dossiers,
            d -> {
              try {
                return Optional.of(assessor.assess(d));
              } catch (NoApplicableStandardException e) {
                return Optional.empty();
              }
            },
            d -> {
              List<EvaluationResult> graded = new ArrayList<>();
              for (String purpose : pointsPurposes) {
                try {
                  graded.add(assessor.assess(d, purpose));
                } catch (NoApplicableStandardException e) {
                  // no points standard of this purpose applies to the unit
                }
              }
              return graded;
            },
            this::gradesOf);
    if (format == Format.JSON) {
      session.out().print(JsonStyle.pretty(json(summary, rejected)));
    } else {
      session.out().print(text(summary, rejected, lang.language(), this::gradesOf));
    }
    session.out().flush();
    return status;
  }

  /** A grade code's name: the standard's title of the grade, or not qualified, or undecided. */
  private static String gradeName(List<Grade> grades, String code, Label label, Language language) {
    for (Grade g : grades) {
      if (g.id().toUpperCase(Locale.ROOT).replace('-', '_').equals(code)) {
        return g.title().in(language);
      }
    }
    return code.equals("NOT_QUALIFIED")
        ? label.of("summary.grade.NOT_QUALIFIED")
        : code.equals("INCONCLUSIVE") ? label.of("summary.grade.INCONCLUSIVE") : code;
  }

  /**
   * The purposes of the installed standards that score by points (CV-D6), e.g. {@code integrity}:
   * each unit is graded under the one chosen for it of each, for the grade counts.
   */
  private List<String> pointsPurposes() {
    java.util.TreeSet<String> purposes = new java.util.TreeSet<>();
    for (Standard s : session.registry().standards()) {
      if (s.scoring() instanceof ScoringModel.WeightedPoints
          && !s.purpose().equals(Assessor.DEMONSTRATION)) {
        purposes.add(s.purpose());
      }
    }
    return List.copyOf(purposes);
  }

  /** The grades of points standard {@code id}, best first, with the values in force. */
  private List<Grade> gradesOf(String id) {
    Standard s = session.standard(id);
    return s.scoring() instanceof ScoringModel.WeightedPoints points
        ? points.resolve(s.values()).grades()
        : List.of();
  }

  private void checkOneYear(List<Dossier> dossiers) {
    SortedMap<Integer, Long> years =
        dossiers.stream()
            .collect(
                Collectors.groupingBy(
                    Dossier::assessmentYear, TreeMap::new, Collectors.counting()));
    if (years.size() > 1) {
      throw UsageException.of(
          "summary-years",
          years.size(),
          years.entrySet().stream()
              .map(
                  e ->
                      session.text(
                          e.getValue() == 1 ? "summary.year-unit" : "summary.year-units",
                          e.getKey(),
                          e.getValue()))
              .collect(Collectors.joining(session.text("summary.separator"))));
    }
  }

  /**
   * A dossier file left out of the summary.
   *
   * @param file the file as named on the command line
   * @param problems how many problems standard error lists for it
   * @param duplicateOf the file the same unit was already summarised from; null when the file was
   *     rejected as invalid
   */
  record Rejected(String file, int problems, @Nullable String duplicateOf) {}

  /** The summary as {@code cunzhi.summary/v1}. */
  static ObjectNode json(Summary s, List<Rejected> rejected) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("assessmentYear", s.assessmentYear());
    ObjectNode counts = root.putObject("unitCounts");
    counts.put("total", s.units().size());
    counts.put("villages", s.count(UnitKind.VILLAGE));
    counts.put("communities", s.count(UnitKind.COMMUNITY));
    counts.put("withStatistics", s.withStatistics());
    ObjectNode population = root.putObject("population");
    population.put("start", s.populationStart());
    population.put("end", s.populationEnd());
    root.put("marriedWomen15to49", s.marriedWomen15to49());
    ObjectNode associations = root.putObject("associations");
    associations.put("count", s.associations());
    associations.put("members", s.associationMembers());
    root.set("contraceptiveRate", rate(s.contraceptiveRate()));
    root.set("policyCompliantBirthRate", rate(s.policyCompliantBirthRate()));
    ObjectNode birthRate = root.putObject("crudeBirthRate");
    birthRate.put("births", s.crudeBirthRate().numerator());
    birthRate.put("meanPopulation", s.meanPopulation().toPlainString());
    putValue(birthRate, "perMille", s.crudeBirthRate());
    ObjectNode sexRatio = root.putObject("sexRatioAtBirth");
    sexRatio.put("male", s.sexRatioAtBirth().numerator());
    sexRatio.put("female", s.sexRatioAtBirth().denominator());
    putValue(sexRatio, "malesPer100Females", s.sexRatioAtBirth());
    ObjectNode activities = root.putObject("activityCounts");
    s.activityCounts().forEach((kind, n) -> activities.put(kind.jsonName(), n));
    ObjectNode difficult = root.putObject("difficultFamilies");
    difficult.put("identified", s.difficulties().identified());
    difficult.put("assisted", s.difficulties().assisted());
    difficult.put("improved", s.difficulties().improved());
    ObjectNode funding = root.putObject("funding");
    funding.put("unitsReporting", s.withFunding());
    funding.put("totalYuan", s.fundingYuan());
    s.averageFundingYuan()
        .ifPresentOrElse(
            a -> funding.put("averageYuan", a.toPlainString()),
            () -> funding.putNull("averageYuan"));
    ObjectNode verdicts = root.putObject("verdicts");
    ObjectNode byStandard = verdicts.putObject("byStandard");
    s.verdicts()
        .forEach(
            (id, tally) -> {
              ObjectNode node = byStandard.putObject(id);
              tally.forEach((v, n) -> node.put(v.name(), n));
            });
    ObjectNode grades = root.putObject("grades");
    ObjectNode gradesByStandard = grades.putObject("byStandard");
    s.grades()
        .forEach(
            (id, tally) -> {
              ObjectNode node = gradesByStandard.putObject(id);
              tally.forEach(node::put);
            });
    ArrayNode unassessed = verdicts.putArray("unassessed");
    s.unassessed().forEach(u -> unassessed.add(unit(u)));
    ObjectNode quota = root.putObject("filingQuota");
    quota.put("units", s.filingQuota().units());
    quota.put("quota", s.filingQuota().quota());
    ObjectNode missing = root.putObject("missing");
    s.missing()
        .forEach(
            (part, units) -> {
              ArrayNode list = missing.putArray(part.jsonName());
              units.forEach(u -> list.add(unit(u)));
            });
    ArrayNode units = root.putArray("units");
    s.units().forEach(u -> units.add(unit(u)));
    ArrayNode left = root.putArray("rejected");
    for (Rejected r : rejected) {
      ObjectNode node = left.addObject();
      node.put("file", r.file());
      node.put("problems", r.problems());
      if (r.duplicateOf() != null) {
        node.put("duplicateOf", r.duplicateOf());
      }
    }
    return root;
  }

  private static ObjectNode rate(Rate rate) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("numerator", rate.numerator());
    node.put("denominator", rate.denominator());
    if (rate.isDefined()) {
      node.put("percent", rate.formatPercent(2, RoundingMode.HALF_UP));
      Interval w = rate.wilson95Rounded(2).orElseThrow();
      ArrayNode interval = node.putArray("wilson95");
      interval.add(w.lowerPercent(2, RoundingMode.HALF_UP).toPlainString());
      interval.add(w.upperPercent(2, RoundingMode.HALF_UP).toPlainString());
    } else {
      node.putNull("percent");
      node.putNull("wilson95");
    }
    return node;
  }

  private static void putValue(ObjectNode node, String name, Ratio ratio) {
    if (ratio.isDefined()) {
      node.put(name, ratio.format(2, RoundingMode.HALF_UP));
    } else {
      node.putNull(name);
    }
  }

  private static ObjectNode unit(Unit u) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("code", u.code().value());
    node.put("name", u.name());
    node.put("kind", u.kind().name());
    return node;
  }

  /**
   * The summary as an official reads it, labels in {@code language}: the opening paragraph of a
   * township report (基本情况), then the table.
   */
  static String text(Summary s, List<Rejected> rejected, Language language) {
    return text(s, rejected, language, id -> List.of());
  }

  /** As above, naming each grade of a points standard by its title from {@code gradesOf}. */
  static String text(
      Summary s,
      List<Rejected> rejected,
      Language language,
      java.util.function.Function<String, List<Grade>> gradesOf) {
    StringBuilder out = new StringBuilder();
    Label label = new Label(language);
    String year = String.valueOf(s.assessmentYear());
    out.append(label.line("summary.para", paragraphArgs(s, label, year))).append("\n");
    out.append(
        label.line(
            "summary.title",
            year,
            String.valueOf(s.units().size()),
            String.valueOf(s.count(UnitKind.VILLAGE)),
            String.valueOf(s.count(UnitKind.COMMUNITY))));
    List<String> places =
        s.units().stream()
            .map(
                u ->
                    Stream.of(u.county(), u.township())
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" ")))
            .filter(p -> !p.isEmpty())
            .distinct()
            .sorted()
            .toList();
    if (!places.isEmpty()) {
      out.append(label.line("summary.places", String.join(label.of("summary.separator"), places)));
    }
    out.append(label.line("summary.with-statistics", year, String.valueOf(s.withStatistics())));
    out.append(
        label.line(
            "summary.population",
            String.valueOf(s.populationEnd()),
            String.valueOf(s.populationStart())));
    out.append(label.line("summary.married-women", String.valueOf(s.marriedWomen15to49())));
    out.append(
        label.line(
            "summary.associations",
            String.valueOf(s.associations()),
            String.valueOf(s.associationMembers())));
    out.append(rateLine(label, "summary.contraceptive-rate", s.contraceptiveRate()));
    out.append(
        rateLine(label, "summary.policy-compliant-birth-rate", s.policyCompliantBirthRate()));
    Ratio births = s.crudeBirthRate();
    String mean = s.meanPopulation().toPlainString();
    out.append(
        births.isDefined()
            ? label.line(
                "summary.birth-rate",
                String.valueOf(births.numerator()),
                mean,
                births.format(2, RoundingMode.HALF_UP))
            : label.line("summary.birth-rate.undefined", String.valueOf(births.numerator()), mean));
    Ratio sex = s.sexRatioAtBirth();
    String male = String.valueOf(sex.numerator());
    String female = String.valueOf(sex.denominator());
    out.append(
        sex.isDefined()
            ? label.line("summary.sex-ratio", male, female, sex.format(2, RoundingMode.HALF_UP))
            : label.line("summary.sex-ratio.undefined", male, female));
    Map<Summary.ActivityCount, Long> counts = s.activityCounts();
    out.append(
        label.line(
            "summary.activities",
            String.valueOf(counts.get(Summary.ActivityCount.MEETINGS)),
            String.valueOf(counts.get(Summary.ActivityCount.ACTIVITIES)),
            String.valueOf(counts.get(Summary.ActivityCount.DISCLOSURES)),
            String.valueOf(counts.get(Summary.ActivityCount.COMPLAINTS))));
    Summary.Difficulties d = s.difficulties();
    out.append(
        label.line(
            "summary.difficulties",
            String.valueOf(d.identified()),
            String.valueOf(d.assisted()),
            String.valueOf(d.improved())));
    out.append(
        s.averageFundingYuan()
            .map(
                a ->
                    label.line(
                        "summary.funding",
                        year,
                        String.valueOf(s.fundingYuan()),
                        String.valueOf(s.withFunding()),
                        a.toPlainString()))
            .orElseGet(() -> label.line("summary.funding.none", year)));
    s.verdicts()
        .forEach(
            (id, tally) ->
                out.append(
                    label.line(
                        "summary.verdicts",
                        id,
                        String.valueOf(tally.get(Verdict.MEETS)),
                        String.valueOf(tally.get(Verdict.DOES_NOT_MEET)),
                        String.valueOf(tally.get(Verdict.INCONCLUSIVE)))));
    s.grades()
        .forEach(
            (id, tally) ->
                out.append(
                    label.line(
                        "summary.grades",
                        id,
                        tally.entrySet().stream()
                            .map(
                                e ->
                                    label.of(
                                        "summary.grade",
                                        gradeName(gradesOf.apply(id), e.getKey(), label, language),
                                        String.valueOf(e.getValue())))
                            .collect(Collectors.joining(label.of("summary.separator"))))));
    if (!s.unassessed().isEmpty()) {
      out.append(label.line("summary.unassessed", names(label, s.unassessed())));
    }
    out.append(
        label.line(
            "summary.quota",
            String.valueOf(s.filingQuota().units()),
            String.valueOf(s.filingQuota().quota())));
    s.missing()
        .forEach(
            (part, units) -> {
              if (!units.isEmpty()) {
                String names =
                    units.stream()
                        .map(u -> label.of("summary.unit-ref", u.name(), u.code().value()))
                        .collect(Collectors.joining(label.of("summary.separator")));
                out.append(label.line("summary.missing." + part.name(), year, names));
              }
            });
    for (Rejected r : rejected) {
      out.append(
          r.duplicateOf() == null
              ? label.line("summary.rejected", r.file(), String.valueOf(r.problems()))
              : label.line("summary.rejected.duplicate", r.file(), r.duplicateOf()));
    }
    out.append(label.line("summary.units"));
    for (Unit u : s.units()) {
      out.append("  ")
          .append(
              label.line(
                  "summary.unit",
                  u.code().value(),
                  u.name(),
                  label.of("summary.kind." + u.kind().name())));
    }
    return out.toString();
  }

  private static String names(Label label, List<Unit> units) {
    return units.stream()
        .map(u -> label.of("summary.unit-ref", u.name(), u.code().value()))
        .collect(Collectors.joining(label.of("summary.separator")));
  }

  /**
   * The opening paragraph's parts, each a figure or, where it cannot be computed, a phrase saying
   * so: never a 0 that stands for no data.
   */
  private static Object[] paragraphArgs(Summary s, Label label, String year) {
    boolean stats = s.withStatistics() > 0;
    boolean organizations = s.missing().get(Summary.Part.ORGANIZATION).size() < s.units().size();
    Rate compliant = s.policyCompliantBirthRate();
    Ratio births = s.crudeBirthRate();
    Ratio sex = s.sexRatioAtBirth();
    String partial =
        stats && s.withStatistics() < s.units().size()
            ? label.of(
                "summary.para.partial", String.valueOf(s.units().size() - s.withStatistics()), year)
            : "";
    return new Object[] {
      String.valueOf(s.units().size()),
      stats
          ? label.of("summary.para.population", String.valueOf(s.populationEnd()))
          : label.of("summary.para.population.none"),
      stats
          ? label.of("summary.para.women", String.valueOf(s.marriedWomen15to49()))
          : label.of("summary.para.women.none"),
      organizations
          ? label.of(
              "summary.para.associations",
              String.valueOf(s.associations()),
              String.valueOf(s.associationMembers()))
          : label.of("summary.para.associations.none"),
      stats
          ? label.of("summary.para.births", year, String.valueOf(compliant.denominator()))
          : label.of("summary.para.births.none", year),
      compliant.isDefined()
          ? label.of("summary.para.compliant", compliant.formatPercent(2, RoundingMode.HALF_UP))
          : label.of("summary.para.compliant.none"),
      births.isDefined()
          ? label.of("summary.para.birth-rate", births.format(2, RoundingMode.HALF_UP))
          : label.of("summary.para.birth-rate.none"),
      sex.isDefined()
          ? label.of("summary.para.sex-ratio", sex.format(2, RoundingMode.HALF_UP))
          : label.of("summary.para.sex-ratio.none"),
      partial
    };
  }

  private static String rateLine(Label label, String nameKey, Rate rate) {
    String name = label.of(nameKey);
    String numerator = String.valueOf(rate.numerator());
    String denominator = String.valueOf(rate.denominator());
    if (!rate.isDefined()) {
      return label.line("summary.rate.undefined", name, numerator, denominator);
    }
    Interval w = rate.wilson95Rounded(2).orElseThrow();
    String interval =
        label.of(
            "measure.interval",
            w.lowerPercent(2, RoundingMode.HALF_UP).toPlainString(),
            w.upperPercent(2, RoundingMode.HALF_UP).toPlainString());
    return label.line(
        "summary.rate",
        name,
        numerator,
        denominator,
        rate.formatPercent(2, RoundingMode.HALF_UP),
        interval);
  }

  /** Labels of the {@code cli} bundle in one language. */
  private record Label(Language language) {
    String of(String key, Object... args) {
      return LABELS.text(key, args).in(language);
    }

    String line(String key, Object... args) {
      return of(key, args) + "\n";
    }
  }
}
