package org.cunzhi.core.rule;

import java.util.Map;
import java.util.TreeMap;
import org.cunzhi.core.model.Dossier;

/** A context for testing checks on their own: records the parameters read. */
final class TestContext implements CheckContext {
  private final Dossier dossier;
  private final ParameterValues values;
  private final String criterionId;
  final Map<String, String> read = new TreeMap<>();

  TestContext(Dossier dossier, ParameterValues values, String criterionId) {
    this.dossier = dossier;
    this.values = values;
    this.criterionId = criterionId;
  }

  /**
   * {@code check}'s result in {@code context}, once it is known that {@code check} decides the same
   * ({@link Check#decide}): every test of a check's result tests its decision too.
   */
  static CheckResult checked(Check check, CheckContext context) {
    CheckResult result = check.check(context);
    Ruling decided = check.decide(context);
    if (decided != Ruling.of(result)) {
      throw new AssertionError(
          check + " decides " + decided + " where its result is " + Ruling.of(result));
    }
    return result;
  }

  static TestContext of(Dossier dossier) {
    return new TestContext(dossier, ParameterValues.none(), "test.criterion");
  }

  static TestContext of(Dossier dossier, ParameterValues values) {
    return new TestContext(dossier, values, "test.criterion");
  }

  @Override
  public Dossier dossier() {
    return dossier;
  }

  @Override
  public <T> T parameter(Parameter<T> parameter) {
    T value = values.get(parameter);
    read.put(parameter.key(), parameter.format(value));
    return value;
  }

  @Override
  public String criterionId() {
    return criterionId;
  }

  @Override
  public Messages coreMessages() {
    return Messages.core();
  }
}
