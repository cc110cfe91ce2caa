package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.examples.district.Samples.DONGYING;
import static org.cunzhi.examples.district.Samples.NANTUO;
import static org.cunzhi.examples.district.Samples.TAIZI;
import static org.cunzhi.examples.district.Samples.XIHE;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service over real HTTP on loopback, against whichever database a subclass configures: the
 * same tests for H2 and PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
abstract class ServiceContract {
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvaluationStore store;
  @Autowired ReportWriter writer;
  @Autowired ReportPage page;
  Http http;

  @BeforeEach
  void emptyTablesAndConnect() {
    jdbc.update("DELETE FROM evaluation");
    jdbc.update("DELETE FROM unit");
    http = new Http(port);
  }

  @Test
  void post_eachSample_isStoredAndAnsweredWithTheCommandLinesReport() {
    for (String sample : List.of(TAIZI, DONGYING, XIHE)) {
      HttpResponse<String> r = http.post("/api/evaluations", Samples.text(sample));

      assertThat(r.statusCode()).as(sample).isEqualTo(201);
      assertThat(Http.contentType(r)).startsWith("application/json");
      assertThat(r.body()).as(sample).isEqualTo(Samples.libraryReport(sample));
      String location = r.headers().firstValue("Location").orElseThrow();
      assertThat(location).matches("/api/evaluations/\\d+");
      HttpResponse<String> again = http.get(location);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).isEqualTo(r.body());
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isEqualTo(3);
  }

  @Test
  void units_listsEachUnitOfTheDistrictWithItsLatestVerdict() {
    http.post("/api/evaluations", Samples.text(TAIZI));
    http.post("/api/evaluations", Samples.text(DONGYING));
    long latest = idOf(http.post("/api/evaluations", Samples.text(DONGYING)));
    http.post("/api/evaluations", Samples.text(XIHE));

    JsonNode units = Http.json(http.get("/api/districts/120119/units"));

    assertThat(codes(units)).containsExactly("120119105201", "120119105202", "120119105203");
    JsonNode dongying = units.get(1);
    assertThat(dongying.get("name").asText()).isEqualTo("东营村");
    assertThat(dongying.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(dongying.get("vetoed").asBoolean()).isTrue();
    assertThat(dongying.get("evaluation").asLong()).isEqualTo(latest);
    assertThat(dongying.get("standardId").asText()).isEqualTo("tianjin.demonstration-village");
    assertThat(dongying.get("standardVersion").asText()).isNotEmpty();
    JsonNode report = Http.json(http.get(dongying.get("report").asText()));
    assertThat(dongying.get("fingerprint").asText())
        .isEqualTo(report.get("standard").get("fingerprint").asText());
    assertThat(units.get(0).get("verdict").asText()).isEqualTo("MEETS");
    assertThat(units.get(2).get("verdict").asText()).isEqualTo("INCONCLUSIVE");
    // a township's prefix narrows the list; another district's is empty
    assertThat(codes(Http.json(http.get("/api/districts/120119105/units")))).hasSize(3);
    assertThat(Http.json(http.get("/api/districts/120120/units"))).isEmpty();
  }

  @Test
  void quota_isOnePercentOfTheEvaluatedUnits_atLeastOne_andNoneForNoUnits() {
    JsonNode none = Http.json(http.get("/api/districts/120119/quota"));
    assertThat(none.get("units").asInt()).isZero();
    assertThat(none.get("quota").asInt()).isZero();

    http.post("/api/evaluations", Samples.text(TAIZI));
    http.post("/api/evaluations", Samples.text(TAIZI));
    JsonNode one = Http.json(http.get("/api/districts/120119/quota"));
    assertThat(one.get("units").asInt()).as("one unit evaluated twice").isEqualTo(1);
    assertThat(one.get("quota").asInt()).isEqualTo(1);
  }

  @Test
  void ranking_putsTheUnitThatMeetsFirst_andTheVetoedLast() {
    http.post("/api/evaluations", Samples.text(DONGYING));
    http.post("/api/evaluations", Samples.text(XIHE));
    http.post("/api/evaluations", Samples.text(TAIZI));

    JsonNode groups = Http.json(http.get("/api/districts/120119/ranking"));

    // Tianjin's standards are pass/fail: one group, ordered by verdict, and it says so
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("rule").asText()).isEqualTo("VERDICT");
    assertThat(groups.get(0).get("ruleId").asText()).isEqualTo("TJ-C3");
    List<String> order = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    groups
        .get(0)
        .get("units")
        .forEach(
            r -> {
              order.add(r.get("unit").get("code").asText());
              ranks.add(r.get("rank").asInt());
            });
    assertThat(order).containsExactly("120119105201", "120119105203", "120119105202");
    assertThat(ranks).containsExactly(1, 2, 3);
    assertThat(http.get("/districts/120119/ranking", "text/html").body())
        .contains("data-rule=\"VERDICT\"", "按结论排序（TJ-C3）");
  }

