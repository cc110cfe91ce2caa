package org.cunzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Ranking;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.Assessor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rank --standard ID DOSSIER...}: a township's units ranked by exact score under a points
 * standard, with grades, and its pick (DOMAIN CV-D7): the highest exact score among the units
 * awarded the standard's best grade. Ties are shown as ties ({@code 2=}); a unit whose score is an
 * interval is ranked by its low end and named when its missing evidence could change the pick.
 *
 * <p>One assessment year at a time (several are a usage error, exit 2); a standard that does not
 * score is a usage error; an invalid dossier, or a second dossier of a unit already ranked, is
 * named on standard error and in the ranking and left out (exit 1).
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description =
        "Ranks the units of the dossiers by exact score under a points standard (CV-D7), with"
            + " their grades, and names the pick: the highest exact score among the units awarded"
            + " the best grade. Ties are shown as ties; an interval score (missing evidence,"
            + " CV-D5) is ranked by its low end and never picked.")
final class RankCommand implements Callable<Integer> {
  /** The ranking JSON format's name. */
  static final String FORMAT = "cunzhi.ranking/v1";

  private static final Messages LABELS =
      Messages.load(RankCommand.class, "/org/cunzhi/examples/cli/cli");

  private final Session session;

  @Option(
      names = "--standard",
      paramLabel = "ID",
      required = true,
      description = "the points standard to rank under, e.g. integrity.five-goods-village")
  String standardId = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.TEXT;

  @Parameters(
      arity = "1..*",
      paramLabel = "DOSSIER",
      description = "dossier files (JSON), or folders of them")
  List<Path> files = List.of();

  @Mixin ReaderLimits limits = new ReaderLimits();

  private final Lang lang;

  RankCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
  }

  /** A file left out of the ranking, and why. */
  private record LeftOut(String file, String reason) {}

  @Override
  public Integer call() throws JsonProcessingException {
    if (format != Format.TEXT && format != Format.JSON) {
      throw UsageException.of("format-unavailable", format.name().toLowerCase(Locale.ROOT), "rank");
    }
    Standard standard = session.standard(standardId);
    if (!(standard.scoring() instanceof ScoringModel.WeightedPoints)) {
      throw UsageException.of("rank-not-scored", standardId);
    }
    int status = Main.OK;
    Assessor assessor = Assessor.of(session.registry());
    List<EvaluationResult> results = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    List<Dossier> read = new ArrayList<>();
    List<Path> from = new ArrayList<>();
    for (DossierFiles.Read r : DossierFiles.readAll(limits.reader(), files, session)) {
      if (r.dossier().isEmpty()) {
        status = Main.REJECTED;
        leftOut.add(new LeftOut(r.file().toString(), "invalid"));
        continue;
      }
      Dossier dossier = r.dossier().get();
      String code = dossier.unit().code().value();
      Path first = seen.putIfAbsent(code, r.file());
      if (first != null) {
        session.err().println(session.text("rank.duplicate", r.file(), code, first));
        status = Main.REJECTED;
        leftOut.add(new LeftOut(r.file().toString(), "duplicate"));
        continue;
      }
      read.add(dossier);
      from.add(r.file());
    }
    TreeSet<Integer> years = new TreeSet<>();
    read.forEach(d -> years.add(d.assessmentYear()));
    if (years.size() > 1) {
      throw UsageException.of(
          "rank-years",
          years.size(),
          years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    for (int i = 0; i < read.size(); i++) {
      EvaluationResult result = assessor.assessAgainst(standard, read.get(i));
      StandardChoice choice = result.choice();
      if (choice != null && !choice.appliesToUnit()) {
        session
            .err()
            .println(
                session.text(
                    "cli.warning",
                    from.get(i)
                        + ": "
                        + choice.outsideScope().stream()
                            .map(r -> r.text().in(lang.language()))
                            .collect(Collectors.joining(" "))));
      }
      if (result.score().isEmpty()) {
        session
            .err()
            .println(session.text("rank.no-score", from.get(i), result.unit().code(), standardId));
        leftOut.add(new LeftOut(from.get(i).toString(), "no-score"));
        continue;
      }
      results.add(result);
    }
    if (results.isEmpty()) {
      session.err().println(session.text("cli.error", session.text("rank.none")));
      return status == Main.OK ? Main.REJECTED : status;
    }
    Ranking ranking = Ranking.of(results, standard);
    if (format == Format.JSON) {
      session.out().print(JsonStyle.pretty(json(standard, ranking, leftOut, lang.language())));
    } else {
      session.out().print(text(standard, ranking, leftOut, lang.language()));
    }
    session.out().flush();
    return status;
  }

  private static String label(Language language, String key, Object... args) {
    return LABELS.text(key, args).in(language);
  }

  /** A score as shown: {@code 97.42}, or {@code 86.38–98.38}. */
  static String shown(Span s) {
    String low = s.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    return s.isExact() ? low : low + "–" + s.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
  }

  private static String grade(ScoreCard card, Language language) {
    return switch (card.standing()) {
      case AWARDED -> card.grade().orElseThrow().title().in(language);
      case NOT_QUALIFIED -> label(language, "rank.not-qualified");
      case INCONCLUSIVE ->
          label(
              language,
              "rank.undecided",
              gradeTitle(card.lowest(), language),
              gradeTitle(card.highest(), language));
    };
  }

  private static String gradeTitle(@Nullable Grade g, Language language) {
    return g == null ? label(language, "rank.not-qualified") : g.title().in(language);
  }

  private static String text(
      Standard standard, Ranking ranking, List<LeftOut> leftOut, Language language) {
    StringBuilder s = new StringBuilder();
    int year = ranking.entries().get(0).result().assessmentYear();
    s.append(
            label(
                language,
                "rank.title",
                standard.title().in(language),
                standard.id(),
                standard.version(),
                String.valueOf(year)))
        .append('\n');
    s.append(label(language, "rank.header")).append('\n');
    for (Ranking.Entry e : ranking.entries()) {
      EvaluationResult r = e.result();
      String rank = e.rank() + (e.tied() ? "=" : "");
      String gradeText = grade(e.card(), language);
      if (r.vetoed()) {
        gradeText += label(language, "rank.vetoed");
      }
      s.append(
              String.format(
                  Locale.ROOT,
                  "%-4s %-12s %s  %s  %s",
                  rank,
                  r.unit().code().value(),
                  shown(e.score()),
                  gradeText,
                  r.unit().name()))
          .append('\n');
    }
    Grade pick = ranking.pickGrade();
    if (ranking.picks().isEmpty()) {
      s.append(label(language, "rank.pick.none", pick.title().in(language))).append('\n');
    } else {
      String names =
          ranking.picks().stream()
              .map(e -> e.result().unit().name() + " (" + e.result().unit().code().value() + ")")
              .collect(Collectors.joining(label(language, "rank.and")));
      String key = ranking.picks().size() > 1 ? "rank.pick.tie" : "rank.pick";
      s.append(
              label(
                  language,
                  key,
                  pick.title().in(language),
                  names,
                  shown(ranking.picks().get(0).score())))
          .append('\n');
    }
    for (Ranking.Entry c : ranking.contenders()) {
      List<LocalizedText> missing = c.card().missing();
      s.append(
              label(
                  language,
                  "rank.contender",
                  c.result().unit().name(),
                  shown(c.score()),
                  missing.stream().map(t -> t.in(language)).collect(Collectors.joining("；"))))
          .append('\n');
    }
    for (LeftOut l : leftOut) {
      s.append(label(language, "rank.left-out." + l.reason(), l.file())).append('\n');
    }
    return s.toString();
  }

  private static ObjectNode json(
      Standard standard, Ranking ranking, List<LeftOut> leftOut, Language language) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", FORMAT);
    ObjectNode st = root.putObject("standard");
    st.put("id", standard.id());
    st.put("version", standard.version());
    st.put("fingerprint", standard.fingerprint());
    root.put("assessmentYear", ranking.entries().get(0).result().assessmentYear());
    root.put("pickGrade", ranking.pickGrade().id().toUpperCase(Locale.ROOT).replace('-', '_'));
    ArrayNode units = root.putArray("units");
    for (Ranking.Entry e : ranking.entries()) {
      EvaluationResult r = e.result();
      ObjectNode u = units.addObject();
      u.put("rank", e.rank());
      u.put("tied", e.tied());
      u.put("code", r.unit().code().value());
      u.put("name", r.unit().name());
      ObjectNode score = u.putObject("score");
      score.put("low", e.score().lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
      score.put("high", e.score().highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
      u.put("grade", e.card().gradeCode());
      u.put("verdict", r.verdict().name());
      u.put("vetoed", r.vetoed());
      ArrayNode missing = u.putArray("missing");
      e.card().missing().forEach(t -> missing.add(t.in(language)));
    }
    ArrayNode picks = root.putArray("picks");
    ranking.picks().forEach(e -> picks.add(e.result().unit().code().value()));
    ArrayNode contenders = root.putArray("contenders");
    ranking.contenders().forEach(e -> contenders.add(e.result().unit().code().value()));
    ArrayNode left = root.putArray("leftOut");
    for (LeftOut l : leftOut) {
      ObjectNode n = left.addObject();
      n.put("file", l.file());
      n.put("reason", l.reason().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
    return root;
  }
}
