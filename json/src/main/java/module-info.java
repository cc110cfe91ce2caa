/** Reads Cunzhi dossiers (DOSSIER-v1 JSON) into the core model, with every problem reported. */
module org.cunzhi.json {
  requires transitive org.cunzhi.core;
  requires com.fasterxml.jackson.databind;

  exports org.cunzhi.json;
}
