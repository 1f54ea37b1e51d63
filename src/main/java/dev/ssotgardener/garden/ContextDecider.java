package dev.ssotgardener.garden;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.report.IssueGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides an issue's context word from what git says about the commit that introduced each
 * finding's line (its blame), and from the findings themselves when there is no git.
 */
final class ContextDecider {
  /** A conflict label that names a commit: {@code 7af8f5475 (Migrate agents ...)}. */
  private static final Pattern COMMIT_LABEL = Pattern.compile("^[0-9a-f]{7,40}(\\s.*)?$");

  private final Policy policy;
  private final Path root;
  private final Optional<SourceControl> git;
  private final LocalDate recentSince;

  ContextDecider(
      Policy policy, Path root, Optional<SourceControl> git, LocalDate today, int recentDays) {
    this.policy = policy;
    this.root = root;
    this.git = git;
    this.recentSince = today.minusDays(recentDays);
  }

  IssueContext decide(IssueGroup group) {
    boolean recent = false;
    for (Finding f : group.findings()) {
      Optional<CommitRef> origin = origin(f);
      if (origin.isEmpty()) {
        continue;
      }
      // A regression is a commit breaking code that existed before it.
      if (git.flatMap(g -> g.parentHad(origin.get().commit(), f.path())).orElse(false)) {
        return IssueContext.REGRESSION;
      }
      recent |= dateOf(origin.get().date()).map(d -> !d.isBefore(recentSince)).orElse(false);
    }
    if (group.findings().stream().anyMatch(this::conflictNamesACommit)) {
      return IssueContext.REGRESSION;
    }
    if (group.findings().stream().anyMatch(this::isMigrationLeftover)) {
      return IssueContext.INCOMPLETE_MIGRATION;
    }
    return recent ? IssueContext.RECENT_CHANGE : IssueContext.VIOLATION;
  }

  /** The commit that brought the finding: the blame of its line (one file's history). */
  private Optional<CommitRef> origin(Finding f) {
    return git.flatMap(g -> g.lineOrigin(f.path(), f.span().startLine()));
  }

  /** A second definition beside the canonical one, or an import of a module that is gone. */
  private boolean isMigrationLeftover(Finding f) {
    return f.truth().equals(BuiltinCheck.DANGLING_IMPORTS.id())
        || policy.truths().stream()
            .anyMatch(t -> t.id().equals(f.truth()) && t.kind() == TruthKind.SINGLE_DEFINITION);
  }

  /** Without history: the conflict's labels say a commit's change collided with this code. */
  private boolean conflictNamesACommit(Finding f) {
    if (!f.truth().equals(BuiltinCheck.CONFLICT_MARKERS.id())) {
      return false;
    }
    try {
      String text = Files.readString(root.resolve(f.path()), StandardCharsets.UTF_8);
      return new ConflictScanner()
          .scan(f.path(), text).blocks().stream()
              .filter(b -> b.startLine() == f.span().startLine())
              .anyMatch(ContextDecider::labelsACommit);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean labelsACommit(ConflictBlock block) {
    return COMMIT_LABEL.matcher(block.theirsLabel()).matches()
        || COMMIT_LABEL.matcher(block.oursLabel()).matches();
  }

  private static Optional<LocalDate> dateOf(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
