package dev.ssotgardener.lang;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How a repository's paths differ from those a front end was set up for: what a history walk hands
 * from one commit to the next, so a front end's view of the layout follows the change instead of
 * being made again from every path.
 *
 * @param paths every repo-relative path after the change
 * @param added paths among {@code paths} the earlier set lacked
 * @param removed paths of the earlier set not among {@code paths}
 */
public record PathChanges(Collection<String> paths, Set<String> added, Set<String> removed) {
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  /** Whether a path added or removed satisfies {@code test}. */
  public boolean any(Predicate<String> test) {
    return added.stream().anyMatch(test) || removed.stream().anyMatch(test);
  }

  /** Hands {@code out} each element that only one of {@code a} and {@code b} holds. */
  public static <T> void eachInOneOnly(Set<T> a, Set<T> b, Consumer<? super T> out) {
    a.stream().filter(x -> !b.contains(x)).forEach(out);
    b.stream().filter(x -> !a.contains(x)).forEach(out);
  }
}
