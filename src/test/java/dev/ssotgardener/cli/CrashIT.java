package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real jar at random (seeded) moments of the commands that write, by SIGKILL, SIGTERM and
 * SIGINT, and checks after each kill: every file is its original or its fully fixed version; no
 * temp file is in the tree (or, staged beside its target because the system temp folder is on
 * another file store, it is never audited); the re-audit finds nothing unparsable; a report or
 * baseline is absent, the previous one or complete; and a rerun ends exactly as an uninterrupted
 * run. A handful of kills per command in CI; {@code -Dssot.crash.kills=300} for a long run, and
 * {@code -Dssot.crash.repo=DIR -Dssot.crash.path=SUB} to kill {@code fix --apply} on a real tree
 * (DIR holds its {@code ssot.yml}).
 */
class CrashIT {
  private static final int KILLS = Integer.getInteger("ssot.crash.kills", 2);
  private static final long SEED = Long.getLong("ssot.crash.seed", 18L);
  private static final String REPO = System.getProperty("ssot.crash.repo");
  private static final String PATH = System.getProperty("ssot.crash.path", "");

  /** Beside the tree: a report inside it would be audited by the next run and change it. */
  private static final String OUTPUT = "../reports/ssot.json";

  private static final byte[] PREVIOUS = "{\"previous\": true}\n".getBytes();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

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

  private enum Kill {
    SIGKILL,
    SIGTERM,
    SIGINT
  }

