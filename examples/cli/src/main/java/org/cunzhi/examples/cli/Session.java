package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cunzhi.core.rule.Messages;
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
  private final Lang lang;
  private final boolean terminal;
  private @Nullable StandardRegistry registry;
  private @Nullable URLClassLoader plugins;

  /** The command line's own texts, Chinese and English. */
  static final Messages TEXTS = Messages.load(Session.class, "/org/cunzhi/examples/cli/cli");

  Session(
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      Lang lang,
      boolean terminal) {
    this.out = out;
    this.err = err;
    this.environment = Map.copyOf(environment);
    this.lang = lang;
    this.terminal = terminal;
  }

  /** The language everything is printed in. */
  Lang lang() {
    return lang;
  }

  /** Whether the user watches on a terminal (then a batch shows a progress bar). */
  boolean isTerminal() {
    return terminal;
  }

  /** The command line's text {@code key} with {@code args}, in this run's language. */
  String text(String key, Object... args) {
    return text(lang, key, args);
  }

  /** The command line's text {@code key} with {@code args}, in {@code lang}. */
  static String text(Lang lang, String key, Object... args) {
    return TEXTS.text(key, args).in(lang.language());
  }

  /** Prints {@code cunzhi: warning: } and the text {@code key} on standard error. */
  void warn(String key, Object... args) {
    err.println(text("cli.warning", text(key, args)));
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
        warn("cli.load-problem", LoadProblems.text(skipped, lang));
      }
    }
    URLClassLoader loader = PluginFolders.loader(jars, Session.class.getClassLoader());
    plugins = loader;
    StandardRegistry discovered = StandardRegistry.discover(loader);
    for (LoadProblem p : discovered.problems()) {
      warn("cli.load-problem", LoadProblems.text(p, lang));
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

  private Standard refuse(StandardRegistry registry, String id) {
    List<LoadProblem> offers = duplicates(registry, id);
    if (offers.isEmpty()) {
      return registry.get(id);
    }
    throw UsageException.of("duplicate-standard", id, offeredBy(offers, lang));
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
  static String offeredBy(List<LoadProblem> duplicates, Lang lang) {
    String who =
        duplicates.stream()
            .map(p -> text(lang, "cli.plugin", p.providerClass(), fileName(p.location(), lang)))
            .collect(Collectors.joining(text(lang, "cli.and")));
    return text(lang, duplicates.size() == 1 ? "cli.offered-once" : "cli.offered-many", who);
  }

  /**
   * Which plugin offers the standard {@code id}, for people: the provider class and the file name
   * of its jar ({@code org.example.CountyStandards (county.jar)}).
   */
  String pluginOf(String id) {
    StandardRegistry registry = registry();
    String provider = registry.providerOf(id).orElseGet(() -> text("cli.given"));
    return registry
        .sourceOf(id)
        .map(s -> text("cli.plugin", provider, fileName(s, lang)))
        .orElse(provider);
  }

  /** The file name of a jar, not the whole path; a folder of classes by its path. */
  static String fileName(String location, Lang lang) {
    if (location.equals(LoadProblem.UNKNOWN_LOCATION)) {
      return text(lang, "cli.location-unknown");
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
