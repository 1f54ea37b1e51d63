package dev.ssotgardener.rules;

import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.policy.Policy;

/** Decides whether a suppression comment is well-formed enough to take effect. */
public final class SuppressionValidity {
  private final Policy policy;

  public SuppressionValidity(Policy policy) {
    this.policy = policy;
  }

  boolean knows(String id) {
    return policy.knowsId(id);
  }

  /** A suppression takes effect only when it names known ids and gives a reason. */
  public boolean isValid(Suppression suppression) {
    return suppression.origin() == Suppression.Origin.SSOT
        && !suppression.ids().isEmpty()
        && !suppression.reason().isBlank()
        && suppression.ids().stream().allMatch(this::knows);
  }
}
