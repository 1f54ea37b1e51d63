package dev.ssotgardener.garden;

import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.TruthKind;
import java.util.Optional;

/**
 * The test command a policy makes the garden run: its {@code test-command}, else the canonical
 * runner of its {@code entrypoint} truth run as a script ({@code python3 tests/run.py}). One place,
 * so the garden and the {@code --publish} trust check judge the same command.
 */
public final class PolicyTestCommand {
  private PolicyTestCommand() {}

  public static Optional<String> of(Policy policy) {
    return policy
        .testCommand()
        .or(
            () ->
                policy.truths().stream()
                    .filter(t -> t.kind() == TruthKind.ENTRYPOINT)
                    .flatMap(t -> t.canonical().stream())
                    .flatMap(c -> Dialects.forPath(c).flatMap(d -> d.scriptCommand(c)).stream())
                    .findFirst());
  }
}
