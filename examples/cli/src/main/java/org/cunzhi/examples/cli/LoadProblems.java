package org.cunzhi.examples.cli;

import org.cunzhi.spi.LoadProblem;

/** A plugin's load problem for people, in the run's language. */
final class LoadProblems {
  private LoadProblems() {}

  /**
   * {@code KIND provider (jar): what went wrong}, as {@link LoadProblem#toString} has it, in {@code
   * lang}: the kind named in words and the message translated as far as the bundle knows it.
   */
  static String text(LoadProblem p, Lang lang) {
    if (lang == Lang.EN) {
      return p.toString();
    }
    String where =
        p.location().equals(LoadProblem.UNKNOWN_LOCATION)
            ? p.providerClass()
            : Session.text(
                lang, "cli.plugin", p.providerClass(), Session.fileName(p.location(), lang));
    return Session.text(
        lang,
        "cli.load-problem.detail",
        Session.text(lang, "cli.load-problem." + p.kind().name()),
        where,
        Translations.text(p.message(), lang));
  }
}
