package org.cunzhi.examples.cli;

import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;

/**
 * The command line's text report, reached from the benchmarks: {@code TextReport} is private to the
 * command line's package, which the benchmarks share on the class path (never on the module path)
 * for this one bridge.
 */
public final class TextReports {
  private TextReports() {}

  /**
   * The text report of {@code result} in {@code language}, as {@code ./cunzhi evaluate} writes it.
   */
  public static String render(EvaluationResult result, Language language) {
    return new TextReport(language).render(result);
  }
}
