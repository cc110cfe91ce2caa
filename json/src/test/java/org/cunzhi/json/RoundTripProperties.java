package org.cunzhi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cunzhi.core.Violation;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;

/** A dossier written to JSON reads back as itself, or as exactly the model's rule violations. */
class RoundTripProperties {
  private final DossierReader reader = DossierReader.create();

  @Provide
  Arbitrary<Dossier> dossiers() {
    return DossierArbitraries.dossiers();
  }

  @Property(tries = 300)
  void read_writtenDossier_givesItBackOrItsRuleViolations(@ForAll("dossiers") Dossier dossier) {
    String json = DossierTreeWriter.write(dossier);
    ImmutableList<Violation> rules = ModelValidator.get().validate(dossier);

    ReadResult result = reader.tryRead(json);
    Statistics.label("obeys the model's rules").collect(rules.isEmpty());
    Statistics.label("obeys the model's rules")
        .coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("obeys the model's rules")
        .coverage(c -> c.check(false).percentage(p -> p >= 5));

    if (rules.isEmpty()) {
      assertThat(result.violations()).isEmpty();
      assertThat(result.orElseThrow()).isEqualTo(dossier);
    } else {
      assertThat(result.violations()).containsExactlyInAnyOrderElementsOf(rules);
    }
  }

  @Property(tries = 100)
  void read_writtenDossier_isAcceptedByTheSchemaStructurally(@ForAll("dossiers") Dossier dossier) {
    String json = DossierTreeWriter.write(dossier);

    assertThat(SchemaCheck.errors(json)).isEmpty();
  }
}
