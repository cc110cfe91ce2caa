package org.cunzhi.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;

class DossiersProperties {

  @Provide
  Arbitrary<Dossier> complete() {
    return Dossiers.complete();
  }

  @Provide
  Arbitrary<Dossier> incomplete() {
    return Dossiers.incomplete();
  }

  @Provide
  Arbitrary<Dossier> countyVillages() {
    return Dossiers.complete(Dossiers.units(UnitKind.VILLAGE, "120119"));
  }

  @Property(tries = 300)
  void complete_keepsTheFormatRules(@ForAll("complete") Dossier dossier) {
    assertThat(FormatRules.violations(dossier)).isEmpty();
    assertThat(ModelValidator.get().validate(dossier)).isEmpty();
  }

  @Property(tries = 200)
  void complete_hasEverySectionAndTheWholeWindow(@ForAll("complete") Dossier dossier) {
    assertThat(dossier.sections()).isEqualTo(EnumSet.allOf(Section.class));
    int year = dossier.assessmentYear();
    assertThat(dossier.year(year)).isPresent();
    assertThat(dossier.year(year - 1)).isPresent();
    assertThat(dossier.year(year - 2)).isPresent();
  }

  @Property(tries = 300)
  void incomplete_lacksASectionAndKeepsTheFormatRules(@ForAll("incomplete") Dossier dossier) {
    assertThat(dossier.sections()).isNotEqualTo(EnumSet.allOf(Section.class));
    assertThat(FormatRules.violations(dossier)).isEmpty();
    assertThat(ModelValidator.get().validate(dossier)).isEmpty();
  }

  @Property(tries = 100)
  void complete_unitsUnderAPrefix_keepTheirKindAndPrefix(
      @ForAll("countyVillages") Dossier dossier) {
    assertThat(dossier.unit().kind()).isEqualTo(UnitKind.VILLAGE);
    assertThat(dossier.unit().code().value()).startsWith("120119");
  }

  @Property(tries = 100)
  @Domain(VillageDomain.class)
  void villageDomain_givesValidDossiersAndUnits(@ForAll Dossier dossier, @ForAll Unit unit) {
    assertThat(FormatRules.violations(dossier)).isEmpty();
    assertThat(Set.of(UnitKind.values())).contains(unit.kind());
  }
}
