package org.cunzhi.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What was stored is still there after the service stops and starts again on the same files. */
class RestartTest {

  @Test
  void evaluations_surviveARestart(@TempDir Path data) {
    long id;
    String report;
    try (ConfigurableApplicationContext first = start(data)) {
      Http http = new Http(port(first));
      var created = http.post("/api/evaluations", Samples.text(Samples.DONGYING));
      assertThat(created.statusCode()).isEqualTo(201);
      id = ServiceContract.idOf(created);
      report = created.body();
    }

    try (ConfigurableApplicationContext second = start(data)) {
      Http http = new Http(port(second));
      JsonNode units = Http.json(http.get("/api/districts/120119/units"));
      assertThat(ServiceContract.codes(units)).containsExactly("120119105202");
      assertThat(units.get(0).get("evaluation").asLong()).isEqualTo(id);
      assertThat(units.get(0).get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
      assertThat(http.get("/api/evaluations/" + id).body()).isEqualTo(report);
    }
  }

  private static ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(DistrictServiceApplication.class)
        .run("--server.port=0", "--server.address=127.0.0.1", "--cunzhi.data-dir=" + data);
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
