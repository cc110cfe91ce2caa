/**
 * The Tianjin municipal demonstration standards: the demonstration village and the demonstration
 * community, offered through a standard provider, and the campaign's calendar, candidacy, quota and
 * award preference. Exports only the campaign package; the standards stay inside.
 */
module org.cunzhi.plugins.tianjin {
  requires transitive org.cunzhi.core;

  exports org.cunzhi.plugins.tianjin.campaign;
}
