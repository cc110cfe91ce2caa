package org.cunzhi.spi.tck;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;

/**
 * The jqwik domain of villages and communities: with {@code @Domain(VillageDomain.class)} on a
 * property or its class, {@code @ForAll Dossier} gives any valid dossier, complete or incomplete
 * ({@link Dossiers#any()}), and {@code @ForAll Unit} any unit ({@link Dossiers#units()}).
 */
public class VillageDomain extends DomainContextBase {

  /** A domain context; jqwik makes it. */
  public VillageDomain() {}

  /** Any valid dossier, complete or incomplete. */
  @Provide
  public Arbitrary<Dossier> dossiers() {
    return Dossiers.any();
  }

  /** Any village or community. */
  @Provide
  public Arbitrary<Unit> units() {
    return Dossiers.units();
  }
}
