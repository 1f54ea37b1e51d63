package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.TestTrees;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.cli.CrashTree.Attrs;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real jar at seeded moments of the commands that write, by SIGKILL, SIGTERM and SIGINT,
 * and checks the invariants of README's crash-safety promise after each kill and after a rerun:
 *
 * <ul>
 *   <li><b>exit code</b>: 128 + the signal, or 0/1 when the run had finished; the rerun 0 or 1;
 *   <li><b>original or fixed</b>: every file is byte for byte its original or its fully fixed
 *       version, none vanished, none added;
 *   <li><b>parses</b>: an audit of the tree finds no file unparsable that was parsable before;
 *   <li><b>temp files unaudited</b>: that audit counts exactly the tree's files (a temp file left
 *       beside its target, when the temp folder is on another file store, is not one);
 *   <li><b>no temp file in the tree</b>: when the temp folder is on the tree's file store, no
 *       {@code .ssot-*.tmp} anywhere in the tree, {@code .ssot/cache} included;
 *   <li><b>report whole</b>: a report or baseline is absent, the previous one or the complete one;
 *   <li><b>rerun identical</b>: a rerun ends byte-identical to an uninterrupted run;
 *   <li><b>temp files swept</b>: after the rerun no temp file in the tree, and none the killed run
 *       staged in the temp folder.
 * </ul>
 *
 * <p>A third of the kills land anywhere in a (warm) run, the others in its writes: after the run's
 * first write is seen (a temp file of its process, or the first target changed), within the time
 * the uninterrupted run took for its writes. A handful per command in CI; {@code -Dcrash.kills=300}
 * for a long run, {@code -Dcrash.repo=DIR} (holding {@code ssot.yml}) and {@code -Dcrash.path=SUB}
 * for a real tree, {@code -Dcrash.jvm=-Xmx3g} for its JVM options, {@code -Dcrash.seed=N}.
 */
class CrashIT {
  private static final int KILLS = Integer.getInteger("crash.kills", 3);
  private static final long SEED = Long.getLong("crash.seed", 18L);
  private static final String REPO = System.getProperty("crash.repo");
  private static final String PATH = System.getProperty("crash.path", "");
  private static final String JVM = System.getProperty("crash.jvm", "");

  /**
   * A garden run takes tens of seconds (it runs the tests once per cycle): fewer kills in CI, one
   * at each aim, the second on a detached HEAD.
   */
  private static final int GARDEN_KILLS = Integer.getInteger("crash.garden.kills", 3);

  /**
   * Three cycles: the conflict's candidates; the fixes after them are left out to keep it short.
   */
  private static final int GARDEN_CYCLES = Integer.getInteger("crash.garden.cycles", 3);

  /** Beside the tree: a report inside it would be audited by the next run and change it. */
  private static final String OUTPUT = "../reports/ssot.json";

