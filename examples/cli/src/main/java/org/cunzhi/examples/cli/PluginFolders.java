package org.cunzhi.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * The folders of plugin jars that a run loads beside the bundled plugins: those named by {@code
 * --plugins DIR[:DIR...]}, or else by the environment variable {@code CUNZHI_PLUGINS} (the same
 * path list: folders separated by the platform's path separator, {@code :} on Unix and {@code ;} on
 * Windows; empty entries are skipped). The option wins when both are given, so {@code --plugins ""}
 * runs with the bundled plugins only.
 *
 * @param folders the folders, in the order named, each once
 * @param origin where they were named, for messages: {@code --plugins} or {@code CUNZHI_PLUGINS}
 */
record PluginFolders(List<Path> folders, String origin) {
  /** The environment variable that names plugin folders when {@code --plugins} is not given. */
  static final String VARIABLE = "CUNZHI_PLUGINS";

  /** The option that names plugin folders. */
  static final String OPTION = "--plugins";

  PluginFolders {
    folders = List.copyOf(new LinkedHashSet<>(folders));
  }

  /** The folders named by {@code option} when given, else by {@code CUNZHI_PLUGINS}, if set. */
  static PluginFolders of(@Nullable String option, Map<String, String> environment) {
    if (option != null) {
      return new PluginFolders(parse(option), OPTION);
    }
    String variable = environment.get(VARIABLE);
    return new PluginFolders(variable == null ? List.of() : parse(variable), VARIABLE);
  }

  private static List<Path> parse(String pathList) {
    List<Path> folders = new ArrayList<>();
    for (String entry : pathList.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
      if (!entry.isBlank()) {
        folders.add(Path.of(entry));
      }
    }
    return folders;
  }

  /**
   * Every {@code *.jar} in the folders: the folders in the order named, the jars of each ordered by
   * file name, so that every run loads them in the same order.
   *
   * @throws UsageException naming the first folder that does not exist or is not a folder
   */
  List<Path> jars() {
    List<Path> jars = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.exists(folder)) {
        throw UsageException.of(
            "plugin-folder-missing" + suffix(), folder, origin, File.pathSeparator, VARIABLE);
      }
      if (!Files.isDirectory(folder)) {
        throw UsageException.of(
            "plugin-folder-not-folder" + suffix(), folder, origin, File.pathSeparator, VARIABLE);
      }
      List<Path> inFolder = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (isJar(entry)) {
            inFolder.add(entry);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      inFolder.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
      jars.addAll(inFolder);
    }
    return jars;
  }

  /**
   * One class loader over {@code jars} whose parent is {@code parent} (the loader of the bundled
   * plugins), so that ServiceLoader finds both and the registry can check them against each other.
   */
  static URLClassLoader loader(List<Path> jars, ClassLoader parent) {
    Set<Path> distinct = new LinkedHashSet<>();
    jars.forEach(jar -> distinct.add(jar.toAbsolutePath().normalize()));
    List<URL> urls = new ArrayList<>();
    for (Path jar : distinct) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a file: " + jar, e);
      }
    }
    return new URLClassLoader("cunzhi-plugins", urls.toArray(URL[]::new), parent);
  }

  /**
   * Why {@code jar} cannot be read as a jar (not a zip file, unreadable), or null when it can: the
   * class loader would pass over such a file without a word.
   */
  static @Nullable String unreadable(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return null;
    } catch (IOException | SecurityException e) {
      return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }
  }

  private static boolean isJar(Path entry) {
    Path name = entry.getFileName();
    return name != null
        && name.toString().toLowerCase(Locale.ROOT).endsWith(".jar")
        && Files.isRegularFile(entry);
  }

  /** Which hint fits: one for the option, one for the environment variable. */
  private String suffix() {
    return OPTION.equals(origin) ? ".option" : ".variable";
  }
}
