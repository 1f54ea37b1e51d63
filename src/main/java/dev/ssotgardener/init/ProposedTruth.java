package dev.ssotgardener.init;

import dev.ssotgardener.policy.TruthKind;
import java.util.List;

/**
 * One truth {@code ssot init} proposes, with the counts that make it the majority.
 *
 * @param id the truth id, kebab-case
 * @param canonical the canonical names (a path for an entrypoint)
 * @param forbids names the truth forbids; empty for kinds without {@code forbids}
 * @param except names under {@code forbids} the truth spares
 * @param replaces framework bases a {@code base-class} truth replaces; empty for other kinds
 * @param names simple-name globs of a {@code single-definition} truth; empty for other kinds
 * @param testsScope the truth applies to test files only ({@code scope: tests})
 * @param evidence one line saying what was counted
 * @param tentative proposed for a person to decide: written commented out
 */
public record ProposedTruth(
    String id,
    TruthKind kind,
    List<String> canonical,
    List<String> forbids,
    List<String> except,
    List<String> replaces,
    List<String> names,
    boolean testsScope,
    String evidence,
    boolean tentative) {
  public ProposedTruth {
    canonical = List.copyOf(canonical);
    forbids = List.copyOf(forbids);
    except = List.copyOf(except);
    replaces = List.copyOf(replaces);
    names = List.copyOf(names);
  }
}
