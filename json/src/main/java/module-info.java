/**
 * Reads Cunzhi dossiers (DOSSIER-v1 JSON) into the core model, with every problem reported, and
 * writes evaluation results as report JSON (cunzhi.report/v1).
 */
module org.cunzhi.json {
  requires transitive org.cunzhi.core;
  requires com.fasterxml.jackson.databind;

  exports org.cunzhi.json;
}
