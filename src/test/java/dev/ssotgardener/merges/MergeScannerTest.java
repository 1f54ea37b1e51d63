package dev.ssotgardener.merges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.history.ScriptedRepo;
import dev.ssotgardener.policy.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted merges, each resolved one way, and what the scanner says about them. */
class MergeScannerTest {
  private static final String BASE =
      """
      import os


      def connect(env):
          db_url = env.get("DATABASE_URL")
          if not db_url.startswith("postgres"):
              raise ValueError(db_url)
          return db_url


      def close():
          pass
      """;
  private static final String OURS = BASE.replace("env.get(\"DATABASE_URL\")", "env.get(\"DB\")");
  private static final String THEIRS =
      BASE.replace(
          "db_url = env.get(\"DATABASE_URL\")", "db_url = get_env().get(\"DATABASE_URL\")");
  private static final String OURS_LINE = "    db_url = env.get(\"DB\")";
  private static final String THEIRS_LINE = "    db_url = get_env().get(\"DATABASE_URL\")";

  @TempDir Path dir;

  @Test
  void aHunkResolvedToNeitherSideIsFoundWithBothSidesLostLines() throws Exception {
    MergeReport report = merged(BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", ""));

    assertThat(report.lossy()).hasSize(1);
    LossyMerge lost = report.lossy().get(0);
    assertThat(lost.kind()).isEqualTo(LossyMerge.Kind.DROPPED_BOTH);
    assertThat(lost.path()).isEqualTo("db.py");
    assertThat(lost.line()).isEqualTo(5);
    assertThat(lost.oursLost()).containsExactly(OURS_LINE);
    assertThat(lost.theirsLost()).containsExactly(THEIRS_LINE);
    assertThat(lost.merge().subject()).isEqualTo("merge");
    assertThat(counts(report))
        .containsEntry(HunkClass.DROPPED_BOTH, 1)
        .containsEntry(HunkClass.KEPT_OURS, 0);
    Finding finding = report.findings().get(0);
    assertThat(finding.truth()).isEqualTo("lossy-merge");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.span().startLine()).isEqualTo(5);
    assertThat(finding.message())
        .startsWith(
            "merge " + lost.merge().commit().substring(0, 10) + " (merge) kept neither side")
        .endsWith(
            "ours ("
                + lost.ours().substring(0, 10)
                + ") lost 1 line, theirs ("
                + lost.theirs().substring(0, 10)
                + ") lost 1 line");
  }

  @Test
  void bothSidesKeptInEitherOrderAreNotFound() throws Exception {
    MergeReport report =
        merged(
            BASE.replace(
                "    db_url = env.get(\"DATABASE_URL\")\n", THEIRS_LINE + "\n" + OURS_LINE + "\n"));

    assertThat(report.lossy()).isEmpty();
    assertThat(counts(report)).containsEntry(HunkClass.KEPT_BOTH, 1);
  }

  @Test
  void aHandEditedCombinationOfBothSidesIsNotFound() throws Exception {
    MergeReport report = merged(BASE.replace("env.get(\"DATABASE_URL\")", "get_env().get(\"DB\")"));

    assertThat(report.lossy()).isEmpty();
    assertThat(counts(report)).containsEntry(HunkClass.EDITED, 1);
  }

  @Test
  void bothSidesLinesMovedElsewhereInTheFileAreNotLost() throws Exception {
    MergeReport report =
        merged(
            BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", "")
                .replace(
                    "def close():\n", "def close():\n" + OURS_LINE + "\n" + THEIRS_LINE + "\n"));

    assertThat(report.lossy()).isEmpty();
    assertThat(counts(report)).containsEntry(HunkClass.EDITED, 1);
  }

