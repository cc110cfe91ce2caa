package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.county.CountyStandards;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.core.PluginFailureException;
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
  void discover_jarBesideTheClassPath_foundAndItsSourceIsTheJar(@TempDir Path dir)
      throws IOException {
    Path jar =
        PluginJar.create()
            .provider(
                "com.example.outside.OutsideStandards",
                PluginJar.standard("example-outside.village", ""))
            .writeTo(dir.resolve("outside-1.0.jar"));
    try (URLClassLoader loader = loaderOver(jar)) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.find("example-outside.village")).isPresent();
      assertThat(registry.providerOf("example-outside.village"))
          .contains("com.example.outside.OutsideStandards");
      assertThat(registry.sourceOf("example-outside.village")).contains(jar.toString());
      assertThat(registry.sourceOf("example-county.integrity-village"))
          .hasValueSatisfying(s -> assertThat(s).endsWith("test-classes"));
      assertThat(registry.problems())
          .extracting(LoadProblem::providerClass)
          .doesNotContain("com.example.outside.OutsideStandards");
    }
  }

  @Test
  void discover_jarRepeatingAnId_bothProvidersNamedWithTheirJarOrFolder(@TempDir Path dir)
      throws IOException {
    String id = "example-county.integrity-village";
    Path jar =
        PluginJar.create()
            .provider("com.example.copy.CopiedStandards", PluginJar.standard(id, ""))
            .writeTo(dir.resolve("copy.jar"));
    try (URLClassLoader loader = loaderOver(jar)) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.find(id)).isEmpty();
      assertThat(registry.problemsWith(id))
          .extracting(LoadProblem::kind, LoadProblem::providerClass, LoadProblem::location)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  Kind.DUPLICATE_ID, CountyStandards.class.getName(), testClasses()),
              org.assertj.core.groups.Tuple.tuple(
                  Kind.DUPLICATE_ID, "com.example.copy.CopiedStandards", jar.toString()));
      assertThat(registry.problemsWith(id))
          .filteredOn(p -> p.providerClass().equals(CountyStandards.class.getName()))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).contains("com.example.copy.CopiedStandards (copy.jar)");
                assertThat(p.toString()).contains(CountyStandards.class.getName() + " (");
              });
      assertThatThrownBy(() -> registry.get(id))
          .isInstanceOf(PluginFailureException.class)
          .hasMessageContaining("left out");
    }
  }

  @Test
  void discover_jarNamingAMissingClass_problemNamesTheClassAndTheJar(@TempDir Path dir)
      throws IOException {
    Path jar =
        PluginJar.create()
            .service("com.example.gone.GoneStandards")
            .provider(
                "com.example.kept.KeptStandards", PluginJar.standard("example-kept.village", ""))
            .writeTo(dir.resolve("gone.jar"));
    try (URLClassLoader loader = loaderOver(jar)) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.problems())
          .filteredOn(p -> p.providerClass().equals("com.example.gone.GoneStandards"))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.LOAD_FAILED);
                assertThat(p.location()).isEqualTo(jar.toString());
                assertThat(p.toString())
                    .startsWith("LOAD_FAILED com.example.gone.GoneStandards (gone.jar): ")
                    .contains("not found");
              });
      assertThat(registry.find("example-kept.village")).isPresent();
    }
  }

  @Test
  void discover_providerWhoseDependencyIsMissing_reportedAndTheNextEntryLoaded(@TempDir Path dir)
      throws IOException {
    Path jar =
        PluginJar.create()
            .source(
                "com.example.lost.Base",
                """
                package com.example.lost;
                public abstract class Base implements org.cunzhi.spi.StandardProvider {}
                """)
            .source(
                "com.example.lost.LostStandards",
                """
                package com.example.lost;
                import java.util.List;
                import org.cunzhi.core.standard.Standard;
                import org.cunzhi.spi.ProviderContext;
                public final class LostStandards extends Base {
                  @Override
                  public List<Standard> standards(ProviderContext c) {
                    return List.of();
                  }
                }
                """)
            .omit("com.example.lost.Base")
            .service("com.example.lost.LostStandards")
            .provider(
                "com.example.kept.KeptStandards", PluginJar.standard("example-kept.village", ""))
            .writeTo(dir.resolve("lost.jar"));
    try (URLClassLoader loader = loaderOver(jar)) {
      StandardRegistry registry = StandardRegistry.discover(loader);

      assertThat(registry.problems())
          .filteredOn(p -> p.message().contains("com/example/lost/Base"))
          .singleElement()
          .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.LOAD_FAILED));
      assertThat(registry.find("example-kept.village")).isPresent();
      assertThat(registry.find("example-county.integrity-village")).isPresent();
    }
  }

  /** A loader over {@code jar} whose parent sees the test classes and their services file. */
  private URLClassLoader loaderOver(Path jar) throws IOException {
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
  }

  private static String testClasses() {
    try {
      return Path.of(
              CountyStandards.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
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
