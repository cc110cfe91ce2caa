/**
 * The Tianjin municipal demonstration standards: the demonstration village and the demonstration
 * community, offered through a standard provider, and the campaign's calendar, candidacy, quota and
 * award preference.
 *
 * <p>Exports only the campaign package, so that applications (the command line's {@code calendar})
 * can reach the campaign's dates; the standards stay inside and are reached through the provider.
 */
module org.cunzhi.plugins.tianjin {
  requires transitive org.cunzhi.spi;

  exports org.cunzhi.plugins.tianjin.campaign;

  provides org.cunzhi.spi.StandardProvider with
      org.cunzhi.plugins.tianjin.TianjinStandards;
}
