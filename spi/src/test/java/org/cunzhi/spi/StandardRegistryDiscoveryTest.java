package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.county.CountyStandards;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.spi.LoadProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery through {@link java.util.ServiceLoader} on the class path. The test services file names
 * the sample plugin, a provider whose constructor throws, and a class that does not exist.
 */
class StandardRegistryDiscoveryTest {

  @Test
  void discover_servicesFile_findsTheGoodProviderDespiteBrokenOnes() {
    StandardRegistry registry = StandardRegistry.discover();

    assertThat(registry.find("example-county.integrity-village")).isPresent();
    assertThat(registry.providerOf("example-county.integrity-village"))
        .contains(CountyStandards.class.getName());
  }

  @Test
  void discover_constructorThrows_reportedNamingTheClassAndCause() {
    StandardRegistry registry = StandardRegistry.discover();

    assertThat(registry.problems())
        .filteredOn(p -> p.providerClass().equals(ThrowingConstructorProvider.class.getName()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.LOAD_FAILED);
              assertThat(p.message())
                  .contains("instantiated", "IllegalStateException", "no configuration found");
            });
  }

  @Test
  void discover_missingClass_reportedNamingTheClass() {
    StandardRegistry registry = StandardRegistry.discover();

    assertThat(registry.problems())
        .filteredOn(p -> p.providerClass().equals("org.cunzhi.spi.NoSuchProvider"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.LOAD_FAILED);
              assertThat(p.message()).contains("not found");
            });
    // The only load failures are the two broken entries (the township plugin of the end-to-end
    // test adds a BASE_MISSING problem on purpose).
    assertThat(registry.problems()).filteredOn(p -> p.kind() == Kind.LOAD_FAILED).hasSize(2);
  }

  @Test
  void discover_classLoaderWithNonProviderEntry_reportedAndNextEntryLoaded(@TempDir Path dir)
      throws IOException {
    Path services = dir.resolve("META-INF/services/" + StandardProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services,
        TestStandards.class.getName() + "\n" + CountyStandards.class.getName() + "\n",
        StandardCharsets.UTF_8);
    // The parent finds the classes (and the test services file); the child adds one more file.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.problems())
          .extracting(LoadProblem::kind, LoadProblem::providerClass)
          .contains(
              org.assertj.core.groups.Tuple.tuple(Kind.LOAD_FAILED, TestStandards.class.getName()));
      assertThat(registry.find("example-county.integrity-village")).isPresent();
    }
  }

  @Test
  void discover_classLoaderWithProviderLackingPublicConstructor_reportedNamingIt(@TempDir Path dir)
      throws IOException {
    Path services = dir.resolve("META-INF/services/" + StandardProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services, NoPublicConstructorProvider.class.getName() + "\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.problems())
          .extracting(LoadProblem::providerClass)
          .contains(NoPublicConstructorProvider.class.getName());
      assertThat(registry.problems())
          .filteredOn(p -> p.providerClass().equals(NoPublicConstructorProvider.class.getName()))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.LOAD_FAILED);
                assertThat(p.message()).contains("no-arg constructor");
              });
    }
  }

  /** A provider that ServiceLoader cannot make: its only constructor takes an argument. */
  public static final class NoPublicConstructorProvider implements StandardProvider {
    private final List<org.cunzhi.core.standard.Standard> standards;

    public NoPublicConstructorProvider(List<org.cunzhi.core.standard.Standard> standards) {
      this.standards = standards;
    }

    @Override
    public List<org.cunzhi.core.standard.Standard> standards(ProviderContext context) {
      return standards;
    }
  }

  @Test
  void discover_twice_givesEqualContents() {
    StandardRegistry first = StandardRegistry.discover();
    StandardRegistry second = StandardRegistry.discover();

    assertThat(second.problems()).isEqualTo(first.problems());
    assertThat(second.standards())
        .extracting(s -> s.fingerprint())
        .isEqualTo(first.standards().stream().map(s -> s.fingerprint()).toList());
  }

  @Test
  void discover_emptyClassLoader_isEmpty(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.standards()).isEmpty();
      assertThat(registry.problems()).isEqualTo(List.of());
    }
  }
}
