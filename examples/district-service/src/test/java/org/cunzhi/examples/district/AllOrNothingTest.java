package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A failure while storing leaves nothing behind: the unit's row, written first, is rolled back with
 * the evaluation that could not be written. A new unit's row taken by a request at the same moment
 * is retried once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class AllOrNothingTest {
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean EvaluationStore store;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    String dir = Files.createTempDirectory("cunzhi-tx-").toString();
    registry.add("cunzhi.data-dir", () -> dir);
  }

  @BeforeEach
  void emptyTables() {
    jdbc.update("DELETE FROM evaluation");
    jdbc.update("DELETE FROM unit");
  }

  @Test
  void post_whenTheEvaluationCannotBeWritten_keepsNotEvenTheUnit() {
    doThrow(new DataIntegrityViolationException("the disk is full"))
        .when(store)
        .insertEvaluation(any(), any(), any());

    HttpResponse<String> r = new Http(port).post("/api/evaluations", Samples.text(Samples.TAIZI));

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(Http.contentType(r)).startsWith("application/problem+json");
    assertThat(Http.json(r).get("type").asText()).isEqualTo("urn:cunzhi:problem:not-stored");
    assertThat(r.body()).doesNotContain("the disk is full");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isZero();
  }

  @Test
  void post_whenAnotherRequestTookTheNewUnitsRow_isTriedOnceMore() {
    doThrow(new DuplicateKeyException("unit 120119105201 was inserted meanwhile"))
        .doCallRealMethod()
        .when(store)
        .saveUnit(any());

    HttpResponse<String> r = new Http(port).post("/api/evaluations", Samples.text(Samples.TAIZI));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isEqualTo(1);
  }

  @Test
  void post_whenTheUnitsRowIsTakenTwice_storesNothing() {
    doThrow(new DuplicateKeyException("taken")).when(store).saveUnit(any());

    HttpResponse<String> r = new Http(port).post("/api/evaluations", Samples.text(Samples.TAIZI));

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(Http.json(r).get("type").asText()).isEqualTo("urn:cunzhi:problem:not-stored");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation", Integer.class)).isZero();
  }
}
