package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.Decision;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * The library in one object, and the one path hosts and the command line take: a registry of
 * standards and core's evaluator. Each verb says which standard it evaluates against:
 *
 * <ul>
 *   <li>{@link #assess(Dossier)}, {@link #assess(Dossier, String)}: the standard chosen for the
 *       unit (D-ADM-4, D-ADM-5; see {@link Selection});
 *   <li>{@link #assessAgainst(String, Dossier)}: a standard named by id, applied as asked even
 *       where it would not apply (S-8);
 *   <li>{@link #assessAllApplicable(Dossier)}: every standard that applies, side by side.
 * </ul>
 *
 * <p>{@link #decideAgainst(String, Dossier)} gives what {@code assessAgainst} decides, without the
 * explanation.
 *
 * <p>Every result records how its standard was chosen and what it shadowed ({@link
 * EvaluationResult#choice()}). The unit is placed on the last day of its assessment year. Each
 * dossier is checked against the model's rules before it is evaluated. Immutable and thread-safe.
 */
public final class Assessor {
  /** The purpose {@link #assess(Dossier)} and {@link #assessAllApplicable(Dossier)} serve. */
  public static final String DEMONSTRATION = "demonstration";

  private final StandardRegistry registry;
  private final Evaluator evaluator;

  private Assessor(StandardRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    // every installed standard's criteria, so inspection findings are sorted out as S-7 says
    this.evaluator = Evaluator.create().withInstalledCriteria(registry.criterionIds());
  }

  private Assessor(StandardRegistry registry, Evaluator evaluator) {
    this.registry = registry;
    this.evaluator = evaluator;
  }

  /**
   * This assessor, holding every plugin check to {@code limit}: a check still running when it is up
   * is ERROR for its criterion and the evaluation goes on ({@link Evaluator#withCheckTimeLimit});
   * {@code null} for no limit, the default.
   *
   * @throws IllegalArgumentException when {@code limit} is zero or negative
   */
  public Assessor withCheckTimeLimit(@Nullable Duration limit) {
    return new Assessor(registry, evaluator.withCheckTimeLimit(limit));
  }

  /** An assessor over the standards of the plugins {@link StandardRegistry#discover()} finds. */
  public static Assessor discover() {
    return new Assessor(StandardRegistry.discover());
  }

  /** An assessor over {@code registry}. */
  public static Assessor of(StandardRegistry registry) {
    return new Assessor(registry);
  }

  /** The registry it draws standards from. */
  public StandardRegistry registry() {
    return registry;
  }

  /**
   * Assesses {@code dossier} against the demonstration standard chosen for its unit: the one that
   * prevails (national before municipal before county before township), or its most refined
   * stricter refinement.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws NoApplicableStandardException when no demonstration standard applies
   */
  public EvaluationResult assess(Dossier dossier) {
    return assess(dossier, DEMONSTRATION);
  }

  /**
   * Assesses {@code dossier} against the standard of {@code purpose} chosen for its unit (see
   * {@link Selection}).
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws NoApplicableStandardException when no standard of that purpose applies, or only looser
   *     ones do
   */
  public EvaluationResult assess(Dossier dossier, String purpose) {
    ModelValidator.get().requireValid(dossier);
    Selection selection = selectionFor(dossier, purpose);
    Standard standard = selection.require();
    return evaluator.evaluate(standard, dossier).withChoice(selection.choiceFor(standard));
  }

  /**
   * Assesses {@code dossier} against the standard {@code standardId}, as asked. Where it does not
   * apply to the unit (another kind, a code outside its prefixes, a year outside its dates) it is
   * evaluated anyway, and the result's first notes say why it would not apply (S-8; {@link
   * StandardChoice#outsideScope()}).
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws org.cunzhi.core.UnknownStandardException when no plugin offers the standard
   * @throws org.cunzhi.core.PluginFailureException when more than one plugin offers it
   */
  public EvaluationResult assessAgainst(String standardId, Dossier dossier) {
    requireNonNull(standardId, "standardId");
    Standard standard = registry.get(standardId);
    return assessAgainst(standard, dossier);
  }

  /**
   * Assesses {@code dossier} against {@code standard}, given directly (e.g. a {@linkplain
   * org.cunzhi.core.standard.Tailoring tailoring} applied), as {@link #assessAgainst(String,
   * Dossier)} does.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   */
  public EvaluationResult assessAgainst(Standard standard, Dossier dossier) {
    requireNonNull(standard, "standard");
    ModelValidator.get().requireValid(dossier);
    Selection selection = selectionFor(dossier, standard.purpose());
    StandardChoice choice =
        new StandardChoice(
            standard.id(),
            true,
            Selection.outsideScope(standard, dossier.unit(), selection.date()),
            selection.standings());
    return evaluator.evaluate(standard, dossier).withChoice(choice);
  }

  /**
   * Decides {@code dossier} against the standard {@code standardId} without explaining, as asked:
   * the verdict, each criterion's outcome, whether a veto fired and any grade that {@link
   * #assessAgainst(String, Dossier)} would give, much faster ({@link Evaluator#decide}). For hosts
   * that need verdicts only, e.g. counting which units meet a standard.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws org.cunzhi.core.UnknownStandardException when no plugin offers the standard
   * @throws org.cunzhi.core.PluginFailureException when more than one plugin offers it
   */
  public Decision decideAgainst(String standardId, Dossier dossier) {
    requireNonNull(standardId, "standardId");
    return decideAgainst(registry.get(standardId), dossier);
  }

  /**
   * Decides {@code dossier} against {@code standard}, given directly, as {@link
   * #decideAgainst(String, Dossier)} does.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   */
  public Decision decideAgainst(Standard standard, Dossier dossier) {
    requireNonNull(standard, "standard");
    ModelValidator.get().requireValid(dossier);
    return evaluator.decide(standard, dossier);
  }

  /**
   * Assesses {@code dossier} against every demonstration standard that applies to its unit, looser
   * ones included: one result each, the chosen standard's first, then the others in order of
   * precedence. Empty when none applies.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   */
  public List<EvaluationResult> assessAllApplicable(Dossier dossier) {
    return assessAllApplicable(dossier, DEMONSTRATION);
  }

  /**
   * Assesses {@code dossier} against every standard of {@code purpose} that applies to its unit, as
   * {@link #assessAllApplicable(Dossier)} does.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   */
  public List<EvaluationResult> assessAllApplicable(Dossier dossier, String purpose) {
    ModelValidator.get().requireValid(dossier);
    Selection selection = selectionFor(dossier, purpose);
    ImmutableList.Builder<EvaluationResult> results = ImmutableList.builder();
    selection.chosen().ifPresent(s -> results.add(assessed(s, dossier, selection)));
    for (Standard s : selection.shadowed()) {
      results.add(assessed(s, dossier, selection));
    }
    return results.build();
  }

  /**
   * The standards of {@code purpose} that apply to {@code dossier}'s unit on the last day of its
   * assessment year, and which is chosen.
   */
  public Selection selectionFor(Dossier dossier, String purpose) {
    requireNonNull(dossier, "dossier");
    requireNonNull(purpose, "purpose");
    return registry.select(dossier.unit(), LocalDate.of(dossier.assessmentYear(), 12, 31), purpose);
  }

  private EvaluationResult assessed(Standard s, Dossier dossier, Selection selection) {
    return evaluator.evaluate(s, dossier).withChoice(selection.choiceFor(s));
  }

  @Override
  public String toString() {
    return "Assessor[" + registry + "]";
  }
}
