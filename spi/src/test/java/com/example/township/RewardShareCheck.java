package com.example.township;

import static com.example.township.TownshipStandards.MESSAGES;

import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;

/**
 * Every reward owed is granted, judged as a percentage. The bug is deliberate: with no reward owed
 * it divides by zero, and the evaluator must turn that into ERROR naming this class.
 */
final class RewardShareCheck implements Check {
  @Override
  public CheckResult check(CheckContext context) {
    Benefits benefits = context.dossier().benefits();
    if (benefits == null) {
      return CheckResult.insufficient(MESSAGES.reason("rewards.missing"));
    }
    int percent = 100 * benefits.rewardsGranted() / benefits.rewardsEligible();
    return percent == 100
        ? CheckResult.pass(MESSAGES.reason("rewards.all"))
        : CheckResult.fail(MESSAGES.reason("rewards.short"));
  }
}
