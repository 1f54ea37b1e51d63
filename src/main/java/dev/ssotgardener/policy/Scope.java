package dev.ssotgardener.policy;

/** Where a truth applies: everywhere, in the policy's test files, or in files matching globs. */
public sealed interface Scope {
  /** Whether {@code path} (repo-relative) is in scope, given the policy's test globs. */
  boolean contains(String path, GlobSet tests);

  record All() implements Scope {
    @Override
    public boolean contains(String path, GlobSet tests) {
      return true;
    }
  }

  record Tests() implements Scope {
    @Override
    public boolean contains(String path, GlobSet tests) {
      return tests.matches(path);
    }
  }

  record Globs(GlobSet globs) implements Scope {
    @Override
    public boolean contains(String path, GlobSet tests) {
      return globs.matches(path);
    }
  }
}
