/**
 * Renders evaluation results for people: Markdown, and self-contained HTML (inline CSS and SVG, no
 * script, nothing fetched) that prints on A4. Shared by the command line and any other host.
 */
module org.cunzhi.report {
  requires transitive org.cunzhi.core;

  exports org.cunzhi.report;
}
