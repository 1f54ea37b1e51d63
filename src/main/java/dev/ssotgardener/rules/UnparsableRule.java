package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.SyntaxError;
import dev.ssotgardener.index.RepoIndex;
import java.util.List;

/**
 * {@code unparsable}: a source file the grammar cannot parse is reported, never skipped silently:
 * no other rule can vouch for it. One finding per file, at the first error.
 */
final class UnparsableRule implements FileRule {
  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    if (file.syntaxErrors().isEmpty()) {
      return List.of();
    }
    SyntaxError first = file.syntaxErrors().get(0);
    int more = file.syntaxErrors().size() - 1;
    return List.of(
        new Violation(
            file.path(),
            first.span(),
            "cannot be parsed: %s%s; no other rule can check this file until it parses"
                .formatted(first.message(), more == 0 ? "" : " (and %d more)".formatted(more)),
            "the code meant at line %d is unknown".formatted(first.span().startLine())));
  }
}
