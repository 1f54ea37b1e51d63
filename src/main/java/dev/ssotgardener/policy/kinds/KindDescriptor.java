package dev.ssotgardener.policy.kinds;

import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Optional;

/**
 * A truth kind's descriptor: the keys a truth of the kind takes, with the checks the loader runs on
 * them, and the words reports use for a truth of it.
 */
public non-sealed interface KindDescriptor extends Descriptor {
  /** Keys only some kinds take and that this kind cannot do without. */
  List<String> requiredKeys();

  /** Keys only some kinds take and that this kind may leave out. */
  List<String> optionalKeys();

  /** Why the canonical list cannot be used by the rule; empty when it can. */
  default Optional<String> canonicalProblem(List<String> canonical) {
    return Optional.empty();
  }

  /** Why a {@code rewrite:} key is not a form the rule can read; empty when it is. */
  default Optional<String> rewriteFromProblem(String from) {
    return Optional.of("kind '" + id() + "' takes no rewrite");
  }

  /** Why a {@code rewrite:} value cannot be produced from its key; empty when it can. */
  default Optional<String> rewriteToProblem(String from, String to) {
    return Optional.empty();
  }

  /** One line: what the truth keeps true. */
  String shortDescription(Truth truth);

  /** What to do instead, naming the canonical replacement. */
  String help(Truth truth);

  /** The issue checklist line for one finding. */
  String violation(Truth truth, Defect defect);

  /** The success criterion for one finding. */
  String criterion(Truth truth, Defect defect);
}
