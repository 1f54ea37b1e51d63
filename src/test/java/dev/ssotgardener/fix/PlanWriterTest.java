package dev.ssotgardener.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.fix.PlanWriter.Decision;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.AtomicFiles;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a plan that stops between files: every file stays either old or fully new. */
class PlanWriterTest {
  private static final String CONFLICT =
      "x = 1\n<<<<<<< HEAD\ny = 2\n=======\ny = 2  \n>>>>>>> t\n";
  private static final String FIXED = "x = 1\ny = 2\n";
  private static final List<String> FILES = List.of("a.py", "b.py", "c.py");

  @TempDir Path dir;
  private FixPlan plan;

  @BeforeEach
  void threeFixableFiles() throws Exception {
    for (String name : FILES) {
      Files.writeString(dir.resolve(name), CONFLICT);
    }
    plan = new Fixer(Policy.builtinOnly(), WalkOptions.defaults()).plan(dir, FixRequest.all());
    assertThat(plan.changes()).extracting(FileChange::path).isEqualTo(FILES);
  }

  /** The process dying right after the first file's rename: no finally block runs after it. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void crashAfterTheFirstRenameLeavesTheRestOldAndNoTemporaryFiles() throws Exception {
    AtomicWriter.Sink crashing =
        (target, bytes) -> {
          AtomicFiles.write(target, bytes);
          throw new SimulatedCrash();
        };
    assertThatThrownBy(
            () ->
                new PlanWriter(new AtomicWriter(crashing))
                    .write(dir, plan.changes(), c -> Decision.WRITE))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(Files.readString(dir.resolve("a.py"))).isEqualTo(FIXED);
    assertThat(Files.readString(dir.resolve("b.py"))).isEqualTo(CONFLICT);
    assertThat(Files.readString(dir.resolve("c.py"))).isEqualTo(CONFLICT);
    assertThat(listing()).containsExactlyInAnyOrderElementsOf(FILES);
    // A second run picks up where the first stopped.
    FixPlan rest =
        new Fixer(Policy.builtinOnly(), WalkOptions.defaults()).plan(dir, FixRequest.all());
    assertThat(rest.changes()).extracting(FileChange::path).containsExactly("b.py", "c.py");
  }

  @Test
  void writerFailingOnTheSecondFileIsReportedAndTheOthersAreWritten() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AtomicWriter.Sink failing =
        (target, bytes) -> {
          if (calls.incrementAndGet() == 2) {
            throw new IOException("No space left on device");
          }
          AtomicFiles.write(target, bytes);
        };
    PlanWriter.Result result =
        new PlanWriter(new AtomicWriter(failing)).write(dir, plan.changes(), c -> Decision.WRITE);
    assertThat(result.written()).containsExactly("a.py", "c.py");
    assertThat(result.failures()).containsExactly("b.py: No space left on device; nothing written");
    assertThat(Files.readString(dir.resolve("b.py"))).isEqualTo(CONFLICT);
    assertThat(Files.readString(dir.resolve("c.py"))).isEqualTo(FIXED);
    assertThat(listing()).containsExactlyInAnyOrderElementsOf(FILES);
  }

  @Test
  void quitStopsBeforeTheFileAndWritesNothingMore() {
    AtomicInteger asked = new AtomicInteger();
    PlanWriter.Result result =
        new PlanWriter(new AtomicWriter())
            .write(
                dir,
                plan.changes(),
                c -> asked.incrementAndGet() == 1 ? Decision.SKIP : Decision.QUIT);
    assertThat(result.quit()).isTrue();
    assertThat(result.written()).isEmpty();
    assertThat(asked).hasValue(2);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
