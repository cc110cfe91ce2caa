package org.cunzhi.examples.district;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service with its default storage: H2 in a file, here in a fresh temporary folder. */
class H2ServiceTest extends ServiceContract {

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("cunzhi-h2-");
    registry.add("cunzhi.data-dir", dir::toString);
  }
}
