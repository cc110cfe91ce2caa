package org.cunzhi.spi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterType;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.LoadProblem;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.SpiVersion;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every plugin's standards must be: the contract a plugin's tests implement, naming the
 * provider under test (and, where its standards extend another plugin's, the {@linkplain
 * #baseProviders() providers of their bases}). Each test lists every offending standard, criterion
 * or parameter at once.
 *
 * <pre>{@code
 * class CountyStandardsTest implements StandardProviderContract {
 *   @Override
 *   public StandardProvider provider() {
 *     return new CountyStandards();
 *   }
 * }
 * }</pre>
 */
public interface StandardProviderContract extends PluginUnderTest {

  /** The provider offers at least one standard, and no null. */
  @Test
  default void standards_areOffered() {
    List<Standard> standards = provider().standards(ProviderContext.current());
    assertNotNull(standards, "standards() returned null");
    assertFalse(standards.isEmpty(), "the provider offers no standard");
    assertFalse(
        standards.stream().anyMatch(Objects::isNull), "standards() returned a null standard");
  }

  /** Standard ids are well formed and each is offered once. */
  @Test
  default void standardIds_areUniqueAndWellFormed() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Standard s : Contracts.standards(provider())) {
      if (!Criterion.isWellFormedId(s.id())) {
        problems.add("standard id \"" + s.id() + "\" is not dot-separated lower-case words");
      }
      if (!seen.add(s.id())) {
        problems.add("standard id \"" + s.id() + "\" is offered more than once");
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Criterion ids are well formed, unique within their standard, and start with the standard's
   * family (the first word of its id), so that they cannot collide with another plugin's.
   */
  @Test
  default void criterionIds_areUniqueAndWellFormed() {
    List<String> problems = new ArrayList<>();
    for (Standard s : Contracts.standards(provider())) {
      String family = Contracts.family(s.id());
      Set<String> seen = new HashSet<>();
      for (Criterion c : s.criteria()) {
        if (!Criterion.isWellFormedId(c.id())) {
          problems.add("criterion id \"" + c.id() + "\" is not dot-separated lower-case words");
        }
        if (!c.id().startsWith(family + ".")) {
          problems.add(
              "criterion id \""
                  + c.id()
                  + "\" of "
                  + s.id()
                  + " does not start with the family \""
                  + family
                  + ".\"");
        }
        if (!seen.add(c.id())) {
          problems.add("criterion id \"" + c.id() + "\" appears twice in " + s.id());
        }
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Standards and criteria have a Chinese title (with Chinese characters in it) and an English one;
   * so has the veto part of a criterion that has one, and a criterion whose check has a veto part
   * names it.
   */
  @Test
  default void titles_arePresentInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (Standard s : Contracts.standards(provider())) {
      Contracts.checkText(s.title(), "title of standard " + s.id(), problems);
      for (Criterion c : s.criteria()) {
        Contracts.checkText(c.title(), "title of criterion " + c.id(), problems);
        c.vetoPart()
            .ifPresent(v -> Contracts.checkText(v, "veto part of criterion " + c.id(), problems));
        if (c.carriesVeto() && c.vetoPart().isEmpty()) {
          problems.add(
              "criterion "
                  + c.id()
                  + " has a veto part (Checks.veto) but does not name it; name it in both"
                  + " languages with .veto(text) on its builder, for the report to say what fired");
        }
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Standards name their version, authority and document number; criteria name the instrument they
   * implement.
   */
  @Test
  default void references_arePresent() {
    List<String> problems = new ArrayList<>();
    for (Standard s : Contracts.standards(provider())) {
      Contracts.checkPresent(s.version(), "version of standard " + s.id(), problems);
      Contracts.checkPresent(s.authority(), "authority of standard " + s.id(), problems);
      Contracts.checkPresent(s.documentNumber(), "document number of standard " + s.id(), problems);
      for (Criterion c : s.criteria()) {
        Contracts.checkReference(c.reference(), "reference of criterion " + c.id(), problems);
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Parameters are documented: the rule they come from, a description in both languages, and a unit
   * for whole numbers (a threshold or a cadence carries its own). A parameter a criterion reads is
   * declared by its standard (the very parameter, not another of the same key), so it can be
   * tailored.
   */
  @Test
  default void parameters_areDocumented() {
    List<String> problems = new ArrayList<>();
    for (Standard s : Contracts.registered(this)) {
      List<Parameter<?>> read = new ArrayList<>(s.parameters());
      for (Criterion c : s.criteria()) {
        Map<String, Parameter<?>> byKey = new HashMap<>();
        for (Parameter<?> p : c.parameters()) {
          read.add(p);
          Parameter<?> other = byKey.putIfAbsent(p.key(), p);
          if (other != null) {
            problems.add(
                "criterion " + c.id() + " reads two different parameters with the key " + p.key());
          }
          Optional<Parameter<?>> declared = s.parameter(p.key());
          if (declared.isEmpty() && !s.isBaseMissing()) {
            problems.add(
                "parameter "
                    + p.key()
                    + " read by criterion "
                    + c.id()
                    + " is not declared by standard "
                    + s.id());
          } else if (declared.isPresent() && !declared.get().equals(p)) {
            problems.add(
                "parameter "
                    + p.key()
                    + " read by criterion "
                    + c.id()
                    + " is another than the one standard "
                    + s.id()
                    + " declares under that key (of type "
                    + declared.get().type()
                    + ", default "
                    + Contracts.formatted(declared.get())
                    + "); read the declared one");
          }
        }
      }
      for (Parameter<?> p : read) {
        String where = "parameter " + p.key() + " of " + s.id();
        Contracts.checkReference(p.source(), "source of " + where, problems);
        Contracts.checkText(p.description(), "description of " + where, problems);
        if (p.type() == ParameterType.INTEGER && p.unit().isBlank()) {
          problems.add("unit of " + where + " is blank; say what it counts, e.g. days");
        }
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Every standard applies to at least one kind of unit, and below national level to at least one
   * division-code prefix: a municipal standard for the whole country is a mistake.
   */
  @Test
  default void applicability_isNotEmpty() {
    List<String> problems = new ArrayList<>();
    for (Standard s : Contracts.standards(provider())) {
      if (s.applicability().kinds().isEmpty()) {
        problems.add("standard " + s.id() + " applies to no kind of unit");
      }
      if (s.level() != JurisdictionLevel.NATIONAL && s.applicability().codePrefixes().isEmpty()) {
        problems.add(
            "standard "
                + s.id()
                + " is "
                + s.level()
                + " but applies everywhere; give its division-code prefixes");
      }
    }
    Contracts.assertNone(problems);
  }

  /** The provider declares an SPI version this kit's host runs. */
  @Test
  default void spiVersion_isSupported() {
    SpiVersion version = provider().spiVersion();
    assertNotNull(version, "spiVersion() returned null");
    assertTrue(
        SpiVersion.CURRENT.canRun(version),
        () -> "built against SPI " + version + ", which SPI " + SpiVersion.CURRENT + " cannot run");
  }

  /** Asking twice gives the same definitions (equal fingerprints). */
  @Test
  default void standards_areTheSameEveryTime() {
    assertEquals(
        Contracts.fingerprints(Contracts.standards(provider())),
        Contracts.fingerprints(Contracts.standards(provider())),
        "two calls of standards() gave different definitions");
  }

  /**
   * The registry accepts every standard of the provider, installed beside its {@linkplain
   * #baseProviders() base providers}: no duplicate id, no cycle of bases, no base that cannot be
   * joined, and no base missing that {@link #missingBases()} does not name (and none named there
   * that a provider offers).
   */
  @Test
  default void registry_acceptsEveryStandard() {
    StandardProvider provider = provider();
    String name = provider.getClass().getName();
    StandardRegistry registry = Contracts.registry(this, provider);
    List<String> problems = new ArrayList<>();
    registry.problems().stream()
        .filter(p -> p.providerClass().equals(name))
        .filter(p -> p.kind() != LoadProblem.Kind.BASE_MISSING)
        .forEach(p -> problems.add(p.toString()));
    Set<String> missing = missingBases();
    for (Standard s : registry.standards()) {
      if (!registry.providerOf(s.id()).filter(name::equals).isPresent()) {
        continue;
      }
      Optional<String> base = Contracts.unresolvedBase(s);
      if (base.isPresent() && registry.find(base.get()).isEmpty()) {
        if (!missing.contains(base.get())) {
          problems.add(
              "standard "
                  + s.id()
                  + " extends "
                  + base.get()
                  + ", which neither "
                  + name
                  + " nor baseProviders() offers, so it can never MEET; return the provider of "
                  + base.get()
                  + " from baseProviders(), or, when no plugin offers it, name it in"
                  + " missingBases()");
        }
      }
    }
    for (String id : missing) {
      registry
          .providerOf(id)
          .ifPresent(
              p ->
                  problems.add(
                      "missingBases() names "
                          + id
                          + ", but "
                          + p
                          + " offers it; take it out of missingBases()"));
    }
    Contracts.assertNone(problems);
  }

  /**
   * {@link java.util.ServiceLoader} finds the provider (through {@code provides} on the module
   * path, {@code META-INF/services} on the class path, whichever the tests run on), and the
   * discovered registry holds each of its standards as offered by it.
   */
  @Test
  default void discovery_findsProvider() {
    String name = provider().getClass().getName();
    StandardRegistry registry = StandardRegistry.discover();
    List<String> problems = new ArrayList<>();
    registry.problems().stream()
        .filter(p -> p.providerClass().equals(name))
        .filter(p -> p.kind() != LoadProblem.Kind.BASE_MISSING)
        .forEach(p -> problems.add(p.toString()));
    for (Standard s : Contracts.standards(provider())) {
      String found = registry.providerOf(s.id()).orElse(null);
      if (!name.equals(found)) {
        problems.add(
            "discovery did not find "
                + name
                + " offering "
                + s.id()
                + (found == null ? "" : " (found " + found + ")")
                + "; register it with provides "
                + StandardProvider.class.getName()
                + " and in META-INF/services/"
                + StandardProvider.class.getName());
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * A host that puts the plugin on the class path finds it: a {@code
   * META-INF/services/org.cunzhi.spi.StandardProvider} file that the provider class's loader sees
   * names the provider class.
   */
  @Test
  default void discovery_onTheClassPath_servicesFileNamesProvider() {
    String name = provider().getClass().getName();
    List<List<String>> files = Contracts.servicesFiles(provider().getClass());
    if (files.stream().noneMatch(f -> f.contains(name))) {
      fail(
          (files.isEmpty()
                  ? "there is no " + Contracts.SERVICES_FILE + " file"
                  : "none of the "
                      + files.size()
                      + " "
                      + Contracts.SERVICES_FILE
                      + " files names "
                      + name)
              + ", so a host that puts the plugin on the class path will not find it; add the"
              + " file src/main/resources/"
              + Contracts.SERVICES_FILE
              + " with the line "
              + name);
    }
  }

  /**
   * A host that puts the plugin on the module path finds it: the provider's module descriptor (its
   * named module's, or the {@code module-info.class} beside it) {@code provides} it. Skipped for a
   * plugin without a module descriptor: on the module path it is an automatic module, found through
   * its services file.
   */
  @Test
  default void discovery_onTheModulePath_moduleProvidesProvider() {
    Class<?> type = provider().getClass();
    Optional<ModuleDescriptor> descriptor = Contracts.moduleDescriptor(type);
    Assumptions.assumeTrue(
        descriptor.isPresent(),
        () -> type.getName() + " has no module descriptor beside it: nothing to check");
    ModuleDescriptor module = descriptor.get();
    String service = StandardProvider.class.getName();
    if (module.provides().stream()
        .noneMatch(p -> p.service().equals(service) && p.providers().contains(type.getName()))) {
      fail(
          "module "
              + module.name()
              + " does not provide "
              + service
              + " with "
              + type.getName()
              + ", so a host that puts the plugin on the module path will not find it; add"
              + " to its module-info.java: provides "
              + service
              + " with "
              + type.getName()
              + ";");
    }
  }
}
