/**
 * The integrity ("five goods") standard of a county (DOMAIN §11, CV-D): five scored dimensions with
 * grades, offered through a standard provider. Exports nothing: the standard is reached through the
 * provider.
 */
module org.cunzhi.plugins.integrity {
  requires transitive org.cunzhi.spi;

  provides org.cunzhi.spi.StandardProvider with
      org.cunzhi.plugins.integrity.IntegrityStandards;
}
