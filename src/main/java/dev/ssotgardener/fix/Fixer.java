package dev.ssotgardener.fix;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.Alternative;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the fixes of a repository: gathers the fixes the rules offer, applies them to each file in
 * memory and keeps only those that pass every check: the file still parses, and a re-audit (of the
 * repository with the fixes kept so far, judging again only the files the edit can change) shows
 * each fixed finding gone (so fixing the result again finds nothing to do) and nothing new. Writes
 * nothing.
 */
public final class Fixer {
  private final Policy policy;
  private final WalkOptions options;

  public Fixer(Policy policy, WalkOptions options) {
    this.policy = policy;
    this.options = options;
  }

  public FixPlan plan(Path root, FixRequest request) throws IOException {
    return plan(root, root, request);
  }

  /**
   * Plans the fixes of the folder {@code root} of the repository at {@code repository}: names
   * resolve against the whole repository, as {@code ssot audit} resolves them; only the folder's
   * files are fixed.
   */
  public FixPlan plan(Path repository, Path root, FixRequest request) throws IOException {
    return plan(root, Snapshot.read(repository, root, policy, options), request);
  }

  /**
   * Plans against facts already collected (an audit's, kept current by the caller): nothing is
   * parsed again but the edited files, and only the texts of the files a check needs are read.
   */
  public FixPlan plan(Path root, Map<String, FileFacts> facts, FixRequest request) {
    return plan(root, Snapshot.of(root, facts, policy), request);
  }

  private FixPlan plan(Path root, Snapshot snapshot, FixRequest request) {
    List<Finding> before = snapshot.audit();
    Map<String, List<Candidate>> byFile = new LinkedHashMap<>();
    List<Refusal> refused = new ArrayList<>();
    for (Finding finding : before) {
      if (!request.accepts(finding)) {
        continue;
      }
      Optional<Fix> fix = finding.fix().or(() -> chosen(finding, request));
      if (fix.isPresent() && !fix.get().level().within(request.level())) {
        refused.add(
            new Refusal(
                finding,
                "not applied: a "
                    + fix.get().level().word()
                    + " fix ("
                    + fix.get().description()
                    + "); --level "
                    + request.level().word()
                    + " applies only "
                    + request.level().word()
                    + " fixes"));
      } else if (fix.isPresent()) {
        byFile
            .computeIfAbsent(finding.path(), p -> new ArrayList<>())
            .add(new Candidate(finding, fix.get()));
      } else if (finding.remedy().alternatives().isEmpty()) {
        refused.add(new Refusal(finding, "no automatic fix: " + finding.remedy().reason()));
      }
    }
    List<FileChange> changes = new ArrayList<>();
    Verifier verifier = new Verifier(snapshot, before);
    byFile.forEach(
        (path, candidates) -> verifier.keep(path, candidates, refused).ifPresent(changes::add));
    List<ConflictReport> conflicts =
        new ConflictReporter(snapshot, root).report(before, changes, request);
    return new FixPlan(root.toString(), changes, refused, conflicts);
  }

  /** The alternative the user's explicit {@code --conflict} choice names, if the finding has it. */
  private static Optional<Fix> chosen(Finding finding, FixRequest request) {
    return request
        .conflict()
        .flatMap(
            choice ->
                finding.remedy().alternatives().stream()
                    .filter(a -> a.choice() == choice)
                    .findFirst())
        .map(Alternative::fix);
  }

  /** One finding and the fix offered for it. */
  record Candidate(Finding finding, Fix fix) {}

  /** Applies and checks the candidates of one file at a time against the snapshot. */
  private static final class Verifier {
    private final Snapshot snapshot;
    private final List<Finding> before;
    private final Set<String> beforeFingerprints = new HashSet<>();

    Verifier(Snapshot snapshot, List<Finding> before) {
      this.snapshot = snapshot;
      this.before = before;
      before.forEach(f -> beforeFingerprints.add(f.fingerprint()));
    }