  private static final byte[] PREVIOUS = "{\"previous\": true}\n".getBytes();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A temp folder on another file store, if any; outside {@link #dir}, so removed here. */
  private Path far;

  @AfterEach
  void removeFarTemp() throws IOException {
    if (far != null) {
      try (Stream<Path> paths = Files.walk(far)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void fixApply() throws Exception {
    crash("fix --apply", null, "fix", "{root}", "--apply");
  }

  @Test
  void auditOutput() throws Exception {
    crash(
        "audit --output",
        OUTPUT,
        "audit",
        "{root}",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--output",
        "{work}/" + OUTPUT);
  }

  @Test
  void baselineWrite() throws Exception {
    crash("baseline write", ".ssot/baseline.json", "baseline", "write", "{root}");
  }

  /**
   * {@code garden} on a committed copy of the bundled example, on main or on a detached HEAD,
   * killed while its journal is open (steps 4-6: changes applied, tests running, branch and
   * commit), in step 6 (its checkout, add and commit) or anywhere; the rerun must resume and end
   * with the uninterrupted run's commit: the same tree, one commit on a new branch with HEAD on it,
   * a clean work tree, no journal, no lock file, no temp file.
   */
  @Test
  void garden() throws Exception {
    Path pristine = dir.resolve("pristine");
    TestTrees.copy(Path.of("examples/golden-path"), pristine);
    try (Git git = Git.init().setDirectory(pristine.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("initial")
          .setAuthor("t", "t@example.com")
          .setCommitter("t", "t@example.com")
          .setSign(false)
          .call();
    }
    Path near = Files.createDirectories(dir.resolve("tmp"));
    Path work = dir.resolve("work");
    CrashTally tally = new CrashTally("garden");
    Auditor auditor =
        new Auditor(
            new PolicyLoader().load(pristine.resolve("ssot.yml")),
            WalkOptions.defaults(),
            FactsCache.inMemory());
    Summary before = auditor.audit(pristine).summary();
    // --issue: a run the kill came too late for is done, and its rerun must not go on to the
    // next issue (the findings the --max-cycles left), as a plain rerun rightly would
    String[] args = {
      "garden", "{root}", "--max-cycles", Integer.toString(GARDEN_CYCLES), "--issue", SLUG
    };

    // The one reference run, cold; its cache goes to the pristine copy so kills meet warm runs.
    fresh(pristine, work);
    long started = System.nanoTime();
    Process reference = start(work, near, args);
    long journalAt = awaitJournal(reference, work) ? (System.nanoTime() - started) / 1_000_000 : 0;
    assertThat(reference.waitFor(30, TimeUnit.MINUTES)).isTrue();
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(reference.exitValue()).as(Files.readString(dir.resolve("stderr"))).isZero();
    String tree = gardenTree(work);
    CrashTree.copy(work.resolve(".ssot/cache"), pristine.resolve(".ssot/cache"));

    Random random = new Random(SEED ^ "garden".hashCode());
    for (int k = 0; k < GARDEN_KILLS; k++) {
      fresh(pristine, work);
      // over six kills every aim meets both HEADs; the signal turns with each round of aims
      GardenAim aim = GardenAim.values()[k % 3];
      Signal signal = Signal.values()[(k + k / 3) % 3];
      boolean detached = k % 2 == 1;
      if (detached) {
        detach(work);
      }
      long begun = System.nanoTime();
      Process process = start(work, near, args);
      long at;
      if (aim == GardenAim.STEP_6 && awaitCommitIntent(process, work)) {
        at = (System.nanoTime() - begun) / 1_000_000;
      } else if (aim == GardenAim.JOURNAL_OPEN && awaitJournal(process, work)) {
        at = journalAt + (long) (random.nextDouble() * (millis - journalAt));
        process.waitFor(at - journalAt, TimeUnit.MILLISECONDS);
      } else {
        at = (long) (random.nextDouble() * millis);
        process.waitFor(at, TimeUnit.MILLISECONDS);
      }
      if (process.isAlive()) {
        kill(process, signal);
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String where =
          "garden, kill "
              + k
              + " ("
              + signal
              + " "
              + aim.label
              + (detached ? ", HEAD detached" : "")
              + ")";
      tally.kill(signal.name(), aim.label, detached ? "HEAD detached" : "HEAD on main");
      tally.state(
          Files.exists(journal(work))
              ? gardenBranch(work).isPresent() ? "journal and branch left" : "journal left"
              : gardenBranch(work).isPresent() ? "done" : "not begun");
      assertThat(process.exitValue()).as(where + ": exit code").isIn(0, 128 + signal.number);
      tally.held("exit code");
      assertThat(CrashTree.temps(work)).as(where + ": temp files in the tree").isEmpty();
      tally.held("no temp file in the tree");
      Summary audit = auditor.audit(work).summary();
      assertThat(audit.unparsable())
          .as(where + ": unparsable files after the kill")
          .isLessThanOrEqualTo(before.unparsable());
      tally.held("parses");

      Process rerun = start(work, near, args);
      assertThat(rerun.waitFor(30, TimeUnit.MINUTES)).isTrue();
      assertThat(rerun.exitValue())
          .as(where + ": the rerun resumes: " + Files.readString(dir.resolve("stderr")))
          .isZero();
      tally.held("exit code of the rerun");
      assertThat(gardenTree(work)).as(where + ": the rerun's commit").isEqualTo(tree);
      try (Git git = Git.open(work.toFile())) {
        // as after an uninterrupted run, from a branch or a detached HEAD alike
        assertThat(git.getRepository().getFullBranch())
            .as(where + ": HEAD")
            .isEqualTo("refs/heads/" + gardenBranch(work).orElseThrow());
        assertThat(git.status().call().getUncommittedChanges())
            .as(where + ": uncommitted changes after the rerun")
            .isEmpty();
        assertThat(git.log().call()).as(where + ": commits: initial and the garden's").hasSize(2);
      }
      tally.held("rerun identical");
      try (Stream<Path> locks = Files.walk(work.resolve(".git"))) {
        assertThat(locks.filter(p -> p.toString().endsWith(".lock")).toList())
            .as(where + ": git lock files")
            .isEmpty();
      }
      assertThat(journal(work)).as(where + ": the journal after the rerun").doesNotExist();
      assertThat(CrashTree.temps(work)).as(where + ": temp files after the rerun").isEmpty();
      assertThat(CrashTree.stagedBy(near, process.pid(), 2)).isEmpty();
      tally.held("nothing left behind");
      progress(tally, k, GARDEN_KILLS);
    }
    System.out.println(tally);
  }

  /** A long run prints its tally every 25 kills, so a run stopped early still tells its count. */
  private static void progress(CrashTally tally, int k, int kills) {
    if (kills > 25 && (k + 1) % 25 == 0) {
      System.out.println(tally);
    }
  }

  private static final String SLUG =
      "SSOT-regression-execution-engine-migration-validation-test-merge-conflict";

  private static Path journal(Path work) {
    return work.resolve(".ssot/issues/" + SLUG + ".journal.json");
  }

  /** Where a kill of {@code garden} aims. */
  private enum GardenAim {
    /** Steps 4-6, while changes are applied: a random moment after the journal appears. */
    JOURNAL_OPEN("journal open"),
    ANYWHERE("anywhere"),
    /**
     * As soon as step 6 has recorded its intent: in its checkout, add and commit, or just after.
     */
    STEP_6("step 6");

    final String label;

    GardenAim(String label) {
      this.label = label;
    }
  }

  /** HEAD detached at its commit, as a CI checkout leaves it. */
  private static void detach(Path work) throws Exception {
    try (Git git = Git.open(work.toFile())) {
      git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
    }
  }

  /** Waits until the journal records step 6's intent; false if the run ended first. */
  private static boolean awaitCommitIntent(Process process, Path work) throws InterruptedException {
    while (process.isAlive()) {
      try {
        if (Files.readString(journal(work)).contains("\"commit\":{")) {
          return true;
        }
      } catch (IOException e) {
        // no journal yet, or it is being replaced
      }
      TimeUnit.MILLISECONDS.sleep(2);
    }
    return false;
  }

  private static boolean awaitJournal(Process process, Path work) throws InterruptedException {
    while (process.isAlive()) {
      if (Files.exists(journal(work))) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(2);
    }
    return false;
  }

  private static Optional<String> gardenBranch(Path work) throws IOException {
    try (Git git = Git.open(work.toFile())) {
      return git.getRepository().getRefDatabase().getRefsByPrefix("refs/heads/ssot/").stream()
          .map(r -> r.getName().substring("refs/heads/".length()))
          .findFirst();
    }
  }

  /** The tree id of the garden's commit (commit ids differ by time), or "none". */
  private static String gardenTree(Path work) throws IOException {
    Optional<String> branch = gardenBranch(work);
    if (branch.isEmpty()) {
      return "none";
    }
    try (Git git = Git.open(work.toFile())) {
      return git.getRepository().resolve("refs/heads/" + branch.get() + "^{tree}").name();
    }
  }

  /** The work copy as the pristine repository, its facts cache kept warm. */
  private static void fresh(Path pristine, Path work) throws IOException {
    if (Files.exists(work)) {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    try (Stream<Path> paths = Files.walk(pristine)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = work.resolve(pristine.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private enum Signal {
    SIGKILL(9),
    SIGTERM(15),
    SIGINT(2);

    final int number;

    Signal(int number) {
      this.number = number;
    }
  }

  private void crash(String name, String output, String... args) throws Exception {
    Path pristine = REPO != null ? Path.of(REPO) : dir.resolve("pristine");
    if (REPO == null) {
      CrashRepository.generate(pristine, SEED, 30, 10);
    }
    Path work = dir.resolve("work");
    CrashTree.copy(pristine, work);
    Map<String, Attrs> original = CrashTree.scan(pristine);
    Path near = Files.createDirectories(dir.resolve("tmp"));
    far = otherStoreTemp();
    CrashTally tally = new CrashTally(name);
    Auditor auditor =
        new Auditor(
            new PolicyLoader().load(work.resolve("ssot.yml")),
            WalkOptions.defaults(),
            FactsCache.inMemory());

    // A first run fills the cache; the second, warm as the runs killed are, is the reference.
    run(work, near, args);
    Map<String, byte[]> fixed = CrashTree.changed(pristine, work, original, output);
    byte[] complete = output == null ? null : Files.readAllBytes(work.resolve(output));
    if (complete != null) {
      JSON.readTree(complete);
    }
    Summary done = auditor.audit(root(work)).summary();
    CrashTree.restore(pristine, work, original, output);
    Summary before = auditor.audit(root(work)).summary();
    int outputCounted = done.files() - before.files();
    long started = System.nanoTime();
    run(work, near, args);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(CrashTree.changed(pristine, work, original, output))
        .as("a warm run writes what a cold one does")
        .containsOnlyKeys(fixed.keySet());
    List<String> written = new ArrayList<>(fixed.keySet());
    if (output != null) {
      written.add(output);
    }
    Map<String, Long> writtenAt = new HashMap<>();
    for (String path : written) {
      writtenAt.put(path, attrs(work.resolve(path)).modifiedNanos());
    }
    written.sort(Comparator.comparing(writtenAt::get));
    String first = written.isEmpty() ? null : written.get(0);
    long windowNanos =
        written.isEmpty()
            ? 0
            : writtenAt.get(written.get(written.size() - 1)) - writtenAt.get(first);

    Random random = new Random(SEED ^ name.hashCode());
    for (int k = 0; k < KILLS; k++) {
      CrashTree.restore(pristine, work, original, output);
      if (output != null && random.nextBoolean()) {
        Files.createDirectories(work.resolve(output).getParent());
        Files.write(work.resolve(output), PREVIOUS);
      }
      Signal signal = Signal.values()[k % 3];
      // over six kills every signal meets both aims and both temp folders; over three, two aim
      // at the writes (the moments that matter) and one stages its temp files in the tree
      boolean writing = k % 3 != 0 && first != null;
      Path temp = far != null && k % 2 == 1 ? far : near;
      Process process = start(work, temp, args);
      String when;
      if (writing) {
        long delay = (long) (random.nextDouble() * (windowNanos + 1_000_000));
        when =
            awaitFirstWrite(process, temp, work.resolve(first))
                ? delay / 1000 + " µs after the first write"
                : "after the end";
        TimeUnit.NANOSECONDS.sleep(delay);
      } else {
        long at = (long) (random.nextDouble() * millis);
        when = at + " ms of " + millis;
        process.waitFor(at, TimeUnit.MILLISECONDS);
      }
      if (process.isAlive()) {
        kill(process, signal);
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String where = name + ", kill " + k + " (" + signal + " " + when + ")";
      tally.kill(
          signal.name(), writing ? "writing" : "anywhere", temp == near ? "temp near" : "temp far");

      int exit = process.exitValue();
      assertThat(exit).as(where + ": exit code").isIn(0, 1, 128 + signal.number);
      tally.held("exit code");

      Map<String, byte[]> now = CrashTree.changed(pristine, work, original, output);
      int fixedNow = 0;
      for (Map.Entry<String, byte[]> file : now.entrySet()) {
        boolean isFixed = Arrays.equals(file.getValue(), fixed.get(file.getKey()));
        assertThat(isFixed)
            .as(where + ": " + file.getKey() + " is neither its original nor its fixed version")
            .isTrue();
        fixedNow++;
      }
      for (String path : original.keySet()) {
        assertThat(Files.exists(work.resolve(path))).as(where + ": " + path + " vanished").isTrue();
      }
      tally.held("original or fixed");
      tally.state(
          fixed.isEmpty()
              ? "nothing to fix"
              : fixedNow == 0
                  ? "untouched"
                  : fixedNow < fixed.size() ? "part-written" : "all fixed");

      List<Path> inTree = CrashTree.temps(work);
      List<Path> staged = CrashTree.stagedBy(temp, process.pid(), 2);
      if (!inTree.isEmpty() || !staged.isEmpty()) {
        tally.state("temp files left");
      }
      if (temp == near) {
        assertThat(inTree).as(where + ": temp files in the tree").isEmpty();
        tally.held("no temp file in the tree");
      }

      boolean outputThere = output != null && Files.exists(work.resolve(output));
      Summary audit = auditor.audit(root(work)).summary();
      assertThat(audit.unparsable())
          .as(where + ": unparsable files after the kill")
          .isBetween(done.unparsable(), before.unparsable());
      tally.held("parses");
      assertThat(audit.files())
          .as(where + ": files audited (temp files must not be): " + inTree)
          .isEqualTo(before.files() + (outputThere ? outputCounted : 0));
      tally.held("temp files unaudited");

      if (output != null) {
        byte[] report = outputThere ? Files.readAllBytes(work.resolve(output)) : null;
        assertThat(
                report == null
                    || Arrays.equals(report, PREVIOUS)
                    || Arrays.equals(report, complete))
            .as(where + ": " + output + " is neither absent, the previous one nor complete")
            .isTrue();
        tally.state(
            "report "
                + (report == null
                    ? "absent"
                    : Arrays.equals(report, complete) ? "complete" : "previous"));
        tally.held("report whole");
      }

      run(work, temp, args);
      tally.held("exit code of the rerun");
      Map<String, byte[]> rerun = CrashTree.changed(pristine, work, original, output);
      assertThat(rerun.keySet()).as(where + ": files the rerun fixed").isEqualTo(fixed.keySet());
      for (Map.Entry<String, byte[]> file : rerun.entrySet()) {
        assertThat(file.getValue())
            .as(where + ": " + file.getKey() + " after the rerun")
            .isEqualTo(fixed.get(file.getKey()));
      }
      if (output != null) {
        assertThat(Files.readAllBytes(work.resolve(output))).as(where).isEqualTo(complete);
      }
      tally.held("rerun identical");
      assertThat(CrashTree.temps(work)).as(where + ": temp files after the rerun").isEmpty();
      assertThat(CrashTree.stagedBy(temp, process.pid(), 2))
          .as(where + ": temp files the killed run staged, after the rerun")
          .isEmpty();
      tally.held("temp files swept");
      progress(tally, k, KILLS);
    }
    System.out.println(tally);
  }

  private static Path root(Path work) {
    return PATH.isEmpty() ? work : work.resolve(PATH);
  }

  /**
   * Waits until the run's first write can be seen: a temp file of its process in the temp folder or
   * beside the first target, or that target changed. False if the run ended first.
   */
  private static boolean awaitFirstWrite(Process process, Path temp, Path target)
      throws IOException, InterruptedException {
    Attrs before = attrs(target);
    while (process.isAlive()) {
      if (!CrashTree.stagedBy(temp, process.pid(), 2).isEmpty()
          || !CrashTree.stagedBy(target.getParent(), process.pid(), 1).isEmpty()
          || !Objects.equals(attrs(target), before)) {
        return true;
      }
      TimeUnit.MICROSECONDS.sleep(500);
    }
    return false;
  }

  private static Attrs attrs(Path file) {
    try {
      return new Attrs(Files.size(file), Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
    } catch (IOException e) {
      return null; // not there yet
    }
  }

  private Process start(Path work, Path temp, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    for (String arg : args) {
      command.add(arg.replace("{root}", root(work).toString()).replace("{work}", work.toString()));
    }
    if (!PATH.isEmpty()) {
      command.addAll(List.of("--policy", work.resolve("ssot.yml").toString()));
    }
    List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Djava.io.tmpdir=" + temp));
    if (REPO == null) {
      jvm.add("-XX:TieredStopAtLevel=1"); // a small tree: starting fast beats compiling well
    }
    if (!JVM.isBlank()) {
      jvm.addAll(List.of(JVM.trim().split("\\s+")));
    }
    return new ProcessBuilder(SsotJar.command(jvm, command.toArray(String[]::new)))
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .start();
  }

  private void run(Path work, Path temp, String... args) throws Exception {
    Process process = start(work, temp, args);
    assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("stderr"))).isIn(0, 1);
  }

  private static void kill(Process process, Signal signal) throws Exception {
    switch (signal) {
      case SIGKILL -> process.destroyForcibly();
      case SIGTERM -> process.destroy();
      case SIGINT ->
          new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }
  }

  /** A temp folder on another file store than the tree, when the machine has one (tmpfs). */
  private Path otherStoreTemp() throws IOException {
    Path shm = Path.of("/dev/shm");
    if (!Files.isDirectory(shm) || !Files.isWritable(shm)) {
      return null;
    }
    FileStore here = Files.getFileStore(dir);
    if (Files.getFileStore(shm).equals(here)) {
      return null;
    }
    return Files.createTempDirectory(shm, "ssot-crash-");
  }
}
