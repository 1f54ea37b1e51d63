package dev.ssotgardener.fix;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.workspace.SourceFile;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Reports the conflicts no fix resolved: both sides, which candidate resolutions still parse, and
 * the commit that introduced the markers when the repository's git history says.
 */
final class ConflictReporter {
  private final Snapshot snapshot;
  private final Path root;
  private final Map<String, Optional<BlameResult>> blames = new HashMap<>();

  ConflictReporter(Snapshot snapshot, Path root) {
    this.snapshot = snapshot;
    this.root = root;
  }

  List<ConflictReport> report(
      List<Finding> findings, List<FileChange> changes, FixRequest request) {
    Set<String> fixed = new HashSet<>();
    changes.forEach(c -> c.fixed().forEach(f -> fixed.add(f.fingerprint())));
    List<ConflictReport> out = new ArrayList<>();
    Optional<Repository> git = openRepository();
    try {
      for (Finding finding : findings) {
        FileFacts facts = snapshot.facts(finding.path());
        if (fixed.contains(finding.fingerprint()) || facts == null || !request.accepts(finding)) {
          continue;
        }
        Optional<ConflictBlock> block = block(facts, finding);
        if (!finding.remedy().alternatives().isEmpty() && block.isPresent()) {
          out.add(
              new ConflictReport(
                  finding.path(),
                  block.get(),
                  candidates(finding, facts, block.get()),
                  git.flatMap(r -> introducedBy(r, finding.path(), block.get().startLine()))));
        }
      }
    } finally {
      git.ifPresent(Repository::close);
    }
    return out;
  }

  private static Optional<ConflictBlock> block(FileFacts facts, Finding finding) {
    return facts.conflicts().stream()
        .filter(b -> b.startLine() == finding.span().startLine())
        .findFirst();
  }

  /** The finding's alternatives, each with whether the file parses with it. */
  private List<ConflictReport.Candidate> candidates(
      Finding finding, FileFacts facts, ConflictBlock block) {
    if (facts.language() == Language.TEXT) {
      return List.of();
    }
    SourceFile file = snapshot.file(facts.path());
    return finding.remedy().alternatives().stream()
        .map(a -> candidate(file, facts, block, a.choice()))
        .toList();
  }

  /** The file with this block resolved to {@code lines} and every other block to ours. */
  private ConflictReport.Candidate candidate(
      SourceFile file, FileFacts facts, ConflictBlock block, ConflictChoice choice) {
    List<String> lines = choice.lines(block);
    LineMap map = new LineMap(file.text());
    StringBuilder text = new StringBuilder();
    int next = 1;
    for (ConflictBlock other : facts.conflicts()) {
      text.append(file.text(), map.lineStart(next), map.lineStart(other.startLine()));
      (other == block ? lines : other.ours()).forEach(l -> text.append(l).append('\n'));
      next = other.endLine() + 1;
    }
    if (next <= map.lineCount()) {
      text.append(file.text(), map.lineStart(next), file.text().length());
    }
    FileFacts parsed =
        snapshot.parse(new SourceFile(file.path(), text.toString(), file.charset(), file.bom()));
    return new ConflictReport.Candidate(choice, parsed.syntaxErrors().isEmpty());
  }

  private Optional<Repository> openRepository() {
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
      if (builder.getGitDir() == null) {
        return Optional.empty();
      }
      return Optional.of(builder.build());
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The commit that last wrote the {@code <<<<<<<} line; empty when uncommitted or unknown. */
  private Optional<String> introducedBy(Repository repository, String path, int line) {
    Optional<BlameResult> blame = blames.computeIfAbsent(path, p -> blame(repository, p));
    return blame.flatMap(
        b -> {
          if (line - 1 >= b.getResultContents().size()) {
            return Optional.empty();
          }
          RevCommit commit = b.getSourceCommit(line - 1);
          return commit == null
              ? Optional.empty()
              : Optional.of(commit.abbreviate(10).name() + " " + commit.getShortMessage());
        });
  }

  private Optional<BlameResult> blame(Repository repository, String path) {
    File workTree = repository.isBare() ? null : repository.getWorkTree();
    if (workTree == null) {
      return Optional.empty();
    }
    Path relative =
        workTree
            .toPath()
            .toAbsolutePath()
            .normalize()
            .relativize(root.resolve(path).toAbsolutePath().normalize());
    try (Git git = new Git(repository)) {
      return Optional.ofNullable(
          git.blame().setFilePath(relative.toString().replace(File.separatorChar, '/')).call());
    } catch (Exception e) {
      // History is a courtesy in the report: without it the conflict is still reported.
      return Optional.empty();
    }
  }
}
