package dev.ssotgardener.garden;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The garden's write-ahead journal, {@code .ssot/issues/<slug>.journal.json}: before the run
 * changes a file it records the file's bytes as first found (once) and the change (step, cycle,
 * path, content hashes before and after); after each test-fix cycle, its verdict. So a run killed
 * with changes applied leaves a record of them, and its rerun ({@link #recover}) knows them as its
 * own: during step 4 it puts the files back as step 4 found them and replays the finished cycles'
 * verdicts instead of running their tests again ({@link #replayed}), so the loop resumes at the
 * unfinished cycle on the tree that cycle started from; after step 4 it keeps them for steps 5 and
 * 6. A file the journal names whose content is none the run wrote was changed by someone else: the
 * rerun refuses to touch anything.
 */
final class GardenJournal {
  /** The journal's content; mutable, as the tracker state is: it is written as the run goes. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  static final class Entries {
    Map<String, Original> originals = new TreeMap<>();
    List<Write> writes = new ArrayList<>();
    List<Trials.Verdict> verdicts = new ArrayList<>();
    InterruptedCommit.Intent commit;
  }

  /** A file's bytes before the run's first write to it, and their hash. */
  record Original(String sha256, String base64) {}

  /** One write, recorded before it is made. */
  record Write(String step, int cycle, String path, String before, String after) {}

  private static final String SUFFIX = ".journal.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final GardenRun run;
  private final Path file;
  private final boolean loop;
  private Entries entries;

  /** The writes of an interrupted attempt at step 4, which this attempt repeats and replays. */
  private List<Write> recorded = List.of();

  private int repeatedWrites;
  private boolean replayEnded;

  /**
   * @param loop whether this is the journal of an attempt at step 4, which repeats the writes of an
   *     interrupted attempt (and may then replay their cycles' verdicts)
   */
  GardenJournal(GardenRun run, boolean loop) {
    this.run = run;
    this.loop = loop;
    this.file =
        run.root
            .resolve(GitWorkTree.TRACKER_FOLDER)
            .resolve("issues")
            .resolve(run.state.slug + SUFFIX);
  }

  /** The issue of a run that was interrupted with its journal open, if there is one. */
  static Optional<String> interrupted(Path root) {
    Path folder = root.resolve(GitWorkTree.TRACKER_FOLDER).resolve("issues");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(SUFFIX))
          .map(name -> name.substring(0, name.length() - SUFFIX.length()))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty(); // no tracker folder: nothing was interrupted
    }
  }

  private Entries entries() throws IOException {
    if (entries == null) {
      entries = Files.isRegularFile(file) ? read(file) : new Entries();
      if (loop) {
        recorded = entries.writes;
        entries.writes = new ArrayList<>();
      }
    }
    return entries;
  }

  private static Entries read(Path file) throws IOException {
    try {
      return JSON.readValue(file.toFile(), Entries.class);
    } catch (IOException e) {
      throw new IOException(file + ": not a garden journal (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Writes {@code bytes} to {@code target} after recording the write; the seam {@link WorkTree}
   * writes through.
   */
  void write(Path target, byte[] bytes) throws IOException {
    String path = run.root.relativize(target).toString().replace('\\', '/');
    byte[] now = Files.readAllBytes(target);
    Entries entries = entries();
    entries.originals.computeIfAbsent(
        path, p -> new Original(sha256(now), Base64.getEncoder().encodeToString(now)));
    Write write =
        new Write(
            run.state.firstUnfinished().map(ProcessStep::name).orElse(""),
            run.state.cycles.size() + 1,
            path,
            sha256(now),
            sha256(bytes));
    follow(write);
    entries.writes.add(write);
    save();
    AtomicFiles.write(target, bytes);
  }

  /**
   * Checks a write of this attempt against the interrupted one's: the first write it did not make
   * (the unfinished cycle's, or a difference of files or plan) ends the replay.
   */
  private void follow(Write write) {
    if (replayEnded) {
      return;
    }
    if (repeatedWrites < recorded.size()
        && recorded.get(repeatedWrites).path().equals(write.path())
        && recorded.get(repeatedWrites).after().equals(write.after())) {
      repeatedWrites++;
      return;
    }
    replayEnded = true;
    if (!recorded.isEmpty()) {
      // verdicts of the cycles from this write's on were reached on another tree: not ours
      entries.verdicts =
          new ArrayList<>(
              entries.verdicts.subList(0, Math.min(write.cycle() - 1, entries.verdicts.size())));
    }
  }

  /** The verdict the interrupted attempt recorded for {@code cycle}, while this one repeats it. */
  Optional<Trials.Verdict> replayed(int cycle) throws IOException {
    if (replayEnded || cycle > entries().verdicts.size()) {
      return Optional.empty();
    }
    run.say("cycle " + cycle + ": verdict replayed from the journal, tests not run again");
    return Optional.of(entries.verdicts.get(cycle - 1));
  }

  /** Records the verdict of {@code cycle}, whose tests just ran. */
  void judged(int cycle, Trials.Verdict verdict) throws IOException {
    Entries entries = entries();
    List<Trials.Verdict> kept =
        new ArrayList<>(entries.verdicts.subList(0, Math.min(cycle - 1, entries.verdicts.size())));
    kept.add(verdict);
    entries.verdicts = kept;
    save();
  }

  /** Records that step 6 is about to create its branch and commit. */
  void beginCommit(InterruptedCommit.Intent intent) throws IOException {
    entries().commit = intent;
    save();
  }

  /** The branch and commit an interrupted step 6 was making, if one was. */
  Optional<InterruptedCommit.Intent> commitIntent() throws IOException {
    return Optional.ofNullable(entries().commit);
  }

  /** Forgets everything: the tree holds no change of this run any more (rolled back, committed). */
  void clear() throws IOException {
    entries = new Entries();
    recorded = List.of();
    Files.deleteIfExists(file);
  }

  /**
   * Before a run starts: the files this run's journal names, whose changes are its own. During step
   * 4 they are put back as step 4 found them (the loop then replays what it had done); after it,
   * each must hold what the run last wrote.
   *
   * @throws GardenException when such a file holds content the run never wrote
   */
  Set<String> recover() throws IOException, GardenException {
    Entries entries = entries();
    Set<String> own = new LinkedHashSet<>(entries.originals.keySet());
    if (own.isEmpty()) {
      return own;
    }
    boolean looping = !run.state.isDone(ProcessStep.EXECUTE_REMEDIATION);
    for (String path : own) {
      String now = sha256(Files.readAllBytes(run.root.resolve(path)));
      if (!(looping ? written(path).contains(now) : now.equals(last(path)))) {
        throw new GardenException(
            path
                + " was changed after an interrupted ssot garden run changed it; commit or"
                + " restore it (its journal: "
                + run.root.relativize(file)
                + ")");
      }
    }
    if (looping) {
      int restored = 0;
      for (Map.Entry<String, Original> original : entries.originals.entrySet()) {
        Path target = run.root.resolve(original.getKey());
        if (!sha256(Files.readAllBytes(target)).equals(original.getValue().sha256())) {
          AtomicFiles.write(target, Base64.getDecoder().decode(original.getValue().base64()));
          restored++;
        }
      }
      run.say(
          "resuming an interrupted run: "
              + Words.plural(restored, "file")
              + " put back as step 4 found them; "
              + Words.plural(entries.verdicts.size(), "finished cycle")
              + " replayed from "
              + run.root.relativize(file));
    }
    return own;
  }

  /**
   * Why the kept changes cannot be committed as the tree holds them, if they cannot: a file holds
   * content the run did not write last, or a candidate a cycle rolled back, or none of them differs
   * from how the run found it (an empty commit).
   */
  Optional<String> refuseCommit(List<String> paths) throws IOException {
    Entries entries = entries();
    Set<String> rolledBack = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (Write w : entries.writes) {
      TrackerState.Decision decision = decisionOf(w.cycle());
      (decision == TrackerState.Decision.ROLLED_BACK ? rolledBack : kept).add(w.after());
    }
    boolean changed = false;
    for (String path : paths) {
      String now = sha256(Files.readAllBytes(run.root.resolve(path)));
      Original original = entries.originals.get(path);
      if (original == null || !now.equals(last(path))) {
        return Optional.of(path + " does not hold what this run last wrote; nothing committed");
      }
      if (now.equals(original.sha256())) {
        continue;
      }
      changed = true;
      if (rolledBack.contains(now) && !kept.contains(now)) {
        return Optional.of(
            path + " holds a change the test-fix loop rolled back; nothing committed");
      }
    }
    return changed
        ? Optional.empty()
        : Optional.of("nothing to commit: the kept changes leave every file as it was");
  }

  private TrackerState.Decision decisionOf(int cycle) {
    List<TrackerState.Cycle> cycles = run.state.cycles;
    // a write after the last recorded cycle (an undo, a settled conflict) belongs to no trial
    return cycle <= cycles.size() ? cycles.get(cycle - 1).decision() : null;
  }

  private Set<String> written(String path) throws IOException {
    Entries entries = entries();
    Set<String> hashes = new LinkedHashSet<>();
    hashes.add(entries.originals.get(path).sha256());
    for (Write w : entries.writes) {
      if (w.path().equals(path)) {
        hashes.add(w.before());
        hashes.add(w.after());
      }
    }
    return hashes;
  }

  private String last(String path) throws IOException {
    Entries entries = entries();
    String last = entries.originals.get(path).sha256();
    for (Write w : entries.writes) {
      if (w.path().equals(path)) {
        last = w.after();
      }
    }
    return last;
  }

  private void save() throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsBytes(entries()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
