package dev.ssotgardener.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random steps over a pool of paths, as between the trees of two commits: each step adds or removes
 * a few paths, none of them twice. For tests of what front ends derive from {@link PathChanges}.
 */
public final class RandomPathChanges {
  private final List<String> pool;
  private final Random random;
  private final Set<String> paths = new HashSet<>();

  public RandomPathChanges(List<String> pool, long seed) {
    this.pool = pool;
    this.random = new Random(seed);
  }

  /** The paths after the steps taken so far. */
  public Set<String> paths() {
    return Set.copyOf(paths);
  }

  /** One step of one to {@code most} picks from the pool, each added when absent, else removed. */
  public PathChanges next(int most) {
    Set<String> added = new HashSet<>();
    Set<String> removed = new HashSet<>();
    for (int n = 1 + random.nextInt(most); n > 0; n--) {
      String path = pool.get(random.nextInt(pool.size()));
      if (added.contains(path) || removed.contains(path)) {
        continue;
      }
      if (paths.remove(path)) {
        removed.add(path);
      } else {
        paths.add(path);
        added.add(path);
      }
    }
    return new PathChanges(List.copyOf(paths), added, removed);
  }
}
