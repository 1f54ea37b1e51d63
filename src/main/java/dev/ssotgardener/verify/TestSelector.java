package dev.ssotgardener.verify;

import dev.ssotgardener.index.ImportGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the tests that protect changed files: every test file that imports one of them, directly or
 * through other repository files, with the shortest import chain as its reason.
 */
public final class TestSelector {
  private final ImportGraph graph;
  private final Predicate<String> isTest;

  public TestSelector(ImportGraph graph, Predicate<String> isTest) {
    this.graph = graph;
    this.isTest = isTest;
  }

  public List<ProtectingTest> protecting(Collection<String> changedPaths) {
    // Breadth-first over importers from all changed files at once: the first visit is the
    // shortest chain.
    Map<String, String> nextTowardsChange = new HashMap<>();
    Deque<String> work = new ArrayDeque<>();
    for (String changed : changedPaths) {
      if (nextTowardsChange.putIfAbsent(changed, "") == null) {
        work.add(changed);
      }
    }
    List<ProtectingTest> tests = new ArrayList<>();
    while (!work.isEmpty()) {
      String file = work.poll();
      if (isTest.test(file)) {
        tests.add(new ProtectingTest(file, chainFrom(file, nextTowardsChange)));
      }
      for (String importer : graph.importersOf(file)) {
        if (nextTowardsChange.putIfAbsent(importer, file) == null) {
          work.add(importer);
        }
      }
    }
    tests.sort(
        java.util.Comparator.comparingInt((ProtectingTest t) -> t.chain().size())
            .thenComparing(ProtectingTest::path));
    return tests;
  }

  private static List<String> chainFrom(String test, Map<String, String> next) {
    LinkedList<String> chain = new LinkedList<>();
    for (String at = test; !at.isEmpty(); at = next.get(at)) {
      chain.add(at);
    }
    return chain;
  }
}
