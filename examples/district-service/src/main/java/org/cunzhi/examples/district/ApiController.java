package org.cunzhi.examples.district;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.plugins.tianjin.campaign.FilingQuota;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's JSON interface. Reports are served as the command line writes them
 * (cunzhi.report/v1), or as the report page when the client asks for HTML; errors are RFC 9457
 * problem details ({@link Problems}).
 */
@RestController
@RequestMapping("/api")
public class ApiController {
  static final MediaType JSON = new MediaType("application", "json", UTF_8);
  static final MediaType HTML = new MediaType("text", "html", UTF_8);

  private final Evaluations evaluations;
  private final EvaluationStore store;
  private final AwardRanking ranking;
  private final StandardRegistry registry;

  public ApiController(
      Evaluations evaluations,
      EvaluationStore store,
      AwardRanking ranking,
      StandardRegistry registry) {
    this.evaluations = evaluations;
    this.store = store;
    this.ranking = ranking;
    this.registry = registry;
  }

  /**
   * Evaluates the dossier in the request body against {@code standard}, or the standard chosen for
   * its unit, stores it and answers 201 with its report.
   */
  @PostMapping("/evaluations")
  public ResponseEntity<String> evaluate(
      InputStream body,
      @RequestParam(name = "standard", required = false) @Nullable String standard,
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    Language language = Reports.language(lang);
    Evaluations.Stored stored = evaluations.evaluate(body, standard);
    boolean html = wantsHtml(accept);
    return ResponseEntity.created(URI.create("/api/evaluations/" + stored.id()))
        .contentType(html ? HTML : JSON)
        .body(stored.reports().of(html, language));
  }

  /** The report of a stored evaluation, in Chinese, or in English with {@code ?lang=en}. */
  @GetMapping("/evaluations/{id}")
  public ResponseEntity<String> report(
      @PathVariable long id,
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    Language language = Reports.language(lang);
    boolean html = wantsHtml(accept);
    String report =
        store.report(id, html, language).orElseThrow(() -> new NoSuchEvaluationException(id));
    return ResponseEntity.ok().contentType(html ? HTML : JSON).body(report);
  }

  /**
   * The units of the area whose division codes begin with {@code prefix}, with their latest
   * verdicts.
   */
  @GetMapping("/districts/{prefix}/units")
  public List<UnitView> units(@PathVariable String prefix) {
    return store.latestIn(DistrictPrefix.parse(prefix)).stream().map(UnitView::of).toList();
  }

  /** How many of the area's units it files for municipal demonstration (TJ-C2). */
  @GetMapping("/districts/{prefix}/quota")
  public QuotaView quota(@PathVariable String prefix) {
    DistrictPrefix area = DistrictPrefix.parse(prefix);
    FilingQuota quota = FilingQuota.of(store.unitsIn(area));
    return new QuotaView(area.digits(), quota.units(), quota.quota());
  }

  /** The area's units in the groups and order of {@link AwardRanking}, each naming its rule. */
  @GetMapping("/districts/{prefix}/ranking")
  public List<RankingView> ranking(@PathVariable String prefix) {
    return ranking.rank(store.latestIn(DistrictPrefix.parse(prefix))).stream()
        .map(RankingView::of)
        .toList();
  }

  /** The standards the service knows, by id. */
  @GetMapping("/standards")
  public List<StandardView> standards() {
    return registry.standards().stream()
        .map(s -> new StandardView(s.id(), s.version(), s.title().zh(), s.purpose()))
        .toList();
  }

