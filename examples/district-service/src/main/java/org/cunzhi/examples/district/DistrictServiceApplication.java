package org.cunzhi.examples.district;

import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.StandardRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A district office's service over Cunzhi: dossiers are posted or uploaded, evaluated against the
 * standard chosen for each unit, stored with the standard's id, version and fingerprint, and shown
 * as the district's units, the filing quota and the award ranking.
 *
 * <p>The library comes in as four beans: the registry of the standards the plugins on the class
 * path offer, the assessor over it, the dossier reader and the report writer.
 */
@SpringBootApplication
public class DistrictServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(DistrictServiceApplication.class, args);
  }

  /** The standards of the plugins on the class path (Tianjin's and the work system's). */
  @Bean
  StandardRegistry standardRegistry() {
    return StandardRegistry.discover();
  }

  @Bean
  Assessor assessor(StandardRegistry registry) {
    return Assessor.of(registry);
  }

  /** The dossier reader with its default limits (8 MiB, nesting 32, 100 problems listed). */
  @Bean
  DossierReader dossierReader() {
    return DossierReader.create();
  }

  /** Reports in Chinese, as the command line writes them by default. */
  @Bean
  ReportWriter reportWriter() {
    return ReportWriter.create(Language.ZH);
  }
}
