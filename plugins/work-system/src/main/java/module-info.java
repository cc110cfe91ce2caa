/**
 * The village work system (DOMAIN §5, §12): the supervision procedures of a village's
 * self-governance work system, WS-1 to WS-11, as one standard offered through a standard provider.
 * Exports nothing: the standard is reached through the provider.
 */
module org.cunzhi.plugins.worksystem {
  requires transitive org.cunzhi.spi;

  provides org.cunzhi.spi.StandardProvider with
      org.cunzhi.plugins.worksystem.WorkSystemStandards;
}
