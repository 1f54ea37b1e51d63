package dev.ssotgardener.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A git repository whose history a test scripts commit by commit: each commit is a whole tree given
 * as path → text, with explicit parents, so merges (and conflicts committed inside them) are
 * exactly what the test says. Commits get increasing times one hour apart.
 */
public final class ScriptedRepo implements AutoCloseable {
  private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

  private final Repository repository;
  private final Path workTree;
  private int commits;

  private ScriptedRepo(Repository repository, Path workTree) {
    this.repository = repository;
    this.workTree = workTree;
  }

  /** A new repository with its work tree at {@code dir}, HEAD on {@code main}. */
  public static ScriptedRepo init(Path dir) throws IOException {
    Repository repository = FileRepositoryBuilder.create(dir.resolve(".git").toFile());
    repository.create();
    repository.updateRef(Constants.HEAD).link("refs/heads/main");
    return new ScriptedRepo(repository, dir);
  }

  /** Commits {@code files} as the whole tree, with these parents, and moves {@code main} to it. */
  public ObjectId commit(String message, Map<String, String> files, ObjectId... parents)
      throws IOException {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
        DirCacheEntry entry = new DirCacheEntry(file.getKey());
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(
            inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
        builder.add(entry);
      }
      builder.finish();
      PersonIdent who =
          new PersonIdent(
              "Dev " + (commits % 3),
              "dev@example.com",
              START.plusSeconds(3600L * commits),
              ZoneOffset.UTC);
      commits++;
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      commit.setParentIds(parents);
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message + "\n");
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      RefUpdate update = repository.updateRef("refs/heads/main");
      update.setNewObjectId(id);
      update.forceUpdate();
      return id;
    }
  }

  /** Writes {@code files} into the work tree, as a checkout of them would. */
  public void checkout(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = workTree.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }

  public Path dir() {
    return workTree;
  }

  @Override
  public void close() {
    repository.close();
  }
}