  @Test
  void oneSidesWholeFileWhileTheOtherChangedItIsFoundAsWholeSide() throws Exception {
    String theirs = THEIRS.replace("    pass\n", "    release_pool()\n");
    MergeReport report = merged(OURS, theirs, OURS);

    assertThat(report.lossy()).hasSize(1);
    LossyMerge lost = report.lossy().get(0);
    assertThat(lost.kind()).isEqualTo(LossyMerge.Kind.WHOLE_SIDE);
    assertThat(lost.line()).isEqualTo(5);
    assertThat(lost.oursLost()).isEmpty();
    assertThat(lost.theirsLost()).containsExactly(THEIRS_LINE, "    release_pool()");
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.stats().wholeSideFiles()).isEqualTo(1);
    assertThat(counts(report)).containsEntry(HunkClass.KEPT_OURS, 1);
  }

  @Test
  void aCrissCrossMergeIsMergedFromItsVirtualBase() throws Exception {
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      ObjectId base = repo.commit("base", Map.of("db.py", BASE));
      ObjectId x = repo.commit("x", Map.of("db.py", OURS), base);
      ObjectId y = repo.commit("y", Map.of("db.py", THEIRS), base);
      // Two merges of x and y, each keeping its first parent: x and y are both merge bases below.
      ObjectId m1 = repo.commit("m1", Map.of("db.py", OURS), x, y);
      ObjectId m2 = repo.commit("m2", Map.of("db.py", THEIRS), y, x);
      ObjectId x2 = repo.commit("x2", Map.of("db.py", OURS.replace("\"DB\"", "\"DB_URL\"")), m1);
      ObjectId y2 = repo.commit("y2", Map.of("db.py", THEIRS.replace("get_env()", "env()")), m2);
      repo.commit(
          "criss-cross",
          Map.of("db.py", BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", "")),
          x2,
          y2);
    }
    MergeReport report = scan(Optional.empty());

    assertThat(report.stats().mergesExamined()).isEqualTo(3);
    assertThat(report.stats().mergesConflicted()).isEqualTo(3);
    assertThat(counts(report))
        .containsEntry(HunkClass.KEPT_OURS, 2)
        .containsEntry(HunkClass.DROPPED_BOTH, 1);
    // m1 and m2 each took one side's whole file; the criss-cross merge kept neither side.
    assertThat(report.lossy())
        .extracting(l -> l.merge().subject() + " " + l.kind().id())
        .containsExactly("criss-cross dropped-both", "m2 whole-side", "m1 whole-side");
    LossyMerge lost = report.lossy().get(0);
    assertThat(lost.oursLost()).containsExactly("    db_url = env.get(\"DB_URL\")");
    assertThat(lost.theirsLost()).containsExactly("    db_url = env().get(\"DATABASE_URL\")");
    assertThat(report.stats().mergesOnOneBase()).isZero();
  }

  @Test
  void aFileRenamedOnOneSideIsMergedUnderItsNewName() throws Exception {
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      ObjectId base = repo.commit("base", Map.of("db.py", BASE));
      ObjectId ours = repo.commit("move", Map.of("storage/db.py", OURS), base);
      ObjectId theirs = repo.commit("edit", Map.of("db.py", THEIRS), base);
      repo.commit(
          "merge",
          Map.of("storage/db.py", BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", "")),
          ours,
          theirs);
    }
    MergeReport report = scan(Optional.empty());

    assertThat(report.lossy()).hasSize(1);
    assertThat(report.lossy().get(0).path()).isEqualTo("storage/db.py");
    assertThat(report.lossy().get(0).line()).isEqualTo(5);
    assertThat(report.lossy().get(0).oursLost()).containsExactly(OURS_LINE);
    assertThat(report.lossy().get(0).theirsLost()).containsExactly(THEIRS_LINE);
  }

  @Test
  void sinceLeavesOutTheMergesItReaches() throws Exception {
    merged(BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", ""));

    MergeReport report = scan(Optional.of("HEAD"));

    assertThat(report.stats().commitsWalked()).isZero();
    assertThat(report.lossy()).isEmpty();
  }

  @Test
  void aHunkWhoseContextWasEditedIsUnalignedAndSaidSo() throws Exception {
    MergeReport report =
        merged(
            BASE.replace("    db_url = env.get(\"DATABASE_URL\")\n", "")
                .replace("def connect(env):", "def connect(env, strict):")
                .replace("    if not db_url", "    if strict and not db_url"));

    assertThat(report.lossy()).isEmpty();
    assertThat(counts(report)).containsEntry(HunkClass.UNALIGNED, 1);
    assertThat(report.unaligned()).hasSize(1);
    assertThat(report.unaligned().get(0).path()).isEqualTo("db.py");
    assertThat(report.unaligned().get(0).oursLine()).isEqualTo(5);
    assertThat(report.unaligned().get(0).reason()).isEqualTo("context edited");
  }

  private MergeReport merged(String result) throws Exception {
    return merged(OURS, THEIRS, result);
  }

  private MergeReport merged(String ours, String theirs, String result) throws Exception {
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      ObjectId base = repo.commit("base", Map.of("db.py", BASE));
      ObjectId a = repo.commit("ours", Map.of("db.py", ours), base);
      ObjectId b = repo.commit("theirs", Map.of("db.py", theirs), base);
      repo.commit("merge", Map.of("db.py", result), a, b);
    }
    return scan(Optional.empty());
  }

  private MergeReport scan(Optional<String> since) throws Exception {
    return new MergeScanner(Severity.ERROR).scan(dir, "HEAD", since, Optional.empty());
  }

  private static Map<HunkClass, Integer> counts(MergeReport report) {
    return report.stats().hunks();
  }
}
