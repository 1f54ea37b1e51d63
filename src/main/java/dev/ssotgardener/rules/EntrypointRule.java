package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.RunnerBlock;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code entrypoint}: code may not start a runner of its own ({@code unittest.main()}, {@code
 * pytest.main([...])}); tests run through the canonical runner.
 */
final class EntrypointRule implements FileRule {
  private final Truth truth;

  EntrypointRule(Truth truth) {
    this.truth = truth;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (Reference ref : file.references()) {
      if (ref.usage() != Reference.Usage.CALL) {
        continue;
      }
      String called = index.canonicalName(ref.qualifiedName());
      if (truth.forbids().contains(called)) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "starts its own runner %s; run tests through %s"
                    .formatted(called, String.join(" or ", truth.canonical())),
                fix(file, ref)));
      }
    }
    return violations;
  }

  /** Removes a runner block that does nothing but this call, and the import it alone used. */
  private static Optional<Fix> fix(FileFacts file, Reference ref) {
    for (RunnerBlock block : file.runnerBlocks()) {
      Span call = block.call();
      if (call.startLine() == ref.span().startLine()
          && call.startColumn() == ref.span().startColumn()) {
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(block.span(), ""));
        edits.addAll(FixEdits.removeBindingIfUnused(file, ref.text(), List.of(block.span())));
        return Optional.of(new Fix("remove the block that runs " + ref.text() + "()", edits));
      }
    }
    return Optional.empty();
  }
}
