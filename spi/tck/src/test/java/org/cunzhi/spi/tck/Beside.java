package org.cunzhi.spi.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Objects;
import org.cunzhi.spi.StandardProvider;

/**
 * A class loader that defines one provider class anew, as if it lay in another jar or folder: the
 * kit then reads the module descriptor there. Everything else it leaves to the tests' loader.
 */
final class Beside extends ClassLoader {
  private final String name;
  private final URL location;

  private Beside(String name, URL location) {
    super(Beside.class.getClassLoader());
    this.name = name;
    this.location = location;
  }

  /**
   * A fresh instance of {@code provider}, its class defined anew as if it lay beside the kit's own
   * classes, whose {@code module-info.class} ({@code org.cunzhi.spi.tck}) provides nothing.
   */
  static StandardProvider kitModuleDescriptor(Class<? extends StandardProvider> provider) {
    URL kit =
        Objects.requireNonNull(
                StandardProviderContract.class.getProtectionDomain().getCodeSource(), "code source")
            .getLocation();
    try {
      Class<?> type = new Beside(provider.getName(), kit).loadClass(provider.getName());
      return (StandardProvider) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not load " + provider.getName() + " anew", e);
    }
  }

  @Override
  protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
    if (!className.equals(name)) {
      return super.loadClass(className, resolve);
    }
    synchronized (getClassLoadingLock(className)) {
      Class<?> loaded = findLoadedClass(className);
      if (loaded == null) {
        byte[] bytes = bytesOf(className);
        ProtectionDomain domain =
            new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null);
        loaded = defineClass(className, bytes, 0, bytes.length, domain);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] bytesOf(String className) throws ClassNotFoundException {
    String resource = className.replace('.', '/') + ".class";
    try (InputStream in = getParent().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClassNotFoundException(className);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
