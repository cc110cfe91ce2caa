package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.function.ToIntFunction;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * A count held to a rule: zero, equal to another count, or at least a minimum. Made by {@link
 * Checks#zero}, {@link Checks#equal} and {@link Checks#atLeast}; immutable.
 *
 * <p>The counts are read only when the dossier has the section they come from; without it, the
 * check is INSUFFICIENT_EVIDENCE. A count that breaks the rule FAILs the check with a remedy giving
 * the exact difference.
 */
public final class CountCheck implements Check {

  private enum Rule {
    ZERO,
    EQUAL,
    AT_LEAST
  }

  private final String name;
  private final Rule rule;
  private final Section section;
  private final ToIntFunction<Dossier> count;
  private final @Nullable ToIntFunction<Dossier> required;
  private final @Nullable Parameter<Integer> minimum;
  private final int fixedMinimum;
  private final LocalizedText label;

  private CountCheck(
      String name,
      Rule rule,
      Section section,
      ToIntFunction<Dossier> count,
      @Nullable ToIntFunction<Dossier> required,
      @Nullable Parameter<Integer> minimum,
      int fixedMinimum,
      @Nullable LocalizedText label) {
    this.name = requireNonNull(name, "name");
    this.rule = rule;
    this.section = requireNonNull(section, "section");
    this.count = requireNonNull(count, "count");
    this.required = required;
    this.minimum = minimum;
    this.fixedMinimum = fixedMinimum;
    this.label = label == null ? Labels.of(name) : label;
  }

  static CountCheck zero(String name, Section section, ToIntFunction<Dossier> count) {
    return new CountCheck(name, Rule.ZERO, section, count, null, null, 0, null);
  }

  static CountCheck equal(
      String name,
      Section section,
      ToIntFunction<Dossier> actual,
      ToIntFunction<Dossier> required) {
    return new CountCheck(
        name, Rule.EQUAL, section, actual, requireNonNull(required, "required"), null, 0, null);
  }

  static CountCheck atLeast(
      String name, Section section, ToIntFunction<Dossier> count, Parameter<Integer> minimum) {
    return new CountCheck(
        name, Rule.AT_LEAST, section, count, null, requireNonNull(minimum, "minimum"), 0, null);
  }

  static CountCheck atLeast(
      String name, Section section, ToIntFunction<Dossier> count, int minimum) {
    return new CountCheck(name, Rule.AT_LEAST, section, count, null, null, minimum, null);
  }

  /** The count's stable name, e.g. {@code privacy-breaches}. */
  public String name() {
    return name;
  }

  /** This check, naming the count {@code what} (e.g. 侵犯隐私事件 / privacy breaches) in its text. */
  public CountCheck labelled(LocalizedText what) {
    return new CountCheck(name, rule, section, count, required, minimum, fixedMinimum, what);
  }

  /** Its section, and its minimum when that is a parameter. */
  @Override
  public Requirements requirements() {
    Requirements r = Requirements.none().needing(section);
    return minimum == null ? r : r.reading(minimum);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Messages core = context.coreMessages();
    Dossier dossier = context.dossier();
    if (!dossier.has(section)) {
      return Checks.missingSections(core, ImmutableList.of(section));
    }
    long n = count.applyAsInt(dossier);
    String ns = Numerals.of(n);
    switch (rule) {
      case ZERO:
        if (n == 0) {
          return CheckResult.pass(core.reason("count.zero.met", label));
        }
        return CheckResult.fail(core.reason("count.zero.not-met", label, ns))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.DECREASE_COUNT,
                    name,
                    context.assessmentYear(),
                    null,
                    n,
                    core.text("remedy.count-decrease", label, ns, "0")));
      case EQUAL:
        long want = requireNonNull(required).applyAsInt(dossier);
        String ws = Numerals.of(want);
        if (n == want) {
          return CheckResult.pass(core.reason("count.equal.met", label, ws, ns));
        }
        String diff = Numerals.of(Math.abs(want - n));
        if (n < want) {
          return CheckResult.fail(core.reason("count.equal.short", label, ws, ns, diff))
              .withRemedy(
                  new Remedy(
                      Remedy.Kind.INCREASE_COUNT,
                      name,
                      context.assessmentYear(),
                      null,
                      want - n,
                      core.text("remedy.count-increase", label, diff, ws)));
        }
        return CheckResult.fail(core.reason("count.equal.over", label, ws, ns, diff))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.DECREASE_COUNT,
                    name,
                    context.assessmentYear(),
                    null,
                    n - want,
                    core.text("remedy.count-decrease", label, diff, ws)));
      default:
        long least = minimum == null ? fixedMinimum : context.parameter(minimum);
        String ls = Numerals.of(least);
        if (n >= least) {
          return CheckResult.pass(core.reason("count.at-least.met", label, ns, ls));
        }
        String more = Numerals.of(least - n);
        return CheckResult.fail(core.reason("count.at-least.not-met", label, ns, ls))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.INCREASE_COUNT,
                    name,
                    context.assessmentYear(),
                    null,
                    least - n,
                    core.text("remedy.count-increase", label, more, ls)));
    }
  }

  /** What {@link #check} decides, without its text or remedy. */
  @Override
  public Ruling decide(CheckContext context) {
    Dossier dossier = context.dossier();
    if (!dossier.has(section)) {
      return Ruling.INSUFFICIENT_EVIDENCE;
    }
    long n = count.applyAsInt(dossier);
    boolean met;
    switch (rule) {
      case ZERO:
        met = n == 0;
        break;
      case EQUAL:
        met = n == requireNonNull(required).applyAsInt(dossier);
        break;
      default:
        met = n >= (minimum == null ? fixedMinimum : context.parameter(minimum));
        break;
    }
    return met ? Ruling.PASS : Ruling.FAIL;
  }

  @Override
  public String toString() {
    return "CountCheck[" + name + "]";
  }
}