  @Test
  void pointsResult_isStoredWithItsExactInterval_andListedWithScoreAndGradeCode() {
    // A points standard of the test's own, one criterion without evidence: [60, 100], the grade
    // undecided. The service's registry does not know it, so the ranking lists it by verdict.
    EvaluationResult result =
        Assessor.of(
                StandardRegistry.of(
                    List.of((StandardProvider) c -> List.of(AwardRankingTest.points()))))
            .assessAgainst("test.points", DossierReader.create().read(Samples.path(TAIZI)));
    store.saveUnit(result.unit());
    long id =
        store.insertEvaluation(
            result,
            new Reports(
                writer.write(result),
                page.render(result),
                ReportWriter.create(Language.EN).write(result),
                page.render(result, Language.EN)),
            OffsetDateTime.now());

    StoredEvaluation stored = store.find(id).orElseThrow();
    assertThat(stored.score()).isEqualTo(result.score().orElseThrow());
    assertThat(stored.score().isExact()).isFalse();
    assertThat(stored.grade()).isEqualTo("INCONCLUSIVE");
    assertThat(stored.gradeTitle()).isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT score_low FROM evaluation WHERE id = ?", BigDecimal.class, id))
        .isEqualByComparingTo("60.00");
    JsonNode unit = Http.json(http.get("/api/districts/120119/units")).get(0);
    assertThat(unit.get("score").get("low").asText()).isEqualTo("60.00");
    assertThat(unit.get("score").get("high").asText()).isEqualTo("100.00");
    assertThat(unit.get("grade").asText()).isEqualTo("INCONCLUSIVE");
    assertThat(unit.get("gradeTitle").isNull()).isTrue();
    JsonNode report = Http.json(http.get("/api/evaluations/" + id));
    assertThat(unit.get("score")).isEqualTo(report.get("score"));
    assertThat(unit.get("grade")).isEqualTo(report.get("grade"));
    assertThat(http.get("/districts/120119", "text/html").body()).contains("60.00–100.00 分");
  }

