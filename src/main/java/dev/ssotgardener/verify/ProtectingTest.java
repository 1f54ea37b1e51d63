package dev.ssotgardener.verify;

import java.util.List;

/**
 * A test file chosen to protect a change, and why.
 *
 * @param chain the import chain from the test to the changed file: the test first, the changed file
 *     last; a changed test file protects itself with a one-element chain
 */
public record ProtectingTest(String path, List<String> chain) {
  public ProtectingTest {
    chain = List.copyOf(chain);
  }

  /** The reason in words, as the tracker shows it. */
  public String reason() {
    if (chain.size() == 1) {
      return "is itself affected";
    }
    if (chain.size() == 2) {
      return "imports " + chain.get(1) + " directly";
    }
    return "imports "
        + chain.get(chain.size() - 1)
        + " transitively (via "
        + String.join(" → ", chain.subList(1, chain.size() - 1))
        + ")";
  }
}
