package org.cunzhi.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.Participation;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Surveys;
import org.junit.jupiter.api.Test;

/** The classes whose rules the validator prepares at start: every one a dossier can hold. */
class ModelClassesTest {
  @Test
  void modelClasses_ofDossier_reachListElementsMapValuesAndSealedSubclasses() {
    Set<Class<?>> classes = ModelValidator.modelClasses(Dossier.class);

    assertThat(classes)
        .contains(
            Dossier.class,
            Instrument.class,
            Charter.class,
            Contract.class,
            Surveys.class,
            Satisfaction.class,
            Participation.class,
            Cadre.class)
        .allMatch(c -> c.getPackageName().equals(Dossier.class.getPackageName()));
  }

  @Test
  void modelClasses_ofDossier_holdTheTypeOfEveryModelComponentOfEachRecordFound() {
    Set<Class<?>> classes = ModelValidator.modelClasses(Dossier.class);

    for (Class<?> c : classes) {
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          Class<?> type = component.getType();
          if (type.getPackageName().equals(Dossier.class.getPackageName())) {
            assertThat(classes).as(c.getSimpleName() + "." + component.getName()).contains(type);
          }
        }
      }
    }
  }
}
