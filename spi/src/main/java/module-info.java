/**
 * The plugin SPI: what a plugin implements ({@link org.cunzhi.spi.StandardProvider}), and the
 * registry that discovers plugins, resolves their standards and picks the prevailing one.
 */
module org.cunzhi.spi {
  requires transitive org.cunzhi.core;

  exports org.cunzhi.spi;

  uses org.cunzhi.spi.StandardProvider;
}