  /**
   * Whether the client asks for HTML: it names text/html and not application/json, as a browser
   * does. Anything else (no header, {@code *}{@code /*}, JSON) gets JSON.
   */
  static boolean wantsHtml(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException e) {
      return false;
    }
    boolean html =
        types.stream()
            .anyMatch(
                t ->
                    t.isCompatibleWith(MediaType.TEXT_HTML)
                        && !t.isWildcardType()
                        && t.getQualityValue() > 0);
    boolean json =
        types.stream()
            .anyMatch(
                t ->
                    t.isCompatibleWith(MediaType.APPLICATION_JSON)
                        && !t.isWildcardType()
                        && !t.isWildcardSubtype()
                        && t.getQualityValue() > 0);
    return html && !json;
  }

  /**
   * A unit with its latest evaluation.
   *
   * @param code division code
   * @param name name
   * @param kind village or community
   * @param township township, when given
   * @param evaluation the evaluation's id
   * @param report where its report is
   * @param assessmentYear the year assessed
   * @param standardId the standard's id
   * @param standardVersion its version
   * @param fingerprint its fingerprint
   * @param verdict the verdict
   * @param vetoed whether a veto fired
   * @param score the score as shown, {@code low} equal to {@code high} unless evidence is missing,
   *     for a points standard
   * @param grade the grade code as the report JSON writes it ({@code DEMONSTRATION}, {@code
   *     NOT_QUALIFIED}, {@code INCONCLUSIVE}), for a points standard
   * @param gradeTitle the awarded grade's title, in Chinese, when one is awarded
   * @param passed criteria passed
   * @param failed criteria failed
   * @param undecided criteria without enough evidence, or that errored
   * @param evaluatedAt when, as an ISO-8601 date and time
   */
  public record UnitView(
      String code,
      String name,
      UnitKind kind,
      @Nullable String township,
      long evaluation,
      String report,
      int assessmentYear,
      String standardId,
      String standardVersion,
      String fingerprint,
      Verdict verdict,
      boolean vetoed,
      @Nullable ScoreView score,
      @Nullable String grade,
      @Nullable String gradeTitle,
      int passed,
      int failed,
      int undecided,
      String evaluatedAt) {
    static UnitView of(StoredEvaluation e) {
      return new UnitView(
          e.unitCode(),
          e.unitName(),
          e.kind(),
          e.township(),
          e.id(),
          "/api/evaluations/" + e.id(),
          e.assessmentYear(),
          e.standardId(),
          e.standardVersion(),
          e.fingerprint(),
          e.verdict(),
          e.vetoed(),
          e.score() == null ? null : ScoreView.of(e.score()),
          e.grade(),
          e.gradeTitle(),
          e.passed(),
          e.failed(),
          e.undecided(),
          e.evaluatedAt().toString());
    }
  }

  /**
   * The filing quota of an area (TJ-C2).
   *
   * @param prefix the area
   * @param units its units that have been evaluated
   * @param quota how many it files
   */
  public record QuotaView(String prefix, int units, int quota) {}

  /**
   * A score as the report JSON writes it: each end rounded half up to two places.
   *
   * @param low the least the evidence allows
   * @param high the most the evidence allows
   */
  public record ScoreView(String low, String high) {
    static ScoreView of(Span score) {
      return new ScoreView(
          score.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString(),
          score.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString());
    }
  }

  /**
   * Units ranked by one rule.
   *
   * @param rule {@code EXACT_SCORE} (one points standard, by exact score) or {@code VERDICT}
   *     (pass/fail standards, by verdict and criteria)
   * @param ruleId the domain rule the order follows: CV-D7 or TJ-C3
   * @param standardId the points standard, for {@code EXACT_SCORE}
   * @param pickGrade the grade the picks are made among, for {@code EXACT_SCORE}
   * @param units the units, best first
   */
  public record RankingView(
      AwardRanking.Rule rule,
      String ruleId,
      @Nullable String standardId,
      @Nullable String pickGrade,
      List<RankView> units) {
    static RankingView of(AwardRanking.Group g) {
      return new RankingView(
          g.rule(),
          g.rule().ruleId(),
          g.standardId(),
          g.pickGrade(),
          g.units().stream()
              .map(
                  r ->
                      new RankView(
                          r.rank(), r.tied(), r.pick(), r.contender(), UnitView.of(r.evaluation())))
              .toList());
    }
  }

  /**
   * A unit's place in the ranking.
   *
   * @param rank its rank, shared by equal units
   * @param tied whether another unit shares it
   * @param pick whether it is picked for the best grade (CV-D7)
   * @param contender whether its interval could still reach the picks (CV-D7)
   * @param unit the unit with its latest evaluation
   */
  public record RankView(int rank, boolean tied, boolean pick, boolean contender, UnitView unit) {}

  /**
   * A standard the service knows.
   *
   * @param id its id
   * @param version its version
   * @param title its title, in Chinese
   * @param purpose what it is for ({@code demonstration}, {@code work-system})
   */
  public record StandardView(String id, String version, String title, String purpose) {}

  /** No evaluation has the id asked for. */
  static final class NoSuchEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchEvaluationException(long id) {
      super("no evaluation has the id " + id);
    }
  }
}
