package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.index.RepoIndex;
import java.util.List;

/** A rule that judges one file at a time, with the repository index for context. */
public non-sealed interface FileRule extends Rule {
  List<Violation> check(FileFacts file, RepoIndex index);
}
