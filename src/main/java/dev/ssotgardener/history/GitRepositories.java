package dev.ssotgardener.history;

import dev.ssotgardener.finding.CommitRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opening a repository a user named, resolving the revisions they typed, naming commits. */
public final class GitRepositories {
  private GitRepositories() {}

  /** Opens the repository at or above {@code dir}, as git finds it; bare repositories too. */
  public static Repository open(Path dir) throws HistoryException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new HistoryException(dir + ": not a git repository");
    }
    try {
      return builder.setMustExist(true).build();
    } catch (IOException e) {
      throw new HistoryException(dir + ": cannot open the git repository: " + e.getMessage(), e);
    }
  }

  /** The commit a revision names in {@code walk} ({@code HEAD}, a branch, an abbreviated id). */
  public static RevCommit resolve(Repository repository, RevWalk walk, String revision)
      throws HistoryException {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      if (id == null) {
        throw new HistoryException(revision + ": unknown revision");
      }
      return walk.parseCommit(id);
    } catch (RevisionSyntaxException | IOException e) {
      throw new HistoryException(revision + ": unknown revision (" + e.getMessage() + ")", e);
    }
  }

  /** A commit as reports show it: full id, author, author date (ISO-8601), subject. */
  public static CommitRef ref(RevCommit commit) {
    PersonIdent author = commit.getAuthorIdent();
    String date =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            author.getWhenAsInstant().atOffset(author.getZoneOffset()));
    return new CommitRef(commit.name(), author.getName(), date, commit.getShortMessage());
  }
}
