package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.LoadProblem;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;

/**
 * One run of the command line: where it writes, the environment it reads, and the plugins it
 * loaded. Every command goes through here for its standards: the plugins are loaded once, before
 * the command runs, and every load problem is printed then, once, on standard error.
 */
final class Session implements AutoCloseable {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private @Nullable StandardRegistry registry;
  private @Nullable URLClassLoader plugins;

  Session(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = Map.copyOf(environment);
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /**
   * Loads the bundled plugins and the jars in the folders that {@code pluginsOption} (the value of
   * {@code --plugins}, or null) or else {@code CUNZHI_PLUGINS} names, and prints a warning line on
   * standard error for each load problem.
   *
   * @throws UsageException when a named folder does not exist or is not a folder
   */
  void open(@Nullable String pluginsOption) {
    if (registry != null) {
      throw new IllegalStateException("the session is already open");
    }
    List<Path> jars = new ArrayList<>();
    for (Path jar : PluginFolders.of(pluginsOption, environment).jars()) {
      String why = PluginFolders.unreadable(jar);
      if (why == null) {
        jars.add(jar);
      } else {
        LoadProblem skipped =
            new LoadProblem(
                LoadProblem.Kind.LOAD_FAILED,
                LoadProblem.UNKNOWN_PROVIDER,
                "the file is not a readable jar (" + why + "), so it is skipped",
                jar.toString());
        err.println("cunzhi: warning: " + skipped);
      }
    }
    URLClassLoader loader = PluginFolders.loader(jars, Session.class.getClassLoader());
    plugins = loader;
    StandardRegistry discovered = StandardRegistry.discover(loader);
    for (LoadProblem p : discovered.problems()) {
      err.println("cunzhi: warning: " + p);
    }
    registry = discovered;
  }

  /** The standards of the bundled plugins and of those loaded from the plugin folders. */
  StandardRegistry registry() {
    if (registry == null) {
      throw new IllegalStateException("the session is not open");
    }
    return registry;
  }

  /**
   * The standard {@code id} that a user named.
   *
   * @throws UsageException naming the plugins and their jars, when more than one offers it
   * @throws org.cunzhi.core.UnknownStandardException listing the known ids, when none does
   */
  Standard standard(String id) {
    StandardRegistry registry = registry();
    return registry.find(id).orElseGet(() -> refuse(registry, id));
  }

  private static Standard refuse(StandardRegistry registry, String id) {
    List<LoadProblem> offers = duplicates(registry, id);
    if (offers.isEmpty()) {
      return registry.get(id);
    }
    throw new UsageException(
        "the standard id \"" + id + "\" is offered " + offeredBy(offers) + ", so neither is used",
        "Remove all but one of them from the plugin folders; './cunzhi standards list' shows the"
            + " standards in use.");
  }

  /** The problems that left the standard {@code id} out as offered more than once; often none. */
  static List<LoadProblem> duplicates(StandardRegistry registry, String id) {
    return registry.problemsWith(id).stream()
        .filter(p -> p.kind() == LoadProblem.Kind.DUPLICATE_ID)
        .toList();
  }

  /**
   * {@code by more than one plugin, A (a.jar) and B (b.jar)}, or {@code more than once by A
   * (a.jar)}: who offers an id that was left out, from its {@link #duplicates}.
   */
  static String offeredBy(List<LoadProblem> duplicates) {
    String who =
        duplicates.stream()
            .map(p -> p.providerClass() + " (" + fileName(p.location()) + ")")
            .collect(Collectors.joining(" and "));
    return (duplicates.size() == 1 ? "more than once by " : "by more than one plugin, ") + who;
  }

  /**
   * Which plugin offers the standard {@code id}, for people: the provider class and the file name
   * of its jar ({@code org.example.CountyStandards (county.jar)}).
   */
  String pluginOf(String id) {
    StandardRegistry registry = registry();
    String provider = registry.providerOf(id).orElse("(given)");
    return registry.sourceOf(id).map(s -> provider + " (" + fileName(s) + ")").orElse(provider);
  }

  /** The file name of a jar, not the whole path; a folder of classes by its path. */
  static String fileName(String location) {
    if (location.equals(LoadProblem.UNKNOWN_LOCATION)) {
      return "location unknown";
    }
    String name =
        location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
    return name.endsWith(".jar") ? name : location;
  }

  /** Closes the plugins' class loader, and with it their jars. */
  @Override
  public void close() {
    URLClassLoader loader = plugins;
    plugins = null;
    if (loader != null) {
      try {
        loader.close();
      } catch (IOException e) {
        // Nothing is lost: the run is over.
      }
    }
  }
}
