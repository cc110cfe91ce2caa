package org.cunzhi.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Enumeration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a plugin's code was loaded from: the jar or the folder, as a file-system path when it is
 * one (the form a person installing plugins recognises), else as a URI.
 */
final class CodeLocation {
  /** The service file that names the providers on the class path. */
  static final String SERVICES = "META-INF/services/" + StandardProvider.class.getName();

  private CodeLocation() {}

  /**
   * The jar or folder {@code type} was loaded from: its code source, or the location of its module
   * on the module path; {@link LoadProblem#UNKNOWN_LOCATION} when neither can be told.
   */
  static String of(Class<?> type) {
    try {
      ProtectionDomain domain = type.getProtectionDomain();
      CodeSource source = domain == null ? null : domain.getCodeSource();
      URL url = source == null ? null : source.getLocation();
      if (url != null) {
        return of(url);
      }
    } catch (SecurityException e) {
      // Fall back to the module's location.
    }
    Module module = type.getModule();
    ModuleLayer layer = module.getLayer();
    if (module.isNamed() && layer != null) {
      Optional<URI> location =
          layer
              .configuration()
              .findModule(module.getName())
              .map(ResolvedModule::reference)
              .flatMap(r -> r.location());
      if (location.isPresent()) {
        return of(location.get());
      }
    }
    return LoadProblem.UNKNOWN_LOCATION;
  }

  /**
   * The jar or folder whose service file, as {@code loader} sees it, names {@code providerClass};
   * for entries whose class cannot be loaded, so that a problem can still name the jar at fault.
   */
  static String ofServiceEntry(ClassLoader loader, String providerClass) {
    try {
      Enumeration<URL> files = loader.getResources(SERVICES);
      while (files.hasMoreElements()) {
        URL file = files.nextElement();
        if (names(file, providerClass)) {
          return containerOf(file);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // The location is only a courtesy in the problem's text.
    }
    return LoadProblem.UNKNOWN_LOCATION;
  }

  /**
   * A short name for {@code location} in one-line messages: the file name of a jar ({@code
   * county.jar}), else the whole location (a folder of classes says little by its last name).
   */
  static String shortName(String location) {
    int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
    String last = location.substring(slash + 1);
    return last.endsWith(".jar") && !last.equals(".jar") ? last : location;
  }

  private static boolean names(URL servicesFile, String providerClass) throws IOException {
    URLConnection connection = servicesFile.openConnection();
    // Do not keep a jar open beyond the class loader's own use of it.
    connection.setUseCaches(false);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int comment = line.indexOf('#');
        String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (entry.equals(providerClass)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The jar or folder that holds the service file at {@code url}. */
  private static String containerOf(URL url) {
    String text = url.toString();
    if (text.startsWith("jar:")) {
      int bang = text.indexOf("!/");
      return of(text.substring("jar:".length(), bang < 0 ? text.length() : bang));
    }
    if (text.endsWith("/" + SERVICES)) {
      return of(text.substring(0, text.length() - SERVICES.length() - 1));
    }
    return of(text);
  }

  private static String of(URL url) {
    return of(url.toString());
  }

  private static String of(String url) {
    try {
      return of(new URI(url));
    } catch (URISyntaxException e) {
      return url;
    }
  }

  private static String of(URI uri) {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      String path = pathOf(uri);
      if (path != null) {
        return path;
      }
    }
    return uri.toString();
  }

  private static @Nullable String pathOf(URI uri) {
    try {
      return Path.of(uri).toString();
    } catch (IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
      return null;
    }
  }
}
