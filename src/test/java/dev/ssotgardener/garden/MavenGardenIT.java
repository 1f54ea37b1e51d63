package dev.ssotgardener.garden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotgardener.TestTrees;
import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test-fix loop on a Maven project ({@code src/test/resources/garden/maven}, run offline with
 * {@code mvn -o}): a conflicted JUnit test that also imports a removed class reaches green, reading
 * the compiler's errors and Surefire's {@code target/surefire-reports/*.xml}.
 */
class MavenGardenIT {
  private static final String TEST = "src/test/java/com/acme/WidgetTest.java";
  private static final String SLUG = "SSOT-regression-widget-test-merge-conflict";

  @TempDir Path dir;
  private final List<String> progress = new ArrayList<>();

  @Test
  void aConflictedJUnitTestThatImportsARemovedClassReachesGreenWithMaven() throws Exception {
    assumeTrue(onPath("mvn"), "mvn is not on the PATH: the Maven test-fix loop cannot run here");
    Path repo = dir.resolve("maven");
    TestTrees.copy(Path.of("src/test/resources/garden/maven"), repo);
    GardenerTest.commitAll(repo);
    Policy policy = new PolicyLoader().loadFromRoot(repo).orElseThrow();

    GardenOutcome outcome =
        new Gardener(policy, WalkOptions.defaults(), "test", FactsCache.none(), Optional.empty())
            .run(repo, GardenerTest.options(0), progress::add, AuditProgress.none());

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".md"));
    assertThat(tracker)
        .contains(
            "cycle 1: resolve the conflict in "
                + TEST
                + " [ours] → kept: `"
                + TEST
                + "` not-run; blocked: compilation error: package com.acme.legacy does not exist ("
                + TEST
                + ":5)")
        .contains("the blocking error moved on, so the rest of the plan is tried with it")
        .contains(
            "remove the unused import of missing code in "
                + TEST
                + " (dangling-imports) → kept:"
                + " tests pass")
        .contains(
            "[theirs] → rolled back: `"
                + TEST
                + "` failing; blocked: org.opentest4j.AssertionFailedError: expected: <legacy> but"
                + " was: <widget> ("
                + TEST
                + ":10) (with the rest of the plan)")
        .contains("conflict resolved to ours, with the rest of the plan");
    assertThat(Files.readString(repo.resolve(TEST)))
        .contains("void nameIsWidget()")
        .doesNotContain("<<<<<<<", "legacy");
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("ssot/" + SLUG);
      List<RevCommit> added = new ArrayList<>();
      git.log()
          .addRange(
              git.getRepository().resolve("main"), git.getRepository().resolve("ssot/" + SLUG))
          .call()
          .forEach(added::add);
      assertThat(added).hasSize(1);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
