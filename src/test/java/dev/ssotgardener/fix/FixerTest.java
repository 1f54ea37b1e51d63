package dev.ssotgardener.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts, encodings and writing: what the before/after fixtures cannot show. */
class FixerTest {
  private static final String REAL_CONFLICT =
      "def f():\n<<<<<<< HEAD\n    return 1\n||||||| base\n    return 0\n=======\n"
          + "    return 2\n>>>>>>> topic\n";

  @TempDir Path dir;

  private FixPlan plan(FixRequest request) throws Exception {
    return new Fixer(Policy.builtinOnly(), WalkOptions.defaults()).plan(dir, request);
  }

  @Test
  void realConflictIsReportedWithCandidatesNeverFixed() throws Exception {
    Files.writeString(dir.resolve("a.py"), REAL_CONFLICT);
    FixPlan plan = plan(FixRequest.all());
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.conflicts()).hasSize(1);
    ConflictReport report = plan.conflicts().get(0);
    assertThat(report.block().ours()).containsExactly("    return 1");
    assertThat(report.block().theirs()).containsExactly("    return 2");
    assertThat(report.candidates())
        .extracting(ConflictReport.Candidate::name)
        .containsExactly("ours", "theirs", "ours+theirs", "theirs+ours");
    assertThat(report.candidates()).allMatch(ConflictReport.Candidate::parses);
  }

  @Test
  void explicitChoiceDropsTheDiff3Base() throws Exception {
    Files.writeString(dir.resolve("a.py"), REAL_CONFLICT);
    FixPlan plan = plan(new FixRequest(Optional.empty(), Optional.of(ConflictChoice.THEIRS)));
    assertThat(plan.changes())
        .singleElement()
        .extracting(FileChange::fixedText)
        .isEqualTo("def f():\n    return 2\n");
    FixPlan union = plan(new FixRequest(Optional.empty(), Optional.of(ConflictChoice.UNION)));
    assertThat(union.changes())
        .singleElement()
        .extracting(FileChange::fixedText)
        .isEqualTo("def f():\n    return 1\n    return 2\n");
  }

  @Test
  void brokenBlockIsNeverTouched() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x\n<<<<<<< HEAD\nours\n");
    FixPlan plan = plan(new FixRequest(Optional.empty(), Optional.of(ConflictChoice.OURS)));
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.refused())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("broken"));
  }

  @Test
  void choiceThatBreaksParsingIsDroppedAndReported() throws Exception {
    Files.writeString(
        dir.resolve("a.py"),
        "def f():\n<<<<<<< HEAD\n    return 1\n=======\n    return (1 +\n>>>>>>> topic\nX = 1\n");
    FixPlan plan = plan(new FixRequest(Optional.empty(), Optional.of(ConflictChoice.THEIRS)));
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.refused())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("dropped").contains("no longer parse"));
  }

  @Test
  void keepsLatin1BomAndPermissions() throws Exception {
    Path latin = dir.resolve("l.py");
    Files.write(
        latin,
        ("# -*- coding: latin-1 -*-\nS = '\u00e9'\n<<<<<<< HEAD\nX = 1\n=======\nX = 1 \n>>>>>>> b\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.setPosixFilePermissions(latin, PosixFilePermissions.fromString("rwxr-x---"));
    Path bom = dir.resolve("b.py");
    Files.write(
        bom,
        "\uFEFFY = 1\n<<<<<<< HEAD\nX = 1\n=======\nX = 1\n>>>>>>> b\n"
            .getBytes(StandardCharsets.UTF_8));
    FixPlan plan = plan(FixRequest.all());
    assertThat(plan.changes()).hasSize(2);
    for (FileChange change : plan.changes()) {
      new AtomicWriter().write(dir, change);
    }
    assertThat(Files.readAllBytes(latin))
        .isEqualTo(
            "# -*- coding: latin-1 -*-\nS = '\u00e9'\nX = 1\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(latin)))
        .isEqualTo("rwxr-x---");
    assertThat(Files.readAllBytes(bom))
        .isEqualTo("\uFEFFY = 1\nX = 1\n".getBytes(StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("l.py", "b.py");
    }
  }

  @Test
  void readOnlyFileIsNotWrittenAndOthersAre() throws Exception {
    String identical = "<<<<<<< HEAD\nX = 1\n=======\nX = 1\n>>>>>>> b\n";
    Files.writeString(dir.resolve("a.py"), identical);
    Path locked = dir.resolve("b.py");
    Files.writeString(locked, identical);
    FixPlan plan = plan(FixRequest.all());
    assertThat(plan.changes()).hasSize(2);
    locked.toFile().setWritable(false);
    AtomicWriter writer = new AtomicWriter();
    writer.write(dir, plan.changes().get(0));
    assertThatThrownBy(() -> writer.write(dir, plan.changes().get(1)))
        .hasMessage("b.py: file is not writable; nothing written");
    assertThat(Files.readString(dir.resolve("a.py"))).isEqualTo("X = 1\n");
    assertThat(Files.readString(locked)).isEqualTo(identical);
  }

  @Test
  void fileChangedSinceReadIsNotOverwritten() throws Exception {
    Path file = dir.resolve("a.py");
    Files.writeString(file, "<<<<<<< HEAD\nX = 1\n=======\nX = 1\n>>>>>>> b\n");
    FixPlan plan = plan(FixRequest.all());
    Files.writeString(file, "X = 2\n");
    assertThatThrownBy(() -> new AtomicWriter().write(dir, plan.changes().get(0)))
        .hasMessageContaining("changed since it was read");
    assertThat(Files.readString(file)).isEqualTo("X = 2\n");
  }
}