    /** All candidates together when they pass; else each in turn on top of those kept so far. */
    Optional<FileChange> keep(String path, List<Candidate> candidates, List<Refusal> refused) {
      SourceFile original = snapshot.file(path);
      if (candidates.size() > 1) {
        Outcome together = check(original, candidates);
        if (together.problem() == null) {
          snapshot.keep(together.edited(), together.facts());
          return Optional.of(change(original, together.text(), candidates));
        }
      }
      List<Candidate> kept = new ArrayList<>();
      Outcome last = null;
      for (Candidate candidate : candidates) {
        List<Candidate> trial = new ArrayList<>(kept);
        trial.add(candidate);
        Outcome outcome = check(original, trial);
        if (outcome.problem() == null) {
          kept = trial;
          last = outcome;
        } else {
          refused.add(
              new Refusal(
                  candidate.finding(),
                  "fix \"" + candidate.fix().description() + "\" dropped: " + outcome.problem()));
        }
      }
      if (last == null) {
        return Optional.empty();
      }
      snapshot.keep(last.edited(), last.facts());
      return Optional.of(change(original, last.text(), kept));
    }

    private static FileChange change(SourceFile original, String text, List<Candidate> kept) {
      return new FileChange(
          original.path(), original, text, kept.stream().map(Candidate::finding).toList());
    }

    private Outcome check(SourceFile original, List<Candidate> candidates) {
      List<TextEdit> edits = new ArrayList<>();
      candidates.forEach(c -> edits.addAll(c.fix().edits()));
      String text;
      try {
        text = TextEdits.apply(original.text(), edits);
      } catch (TextEdits.OverlapException e) {
        return Outcome.refused("it overlaps another fix in the file");
      }
      SourceFile edited = new SourceFile(original.path(), text, original.charset(), original.bom());
      FileFacts oldFacts = snapshot.facts(original.path());
      FileFacts newFacts = snapshot.parse(edited);
      if (newFacts.syntaxErrors().size() > oldFacts.syntaxErrors().size()
          || (oldFacts.syntaxErrors().isEmpty() && !newFacts.syntaxErrors().isEmpty())) {
        var error = newFacts.syntaxErrors().get(0);
        return Outcome.refused(
            "the file would no longer parse (line %d: %s)"
                .formatted(error.span().startLine(), error.message()));
      }
      List<Finding> after = snapshot.auditWith(edited, newFacts);
      return new Outcome(text, compare(original.path(), candidates, after), edited, newFacts);
    }

    /**
     * Each fixed finding gone; elsewhere nothing new; in the file no truth found more often. {@code
     * after} holds the findings of the files judged again, the edited one among them.
     */
    private String compare(String path, List<Candidate> candidates, List<Finding> after) {
      Set<String> fixed = new HashSet<>();
      Map<String, Integer> budget = new HashMap<>();
      before.stream()
          .filter(f -> f.path().equals(path))
          .forEach(f -> budget.merge(f.truth(), 1, Integer::sum));
      for (Candidate c : candidates) {
        fixed.add(c.finding().fingerprint());
        budget.merge(c.finding().truth(), -1, Integer::sum);
      }
      for (Finding f : after) {
        if (fixed.contains(f.fingerprint())) {
          return "the finding is still reported after the fix";
        }
        if (!f.path().equals(path) && !beforeFingerprints.contains(f.fingerprint())) {
          return "it would cause a new finding: %s:%d %s"
              .formatted(f.path(), f.span().startLine(), f.message());
        }
        if (f.path().equals(path) && budget.merge(f.truth(), -1, Integer::sum) < 0) {
          return "it would cause a new finding: %s:%d %s"
              .formatted(f.path(), f.span().startLine(), f.message());
        }
      }
      return null;
    }

    /** A checked text, its file and facts; {@code problem} is null when every check passed. */
    private record Outcome(String text, String problem, SourceFile edited, FileFacts facts) {
      static Outcome refused(String problem) {
        return new Outcome(null, problem, null, null);
      }
    }
  }
}
