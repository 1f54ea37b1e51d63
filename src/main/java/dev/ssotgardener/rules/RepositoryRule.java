package dev.ssotgardener.rules;

import dev.ssotgardener.index.RepoIndex;
import java.util.List;

/** A rule that needs the whole repository at once, such as "only one definition". */
public non-sealed interface RepositoryRule extends Rule {
  List<Violation> check(RepoIndex index);
}