  private void crash(String name, String output, String... args) throws Exception {
    Path pristine = REPO != null ? Path.of(REPO) : dir.resolve("pristine");
    if (REPO == null) {
      CrashRepository.generate(pristine, SEED, 30, 10);
    }
    Path work = dir.resolve("work");
    copy(pristine, work);
    Map<String, Attrs> original = scan(pristine);
    Path nearTemp = Files.createDirectories(dir.resolve("tmp"));
    Path farTemp = otherStoreTemp();
    Tally tally = new Tally(name);

    // An uninterrupted run is the reference every kill is judged by.
    long started = System.nanoTime();
    run(work, nearTemp, args);
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, byte[]> fixed = changed(pristine, work, original, output);
    byte[] complete = output == null ? null : Files.readAllBytes(work.resolve(output));
    if (complete != null) {
      JSON.readTree(complete);
    }
    int files = auditedFiles(work, nearTemp, work);
    assertThat(files).as("the audit lists every file but the cache").isEqualTo(countFiles(work));

    Random random = new Random(SEED ^ name.hashCode());
    for (int k = 0; k < KILLS; k++) {
      restore(pristine, work, original, output);
      if (output != null && random.nextBoolean()) {
        Files.createDirectories(work.resolve(output).getParent());
        Files.write(work.resolve(output), PREVIOUS);
      }
      Kill kill = Kill.values()[k % 3];
      Path temp = farTemp != null && k % 2 == 1 ? farTemp : nearTemp;
      // later runs find the cache warm: kill within 90% of the first, uncached run
      long at = (long) (random.nextDouble() * millis * 0.9);
      Process process = start(work, temp, args);
      if (!process.waitFor(at, TimeUnit.MILLISECONDS)) {
        kill(process, kill);
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String where = name + ", kill " + k + " (" + kill + " at " + at + " ms of " + millis + ")";

      Map<String, byte[]> now = changed(pristine, work, original, output);
      int done = 0;
      for (Map.Entry<String, byte[]> file : now.entrySet()) {
        byte[] before = original.containsKey(file.getKey()) ? read(pristine, file.getKey()) : null;
        boolean isFixed = Arrays.equals(file.getValue(), fixed.get(file.getKey()));
        assertThat(isFixed || Arrays.equals(file.getValue(), before))
            .as(where + ": " + file.getKey() + " is neither original nor fixed")
            .isTrue();
        done += isFixed ? 1 : 0;
      }
      for (String path : original.keySet()) {
        assertThat(Files.exists(work.resolve(path))).as(where + ": " + path + " vanished").isTrue();
      }
      List<Path> temps = temps(work);
      if (temp == nearTemp) {
        assertThat(temps).as(where + ": temp files in the tree").isEmpty();
      }
      if (output != null && Files.exists(work.resolve(output))) {
        byte[] report = Files.readAllBytes(work.resolve(output));
        assertThat(Arrays.equals(report, PREVIOUS) || Arrays.equals(report, complete))
            .as(where + ": " + output + " is neither the previous one nor complete")
            .isTrue();
        tally.reports[Arrays.equals(report, complete) ? 2 : 1]++;
      } else if (output != null) {
        tally.reports[0]++;
      }
      JsonNode audit = audit(work, nearTemp, work);
      assertThat(audit.path("summary").path("unparsable").asInt())
          .as(where + ": unparsable after the kill")
          .isZero();
      assertThat(audit.path("summary").path("files").asInt())
          .as(where + ": files audited (temp files must not be)")
          .isEqualTo(
              countFiles(work) - (output != null && Files.exists(work.resolve(output)) ? 0 : 0));

      run(work, temp, args);
      assertThat(changed(pristine, work, original, output))
          .as(where + ": the rerun ends as an uninterrupted run")
          .containsOnlyKeys(fixed.keySet());
      for (Map.Entry<String, byte[]> file : changed(pristine, work, original, output).entrySet()) {
        assertThat(file.getValue())
            .as(where + ": " + file.getKey())
            .isEqualTo(fixed.get(file.getKey()));
      }
      if (output != null) {
        assertThat(Files.readAllBytes(work.resolve(output))).as(where).isEqualTo(complete);
      }
      assertThat(temps(work)).as(where + ": temp files after the rerun").isEmpty();
      assertThat(staged(temp, process.pid()))
          .as(where + ": staged temp files of the killed run")
          .isEmpty();
      tally.count(kill, done, fixed.size(), temps.size(), temp != nearTemp);
    }
    System.out.println(tally);
  }

  /** What happened over the kills of one command, for the log of a long run. */
  private static final class Tally {
    final String name;
    final int[] kills = new int[3];
    final int[] fixedStates = new int[3]; // none, some, all of the changed files fixed
    final int[] reports = new int[3]; // absent, previous, complete
    int tempsLeft;
    int farStaged;

    Tally(String name) {
      this.name = name;
    }

    void count(Kill kill, int done, int total, int temps, boolean far) {
      kills[kill.ordinal()]++;
      fixedStates[done == 0 ? 0 : done < total ? 1 : 2]++;
      tempsLeft += temps;
      farStaged += far ? 1 : 0;
    }

    @Override
    public String toString() {
      return String.format(
          "CrashIT %s: %d kills (%d SIGKILL, %d SIGTERM, %d SIGINT; %d with the temp folder on"
              + " another file store); files after the kill: %d untouched, %d part-written, %d"
              + " complete; report absent %d, previous %d, complete %d; %d temp files left beside"
              + " targets, none audited, all swept by the rerun; every rerun identical",
          name,
          kills[0] + kills[1] + kills[2],
          kills[0],
          kills[1],
          kills[2],
          farStaged,
          fixedStates[0],
          fixedStates[1],
          fixedStates[2],
          reports[0],
          reports[1],
          reports[2],
          tempsLeft);
    }
  }

  private record Attrs(long size, long modified) {}

  private Process start(Path work, Path temp, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    for (String arg : args) {
      command.add(
          arg.replace("{root}", PATH.isEmpty() ? work.toString() : work.resolve(PATH).toString())
              .replace("{work}", work.toString()));
    }
    if (!PATH.isEmpty()) {
      command.addAll(List.of("--policy", work.resolve("ssot.yml").toString()));
    }
    return new ProcessBuilder(
            SsotJar.command(
                List.of("-XX:+UseSerialGC", "-Djava.io.tmpdir=" + temp),
                command.toArray(String[]::new)))
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .start();
  }

  private void run(Path work, Path temp, String... args) throws Exception {
    Process process = start(work, temp, args);
    assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("stderr"))).isBetween(0, 1);
  }

  private JsonNode audit(Path work, Path temp, Path root) throws Exception {
    run(
        work,
        temp,
        "audit",
        root.toString(),
        "--no-cache",
        "--format",
        "json",
        "--fail-on",
        "never");
    return JSON.readTree(dir.resolve("stdout").toFile());
  }

  private int auditedFiles(Path work, Path temp, Path root) throws Exception {
    return audit(work, temp, root).path("summary").path("files").asInt();
  }

  private static void kill(Process process, Kill kill) throws Exception {
    switch (kill) {
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

  /** Files that may be audited: all but the cache, the VCS folder and our temp files. */
  private static Map<String, Attrs> scan(Path root) throws IOException {
    Map<String, Attrs> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = root.relativize(path).toString();
        if (relative.startsWith(".git/")
            || relative.startsWith(".ssot/cache/")
            || AtomicFiles.isTemporary(path.getFileName().toString())) {
          continue;
        }
        BasicFileAttributes a =
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile()) {
          files.put(relative, new Attrs(a.size(), a.lastModifiedTime().toMillis()));
        }
      }
    }
    return files;
  }

  private static int countFiles(Path root) throws IOException {
    return scan(root).size();
  }

  private static List<Path> temps(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).toList();
    }
  }

  private static List<Path> staged(Path temp, long pid) throws IOException {
    try (Stream<Path> paths = Files.walk(temp)) {
      return paths
          .filter(p -> p.getFileName().toString().startsWith(".ssot-" + pid + "-"))
          .toList();
    }
  }

  /**
   * The files (but the output) whose size or time differ from the pristine tree's, and new ones.
   */
  private static Map<String, byte[]> changed(
      Path pristine, Path work, Map<String, Attrs> original, String output) throws IOException {
    Map<String, byte[]> changed = new TreeMap<>();
    for (Map.Entry<String, Attrs> file : scan(work).entrySet()) {
      if (!file.getKey().equals(output) && !file.getValue().equals(original.get(file.getKey()))) {
        byte[] bytes = read(work, file.getKey());
        if (!original.containsKey(file.getKey())
            || !Arrays.equals(bytes, read(pristine, file.getKey()))) {
          changed.put(file.getKey(), bytes);
        }
      }
    }
    return changed;
  }

  /** Puts the work tree back as the pristine one (its cache stays warm), without the output. */
  private static void restore(Path pristine, Path work, Map<String, Attrs> original, String output)
      throws IOException {
    for (Path temp : temps(work)) {
      Files.delete(temp);
    }
    for (Map.Entry<String, Attrs> file : scan(work).entrySet()) {
      if (!file.getValue().equals(original.get(file.getKey()))) {
        Path target = work.resolve(file.getKey());
        if (original.containsKey(file.getKey())) {
          Files.copy(
              pristine.resolve(file.getKey()),
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        } else {
          Files.delete(target);
        }
      }
    }
    if (output != null) {
      Files.deleteIfExists(work.resolve(output));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = from.relativize(path).toString();
        if (relative.equals(".git") || relative.startsWith(".git/")) {
          continue;
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  private static byte[] read(Path root, String path) throws IOException {
    return Files.readAllBytes(root.resolve(path));
  }
}