  @Test
  void post_invalidDossier_isProblemDetailsWithEveryPointer_andStoresNothing() {
    HttpResponse<String> r = http.post("/api/evaluations", Samples.text(NANTUO));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(r)).startsWith("application/problem+json");
    JsonNode problem = Http.json(r);
    assertThat(problem.get("type").asText()).isEqualTo("urn:cunzhi:problem:invalid-dossier");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    List<String> pointers = new ArrayList<>();
    problem.get("violations").forEach(v -> pointers.add(v.get("pointer").asText()));
    assertThat(pointers)
        .containsExactly("/instruments/0/adoption/votesFor", "/years/2/contraceptiveUsers");
    problem.get("violations").forEach(v -> assertThat(v.get("message").asText()).isNotBlank());
    assertThat(r.body()).doesNotContain("Exception", "\tat ");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isZero();
  }

  @Test
  void post_notJson_isProblemDetailsAtTheDocument() {
    HttpResponse<String> r = http.post("/api/evaluations", "{\"format\": ");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(r)).startsWith("application/problem+json");
    assertThat(Http.json(r).get("violations")).isNotEmpty();
  }

  @Test
  void post_unknownStandard_is404NamingTheKnownIds_andStoresNothing() {
    HttpResponse<String> r =
        http.post("/api/evaluations?standard=no.such-standard", Samples.text(TAIZI));

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(r)).startsWith("application/problem+json");
    JsonNode problem = Http.json(r);
    assertThat(problem.get("type").asText()).isEqualTo("urn:cunzhi:problem:unknown-standard");
    assertThat(problem.get("detail").asText())
        .contains("no.such-standard", "tianjin.demonstration-village");
    List<String> known = new ArrayList<>();
    problem.get("knownIds").forEach(k -> known.add(k.asText()));
    assertThat(known).contains("tianjin.demonstration-village", "work-system.village");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
  }

  @Test
  void post_namedStandard_isEvaluatedAgainstIt() {
    HttpResponse<String> r =
        http.post("/api/evaluations?standard=work-system.village", Samples.text(TAIZI));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(Http.json(r).get("standard").get("id").asText()).isEqualTo("work-system.village");
  }

  @Test
  void report_asHtml_whenTheClientAsksForIt() {
    HttpResponse<String> r =
        http.post("/api/evaluations", Samples.text(DONGYING), "text/html,*/*;q=0.8");

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(Http.contentType(r)).startsWith("text/html");
    assertThat(r.body()).contains("<!DOCTYPE html>", "东营村", "不达标", "一票否决", "class=\"signature\"");
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(http.get(location, "text/html").body()).isEqualTo(r.body());
  }

  @Test
  void report_inEnglish_withLangEn_asJsonAndAsThePage() {
    HttpResponse<String> created = http.post("/api/evaluations?lang=en", Samples.text(DONGYING));
    String location = created.headers().firstValue("Location").orElseThrow();

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).isEqualTo(Samples.libraryReport(DONGYING, Language.EN));
    assertThat(http.get(location + "?lang=EN").body()).isEqualTo(created.body());
    assertThat(http.get(location).body()).isEqualTo(Samples.libraryReport(DONGYING));
    String page = http.get("/evaluations/" + idOf(created) + "?lang=en", "text/html").body();
    assertThat(page).contains("<html lang=\"en\"", "Does not meet the standard", "A veto fired.");
    assertThat(http.get("/evaluations/" + idOf(created), "text/html").body())
        .contains("<html lang=\"zh-CN\"", "不达标");

    HttpResponse<String> bad = http.get(location + "?lang=fr");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("type").asText()).isEqualTo("urn:cunzhi:problem:bad-language");
    assertThat(http.get("/evaluations/" + idOf(created) + "?lang=fr", "text/html").statusCode())
        .isEqualTo(400);
    // a bad language stores nothing
    assertThat(http.post("/api/evaluations?lang=fr", Samples.text(TAIZI)).statusCode())
        .isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isEqualTo(1);
  }

  @Test
  void unknownEvaluation_andBadDistrict_areProblemDetails() {
    HttpResponse<String> missing = http.get("/api/evaluations/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(missing)).startsWith("application/problem+json");

    HttpResponse<String> bad = http.get("/api/districts/12x119/units");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("type").asText()).isEqualTo("urn:cunzhi:problem:bad-district");
  }

  @Test
  void unitPage_listsEveryEvaluationWithItsStandardsFingerprint() {
    long first = idOf(http.post("/api/evaluations", Samples.text(DONGYING)));
    long second = idOf(http.post("/api/evaluations", Samples.text(DONGYING)));
    String fingerprint =
        Http.json(http.get("/api/evaluations/" + first))
            .get("standard")
            .get("fingerprint")
            .asText();

    HttpResponse<String> page = http.get("/units/120119105202", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "东营村", "href=\"/evaluations/" + first + "\"", "href=\"/evaluations/" + second + "\"");
    assertThat(page.body().split(fingerprint, -1)).hasSize(3);
    assertThat(http.get("/units/120119105299", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void springsOwnRefusals_areProblemDetailsToo() {
    HttpResponse<String> notAnId = http.get("/api/evaluations/abc");
    assertThat(notAnId.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(notAnId)).startsWith("application/problem+json");

    HttpResponse<String> wrongMethod = http.get("/api/evaluations");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(Http.contentType(wrongMethod)).startsWith("application/problem+json");
  }

  @Test
  void pages_escapeWhatADossierSays() {
    String hostile = Samples.text(TAIZI).replace("\"台子村\"", "\"<script>alert('x')</script>台子村\"");
    assertThat(http.post("/api/evaluations", hostile).statusCode()).isEqualTo(201);

    String page = http.get("/districts/120119", "text/html").body();

    assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)");
  }

  static long idOf(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  static List<String> codes(JsonNode units) {
    List<String> codes = new ArrayList<>();
    units.forEach(u -> codes.add(u.get("code").asText()));
    return codes;
  }
}
