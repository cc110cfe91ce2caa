package org.cunzhi.examples.district;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of the first migration, in SQL that H2 and PostgreSQL both run. It opens no
 * transactions: {@link Evaluations} wraps each store in one.
 */
@Repository
public class EvaluationStore {
  private static final String SUMMARY_COLUMNS =
      "e.id, e.unit_code, u.name, u.kind, u.township, e.assessment_year, e.standard_id,"
          + " e.standard_version, e.fingerprint, e.verdict, e.vetoed, e.score_exact_low,"
          + " e.score_exact_high, e.grade, e.grade_title, e.grade_lowest, e.grade_highest,"
          + " e.passed, e.failed, e.undecided, e.evaluated_at";

  private static final RowMapper<StoredEvaluation> SUMMARY = EvaluationStore::summary;

  private final JdbcTemplate jdbc;

  public EvaluationStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records {@code unit} as the dossier last described it. */
  public void saveUnit(Unit unit) {
    int updated =
        jdbc.update(
            "UPDATE unit SET name = ?, kind = ?, township = ?, county = ? WHERE code = ?",
            unit.name(),
            unit.kind().name(),
            unit.township(),
            unit.county(),
            unit.code().value());
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO unit (code, name, kind, township, county) VALUES (?, ?, ?, ?, ?)",
          unit.code().value(),
          unit.name(),
          unit.kind().name(),
          unit.township(),
          unit.county());
    }
  }

  /** Inserts the evaluation {@code result} of a unit already saved, and gives its id. */
  public long insertEvaluation(EvaluationResult result, Reports reports, OffsetDateTime at) {
    @Nullable ScoreCard card = result.scoreCard();
    @Nullable Span score = result.score().orElse(null);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var s =
              connection.prepareStatement(
                  "INSERT INTO evaluation (unit_code, assessment_year, standard_id,"
                      + " standard_version, fingerprint, verdict, vetoed, score_low, score_high,"
                      + " score_exact_low, score_exact_high, grade, grade_title, grade_lowest,"
                      + " grade_highest, passed, failed, undecided, evaluated_at, report_json,"
                      + " report_html, report_json_en, report_html_en)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?)",
                  new String[] {"id"});
          s.setString(1, result.unit().code().value());
          s.setInt(2, result.assessmentYear());
          s.setString(3, result.standardId());
          s.setString(4, result.standardVersion());
          s.setString(5, result.fingerprint());
          s.setString(6, result.verdict().name());
          s.setBoolean(7, result.vetoed());
          s.setBigDecimal(8, score == null ? null : score.lowDecimal(ScoreCard.DISPLAY_SCALE));
          s.setBigDecimal(9, score == null ? null : score.highDecimal(ScoreCard.DISPLAY_SCALE));
          text(s, 10, score == null ? null : score.low().toString());
          text(s, 11, score == null ? null : score.high().toString());
          text(s, 12, card == null ? null : card.gradeCode());
          text(s, 13, result.grade().map(g -> g.title().zh()).orElse(null));
          text(s, 14, card == null || card.lowest() == null ? null : card.lowest().id());
          text(s, 15, card == null || card.highest() == null ? null : card.highest().id());
          s.setInt(16, (int) result.count(Outcome.PASS));
          s.setInt(17, (int) result.count(Outcome.FAIL));
          s.setInt(
              18,
              (int) (result.count(Outcome.INSUFFICIENT_EVIDENCE) + result.count(Outcome.ERROR)));
          s.setObject(19, at);
          s.setString(20, reports.json());
          s.setString(21, reports.html());
          s.setString(22, reports.jsonEn());
          s.setString(23, reports.htmlEn());
          return s;
        },
        key);
    Number id = key.getKey();
    if (id == null) {
      throw new IllegalStateException("the database gave no id for the evaluation stored");
    }
    return id.longValue();
  }

  /** The evaluation {@code id}, without its report. */
  public Optional<StoredEvaluation> find(long id) {
    return jdbc
        .query(
            "SELECT "
                + SUMMARY_COLUMNS
                + " FROM evaluation e JOIN unit u ON u.code = e.unit_code WHERE e.id = ?",
            SUMMARY,
            id)
        .stream()
        .findFirst();
  }

  /**
   * The report of the evaluation {@code id} in {@code language}: JSON when {@code html} is false,
   * else HTML.
   */
  public Optional<String> report(long id, boolean html, Language language) {
    String column = (html ? "report_html" : "report_json") + (language == Language.EN ? "_en" : "");
    return jdbc
        .query("SELECT " + column + " FROM evaluation WHERE id = ?", (rs, n) -> rs.getString(1), id)
        .stream()
        .findFirst();
  }

  /**
   * The latest evaluation of each unit in {@code area}, ordered by division code: that of the
   * latest assessment year, and of those the one stored last.
   */
  public List<StoredEvaluation> latestIn(DistrictPrefix area) {
    return jdbc.query(
        "SELECT * FROM (SELECT "
            + SUMMARY_COLUMNS
            + ", ROW_NUMBER() OVER (PARTITION BY e.unit_code"
            + " ORDER BY e.assessment_year DESC, e.id DESC) AS position"
            + " FROM evaluation e JOIN unit u ON u.code = e.unit_code"
            + " WHERE e.unit_code LIKE ?) latest WHERE position = 1 ORDER BY unit_code",
        SUMMARY,
        area.digits() + "%");
  }

  /** Every evaluation of the unit {@code code}, the latest first. */
  public List<StoredEvaluation> historyOf(String code) {
    return jdbc.query(
        "SELECT "
            + SUMMARY_COLUMNS
            + " FROM evaluation e JOIN unit u ON u.code = e.unit_code WHERE e.unit_code = ?"
            + " ORDER BY e.assessment_year DESC, e.id DESC",
        SUMMARY,
        code);
  }

  /** How many units in {@code area} have been evaluated. */
  public int unitsIn(DistrictPrefix area) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM unit WHERE code LIKE ?", Integer.class, area.digits() + "%");
    return n == null ? 0 : n;
  }

  private static StoredEvaluation summary(ResultSet rs, int row) throws SQLException {
    OffsetDateTime at = rs.getObject("evaluated_at", OffsetDateTime.class);
    return new StoredEvaluation(
        rs.getLong("id"),
        rs.getString("unit_code"),
        rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")),
        rs.getString("township"),
        rs.getInt("assessment_year"),
        rs.getString("standard_id"),
        rs.getString("standard_version"),
        rs.getString("fingerprint"),
        Verdict.valueOf(rs.getString("verdict")),
        rs.getBoolean("vetoed"),
        span(rs.getString("score_exact_low"), rs.getString("score_exact_high")),
        rs.getString("grade"),
        rs.getString("grade_title"),
        rs.getString("grade_lowest"),
        rs.getString("grade_highest"),
        rs.getInt("passed"),
        rs.getInt("failed"),
        rs.getInt("undecided"),
        at);
  }

  private static void text(PreparedStatement s, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  /** The exact score stored as its two ends, each a fraction as {@link Fraction} writes it. */
  private static @Nullable Span span(@Nullable String low, @Nullable String high) {
    if (low == null || high == null) {
      return null;
    }
    return Span.of(fraction(low), fraction(high));
  }

  private static Fraction fraction(String text) {
    int slash = text.indexOf('/');
    return slash < 0
        ? new Fraction(new BigInteger(text), BigInteger.ONE)
        : new Fraction(
            new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
  }
}
