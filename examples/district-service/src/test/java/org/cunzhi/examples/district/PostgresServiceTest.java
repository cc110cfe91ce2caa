package org.cunzhi.examples.district;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests against a real PostgreSQL server, with the {@code postgres} profile: the one
 * setting that switches the service over. The server is named by the environment variable {@code
 * CUNZHI_TEST_POSTGRES_URL} (a JDBC URL with user and password in it); {@code .ci/run} starts a
 * throwaway cluster and sets it. Skipped when it is not set.
 */
@ActiveProfiles("postgres")
class PostgresServiceTest extends ServiceContract {
  static final String URL = "CUNZHI_TEST_POSTGRES_URL";

  @BeforeAll
  static void serverGiven() {
    String url = System.getenv(URL);
    assumeTrue(url != null && !url.isBlank(), URL + " is not set: no PostgreSQL server to test");
  }

  @DynamicPropertySource
  static void server(DynamicPropertyRegistry registry) {
    registry.add("CUNZHI_POSTGRES_URL", () -> System.getenv(URL));
  }
}
