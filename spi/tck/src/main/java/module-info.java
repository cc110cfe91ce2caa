/**
 * The conformance kit for Cunzhi plugins: contracts that a plugin's tests implement, and generators
 * of dossiers for properties.
 */
module org.cunzhi.spi.tck {
  requires transitive org.cunzhi.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;

  exports org.cunzhi.spi.tck;

  // JUnit and jqwik call the contracts' default methods and the domain's providers reflectively.
  opens org.cunzhi.spi.tck to
      org.junit.platform.commons;
}
