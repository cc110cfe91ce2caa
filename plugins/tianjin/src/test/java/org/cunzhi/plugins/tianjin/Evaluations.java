package org.cunzhi.plugins.tianjin;

import java.util.function.UnaryOperator;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Standard;

/** Evaluating test dossiers against the Tianjin standards. */
final class Evaluations {
  private Evaluations() {}

  static final Standard VILLAGE = DemonstrationVillage.standard();
  static final Standard COMMUNITY = DemonstrationCommunity.standard();

  static EvaluationResult evaluate(Dossier d) {
    return Evaluator.create().evaluate(VILLAGE, d);
  }

  static EvaluationResult evaluate(Standard s, Dossier d) {
    return Evaluator.create().evaluate(s, d);
  }

  /** Taizi with one change, evaluated, criterion {@code item}. */
  static CriterionResult taiziWith(int item, UnaryOperator<Dossier.Builder> change) {
    return village(change.apply(TaiziDossier.taizi().toBuilder()).build(), item);
  }

  static CriterionResult village(Dossier d, int item) {
    return evaluate(d).criterion("tianjin.village." + item).orElseThrow();
  }

  /** Every word the result could show a person, in both languages. */
  static String allText(EvaluationResult r) {
    StringBuilder s = new StringBuilder(r.toString());
    for (Reason n : r.notes()) {
      s.append('\n').append(n.text().zh()).append('\n').append(n.text().en());
    }
    for (CriterionResult c : r.criteria()) {
      s.append('\n').append(text(c));
    }
    return s.toString();
  }

  /** Every word of one criterion's result, in both languages. */
  static String text(CriterionResult c) {
    StringBuilder s = new StringBuilder(c.toString());
    for (Reason x : c.reasons()) {
      s.append('\n').append(x.text().zh()).append('\n').append(x.text().en());
    }
    for (Remedy x : c.remedies()) {
      s.append('\n').append(x.text().zh()).append('\n').append(x.text().en());
    }
    for (Measure m : c.measures()) {
      s.append('\n').append(m);
    }
    return s.toString();
  }
}
