package dev.ssotgardener.workspace;

import dev.ssotgardener.nativelib.DirectoryEntry;
import dev.ssotgardener.nativelib.NativeDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Lists the files of a tree that git would not ignore, without needing git or a repository.
 *
 * <p>Honours {@code .gitignore} at every level and {@code .git/info/exclude} with git's precedence
 * (JGit's own matcher); an ignored directory is not entered, so a negation below it cannot bring a
 * file back, as in git. {@code .git}, {@code .hg} and {@code .svn} are never listed. Sockets,
 * devices and pipes are left out silently.
 *
 * <p>Symbolic links: by default neither a linked file nor a linked directory is listed or reported
 * (git stores a link, not its target, and a target inside the tree is listed under its own path).
 * With {@link WalkOptions#followSymlinks()} links are followed like {@code find -L}: a target is
 * listed under the link's path, even if also listed elsewhere; a directory link back to a directory
 * on its own ancestor chain is reported as {@link SkipReason#SYMLINK_LOOP} and not entered; a
 * dangling link is {@link SkipReason#UNREADABLE}.
 *
 * <p>Directories are walked in parallel; the listing is sorted by path, so it does not depend on
 * timing. Thread-safe: one walker may walk several trees at once.
 */
public final class FileWalker {
  private static final Set<String> VCS_DIRS = Set.of(".git", ".hg", ".svn");
  private static final String GITDIR_PREFIX = "gitdir:";

  private final WalkOptions options;
  private final Optional<NativeDirectory> lister;

  public FileWalker(WalkOptions options) {
    this(options, NativeDirectory.load());
  }

  /** A walker listing folders by {@code lister} where it can, else by the JDK. */
  FileWalker(WalkOptions options, Optional<NativeDirectory> lister) {
    this.options = options;
    this.lister = lister;
  }

  /**
   * Walks the tree under {@code root}.
   *
   * @throws IOException only if {@code root} itself cannot be listed; a bad entry below it is
   *     reported in {@link Listing#skipped()} instead
   */
  public Listing walk(Path root) throws IOException {
    Path start = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      throw new NotDirectoryException(root.toString());
    }
    try (DirectoryStream<Path> probe = Files.newDirectoryStream(start)) {
      probe.iterator().hasNext(); // fail fast on an unreadable root rather than report it skipped
    }
    Queue<FileEntry> files = new ConcurrentLinkedQueue<>();
    Queue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();
    IgnoreRules rules = loadExclude(start, skipped);
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.invoke(
          new DirectoryTask(
              start, "", rules, null, new Ancestry(start.toRealPath(), null), files, skipped));
    } finally {
      pool.shutdown();
    }
    List<FileEntry> sortedFiles = new ArrayList<>(files);
    sortedFiles.sort(Comparator.comparing(FileEntry::path));
    List<SkippedFile> sortedSkipped = new ArrayList<>(skipped);
    sortedSkipped.sort(Comparator.comparing(SkippedFile::path).thenComparing(SkippedFile::reason));
    return new Listing(sortedFiles, sortedSkipped);
  }

  /** The rules of {@code .git/info/exclude}, also when {@code .git} is a worktree's link file. */
  private static IgnoreRules loadExclude(Path root, Queue<SkippedFile> skipped) {
    Path dotGit = root.resolve(".git");
    try {
      Path gitDir = dotGit;
      if (Files.isRegularFile(dotGit)) {
        String link = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
        if (!link.startsWith(GITDIR_PREFIX)) {
          return IgnoreRules.none();
        }
        gitDir = root.resolve(link.substring(GITDIR_PREFIX.length()).strip());
        Path commonDir = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDir)) {
          // A worktree shares info/exclude with the main repository.
          gitDir = gitDir.resolve(Files.readString(commonDir, StandardCharsets.UTF_8).strip());
        }
      }
      Path exclude = gitDir.resolve("info").resolve("exclude");
      if (!Files.isRegularFile(exclude)) {
        return IgnoreRules.none();
      }
      return IgnoreRules.none().with(parse(exclude), "");
    } catch (IOException e) {
      skipped.add(
          new SkippedFile(".git/info/exclude", SkipReason.UNREADABLE, IoProblem.describe(e)));
      return IgnoreRules.none();
    }
  }

  private static IgnoreNode parse(Path ignoreFile) throws IOException {
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(ignoreFile)) {
      node.parse(ignoreFile.toString(), in);
    }
    return node;
  }

  /** The real paths of the directories from the root down to one directory. */
  private record Ancestry(Path realDir, Ancestry parent) {
    boolean contains(Path real) {
      for (Ancestry a = this; a != null; a = a.parent) {
        if (a.realDir.equals(real)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Lists one directory and forks a task for each subdirectory. */
  private final class DirectoryTask extends RecursiveAction {
    private final Path dir;
    private final String relative;
    private final IgnoreRules inherited;
    private final IgnoreRules.InDirectory parentIgnores;
    private final Ancestry ancestry;
    private final Queue<FileEntry> files;
    private final Queue<SkippedFile> skipped;

    DirectoryTask(
        Path dir,
        String relative,
        IgnoreRules inherited,
        IgnoreRules.InDirectory parentIgnores,
        Ancestry ancestry,
        Queue<FileEntry> files,
        Queue<SkippedFile> skipped) {
      this.dir = dir;
      this.relative = relative;
      this.inherited = inherited;
      this.parentIgnores = parentIgnores;
      this.ancestry = ancestry;
      this.files = files;
      this.skipped = skipped;
    }

    @Override
    protected void compute() {
      List<Child> children;
      try {
        children = list();
      } catch (IOException e) {
        skipped.add(new SkippedFile(relative, SkipReason.UNREADABLE, IoProblem.describe(e)));
        return;
      } catch (DirectoryIteratorException e) {
        skipped.add(
            new SkippedFile(relative, SkipReason.UNREADABLE, IoProblem.describe(e.getCause())));
        return;
      }
      IgnoreRules rules = withOwnGitignore(children);
      IgnoreRules.InDirectory ignores =
          parentIgnores == null
              ? rules.in(relative)
              : parentIgnores.below(dir.getFileName().toString(), rules);
      List<DirectoryTask> subdirectories = new ArrayList<>();
      for (Child child : children) {
        String name = child.entry().name();
        // A run killed mid-write may leave its temp file (a copy of a source) beside the target.
        if (VCS_DIRS.contains(name) || AtomicFiles.isTemporary(name)) {
          continue;
        }
        String path = relative.isEmpty() ? name : relative + "/" + name;
        try {
          visit(child, path, rules, ignores, subdirectories);
        } catch (IOException e) {
          skipped.add(new SkippedFile(path, SkipReason.UNREADABLE, IoProblem.describe(e)));
        }
      }
      invokeAll(subdirectories);
    }

    /** This directory's entries: by our library where it can, else by the JDK, names only. */
    private List<Child> list() throws IOException {
      Optional<List<DirectoryEntry>> listed = lister.flatMap(l -> l.list(dir));
      List<Child> children = new ArrayList<>();
      if (listed.isPresent()) {
        listed.get().forEach(e -> children.add(new Child(dir.resolve(e.name()), e)));
        return children;
      }
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        // The JDK's path keeps a name's bytes, which its string may not.
        stream.forEach(
            p -> children.add(new Child(p, DirectoryEntry.named(p.getFileName().toString()))));
      }
      return children;
    }

    /** The inherited rules, with this directory's own .gitignore (among its entries) on top. */
    private IgnoreRules withOwnGitignore(List<Child> children) {
      Child gitignore = null;
      for (Child child : children) {
        if (child.entry().name().equals(".gitignore")) {
          gitignore = child;
        }
      }
      if (gitignore == null || !isRegularFile(gitignore)) {
        return inherited;
      }
      try {
        return inherited.with(parse(gitignore.path()), relative);
      } catch (IOException e) {
        String path = relative.isEmpty() ? ".gitignore" : relative + "/.gitignore";
        skipped.add(new SkippedFile(path, SkipReason.UNREADABLE, IoProblem.describe(e)));
        return inherited;
      }
    }

    private static boolean isRegularFile(Child child) {
      DirectoryEntry.Kind kind = child.entry().kind();
      return kind == DirectoryEntry.Kind.UNKNOWN
          ? Files.isRegularFile(child.path(), LinkOption.NOFOLLOW_LINKS)
          : kind == DirectoryEntry.Kind.FILE;
    }

    private void visit(
        Child child,
        String path,
        IgnoreRules rules,
        IgnoreRules.InDirectory ignores,
        List<DirectoryTask> subdirs)
        throws IOException {
      DirectoryEntry entry = child.entry();
      if (entry.kind() == DirectoryEntry.Kind.UNKNOWN) {
        entry = examine(child.path(), entry.name(), LinkOption.NOFOLLOW_LINKS);
      }
      boolean link = entry.kind() == DirectoryEntry.Kind.LINK;
      if (link) {
        if (!options.followSymlinks()) {
          return;
        }
        entry = examine(child.path(), entry.name());
      }
      boolean directory = entry.kind() == DirectoryEntry.Kind.DIRECTORY;
      if (ignores.isIgnored(entry.name(), directory)) {
        return;
      }
      if (directory) {
        // Only a link can lead back up; a plain subdirectory's real path is its parent's plus name.
        Path real =
            link
                ? child.path().toRealPath()
                : ancestry.realDir().resolve(child.path().getFileName());
        if (ancestry.contains(real)) {
          skipped.add(
              new SkippedFile(path, SkipReason.SYMLINK_LOOP, "links back to ancestor " + real));
          return;
        }
        subdirs.add(
            new DirectoryTask(
                child.path(), path, rules, ignores, new Ancestry(real, ancestry), files, skipped));
      } else if (entry.kind() == DirectoryEntry.Kind.FILE) {
        long size = entry.size();
        if (size > options.maxFileSize()) {
          skipped.add(
              new SkippedFile(
                  path,
                  SkipReason.TOO_LARGE,
                  size + " bytes, over the limit of " + options.maxFileSize()));
        } else if (!entry.readable()) {
          skipped.add(new SkippedFile(path, SkipReason.UNREADABLE, "permission denied"));
        } else {
          files.add(new FileEntry(path, child.path(), size, entry.modifiedNanos()));
        }
      }
    }
  }

  /** What the JDK says of {@code file}: its attributes, and readability if a regular file. */
  private static DirectoryEntry examine(Path file, String name, LinkOption... options)
      throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
    if (attributes.isSymbolicLink()) {
      return new DirectoryEntry(name, DirectoryEntry.Kind.LINK, 0, 0, false);
    }
    if (attributes.isDirectory()) {
      return new DirectoryEntry(name, DirectoryEntry.Kind.DIRECTORY, 0, 0, false);
    }
    if (!attributes.isRegularFile()) {
      return new DirectoryEntry(name, DirectoryEntry.Kind.OTHER, 0, 0, false);
    }
    return new DirectoryEntry(
        name,
        DirectoryEntry.Kind.FILE,
        attributes.size(),
        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
        Files.isReadable(file));
  }

  /** An entry of a directory being walked, and where it is. */
  private record Child(Path path, DirectoryEntry entry) {}
}
