package org.cunzhi.spi.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;

/** What the contracts share. */
final class Contracts {
  private Contracts() {}

  /** How many threads evaluate the same dossier at once. */
  static final int THREADS = 4;

  /** The provider's standards as it offers them. */
  static List<Standard> standards(StandardProvider provider) {
    List<Standard> standards = provider.standards(ProviderContext.current());
    assertNotNull(standards, "standards() returned null");
    return standards;
  }

  /** The registry a host would build: the plugin's base providers, then its provider. */
  static StandardRegistry registry(PluginUnderTest plugin, StandardProvider provider) {
    List<StandardProvider> all = new ArrayList<>(plugin.baseProviders());
    all.add(provider);
    return StandardRegistry.of(all);
  }

  /**
   * The plugin's standards as the registry of {@link #registry} holds them, joined to their bases;
   * fails when it holds none.
   */
  static List<Standard> registered(PluginUnderTest plugin) {
    StandardProvider provider = plugin.provider();
    StandardRegistry registry = registry(plugin, provider);
    String name = provider.getClass().getName();
    List<Standard> own =
        registry.standards().stream()
            .filter(s -> registry.providerOf(s.id()).filter(name::equals).isPresent())
            .toList();
    assertFalse(
        own.isEmpty(),
        () -> "the registry holds no standard of the provider; problems: " + registry.problems());
    return own;
  }

  /**
   * The id of the first base in {@code standard}'s chain of bases that is not resolved: its own
   * base, or its base's base …; empty when every base is there.
   */
  static Optional<String> unresolvedBase(Standard standard) {
    Standard at = standard;
    while (at.baseId().isPresent()) {
      Optional<Standard> base = at.base();
      if (base.isEmpty()) {
        return at.baseId();
      }
      at = base.get();
    }
    return Optional.empty();
  }

  /**
   * The least and greatest values {@code parameter} allows, at which the kit evaluates.
   *
   * <p>These are the least and greatest values the parameter declares ({@link
   * Parameter#boundaryValues()}): every value in its range must evaluate without ERROR.
   */
  static <T> List<T> boundaryValues(Parameter<T> parameter) {
    return parameter.boundaryValues();
  }

  /**
   * The services file's resource name, {@code META-INF/services/org.cunzhi.spi.StandardProvider}.
   */
  static final String SERVICES_FILE = "META-INF/services/" + StandardProvider.class.getName();

  /**
   * The services files that {@code type}'s class loader sees, each as the provider class names it
   * lists (comments and blanks left out).
   */
  static List<List<String>> servicesFiles(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      loader = ClassLoader.getSystemClassLoader();
    }
    List<List<String>> files = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(SERVICES_FILE))) {
        files.add(providerNames(url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + SERVICES_FILE, e);
    }
    return files;
  }

  private static List<String> providerNames(URL url) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * The module descriptor of {@code type}'s module: its named module's, or, on the class path, the
   * {@code module-info.class} beside it in its jar or folder; empty when it has none.
   */
  static Optional<ModuleDescriptor> moduleDescriptor(Class<?> type) {
    Module module = type.getModule();
    if (module.isNamed()) {
      return Optional.ofNullable(module.getDescriptor());
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return Optional.empty();
    }
    String where = location.toString();
    try {
      URL info =
          where.endsWith("/")
              ? new URL(location, "module-info.class")
              : new URL("jar:" + where + "!/module-info.class");
      try (InputStream in = info.openStream()) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    } catch (FileNotFoundException | NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the module descriptor beside " + type, e);
    }
  }

  /** The default value of {@code parameter}, in canonical text. */
  static <T> String formatted(Parameter<T> parameter) {
    return parameter.format(parameter.defaultValue());
  }

  /** The family of an id: its first word. */
  static String family(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  static List<String> fingerprints(List<Standard> standards) {
    return standards.stream().map(Standard::fingerprint).toList();
  }

  /** Fails listing every problem, one a line, when there is any. */
  static void assertNone(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  static void checkPresent(String value, String what, List<String> problems) {
    if (value.isBlank()) {
      problems.add(what + " is blank");
    }
  }

  static void checkText(LocalizedText text, String what, List<String> problems) {
    if (text.zh().isBlank()) {
      problems.add("Chinese " + what + " is blank");
    } else if (text.zh().codePoints().noneMatch(Contracts::isHan)) {
      problems.add("Chinese " + what + " has no Chinese character: \"" + text.zh() + "\"");
    }
    if (text.en().isBlank()) {
      problems.add("English " + what + " is blank");
    }
  }

  static void checkReference(LegalReference reference, String what, List<String> problems) {
    if (reference.instrument().isBlank()) {
      problems.add(what + " names no instrument");
    }
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
