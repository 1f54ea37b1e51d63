package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.PathChanges;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names Python modules after their source root. The roots are the repository root, every folder
 * holding a {@code pyproject.toml}, {@code setup.py} or {@code setup.cfg} but no {@code
 * __init__.py} (a package folder that happens to hold a {@code setup.py} stays part of its parent
 * package), and the {@code src/} folder of each of those when it exists; a file belongs to the
 * deepest root that contains it.
 */
public final class PythonModules {
  private static final Set<String> PROJECT_FILES =
      Set.of("pyproject.toml", "setup.py", "setup.cfg");

  /** Roots as {@code ""} or {@code "a/b/"}, deepest first. */
  private final List<String> roots;

  private final Collection<String> declaredRoots;

  /** The folders whose {@code src/} is a root when some file lies under it. */
  private final Set<String> projects;

  public PythonModules(Collection<String> repositoryPaths) {
    this(repositoryPaths, List.of());
  }

  /**
   * @param declaredRoots folders ({@code "a/b/"}) taken as roots besides those found, as the folder
   *     a user audits is; one holding {@code __init__.py} is a package, not a root, and is ignored
   */
  public PythonModules(Collection<String> repositoryPaths, Collection<String> declaredRoots) {
    this.declaredRoots = List.copyOf(declaredRoots);
    Set<String> projects = new HashSet<>(declaredRoots);
    Set<String> packages = new HashSet<>();
    for (String path : repositoryPaths) {
      // most paths are neither: told by their ending before anything is cut out
      if (!mayBeProjectOrPackage(path)) {
        continue;
      }
      int slash = path.lastIndexOf('/');
      String name = path.substring(slash + 1);
      if (PROJECT_FILES.contains(name)) {
        projects.add(path.substring(0, slash + 1));
      } else if (isPackageInit(path)) {
        packages.add(path.substring(0, slash + 1));
      }
    }
    projects.removeAll(packages);
    projects.add("");
    this.projects = projects;
    Set<String> found = new HashSet<>(projects);
    // a project's src/ is a root when some file lies under it
    for (String path : repositoryPaths) {
      addProjectSources(path, found);
    }
    this.roots = found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * These modules after {@code changes} to the repository's paths: the same object unless a path
   * added or removed is a project file, a package's {@code __init__} or lies under a project's
   * {@code src/} folder, the only paths that make or unmake a root (a Java tree's {@code src/}
   * folders are no project's).
   */
  public PythonModules after(PathChanges changes) {
    return changes.any(p -> mayBeProjectOrPackage(p) || addProjectSources(p, new HashSet<>()))
        ? new PythonModules(changes.paths(), declaredRoots)
        : this;
  }

  /**
   * Adds to {@code out} each project's {@code src/} folder {@code path} lies under; true if any.
   */
  private boolean addProjectSources(String path, Set<String> out) {
    boolean any = false;
    for (int at = path.indexOf("src/"); at >= 0; at = path.indexOf("src/", at + 1)) {
      if ((at == 0 || path.charAt(at - 1) == '/') && projects.contains(path.substring(0, at))) {
        out.add(path.substring(0, at + 4));
        any = true;
      }
    }
    return any;
  }

  /** Told by its ending, before anything is cut out of it. */
  private static boolean mayBeProjectOrPackage(String path) {
    for (String name : PROJECT_FILES) {
      if (path.endsWith(name)) {
        return true;
      }
    }
    return path.endsWith("__init__.py") || path.endsWith("__init__.pyi");
  }

  /**
   * The dotted module name of the Python file at {@code path}; a package's {@code __init__} is the
   * package.
   */
  public String moduleOf(String path) {
    String root = roots.stream().filter(path::startsWith).findFirst().orElse("");
    String relative = path.substring(root.length());
    relative = relative.substring(0, relative.lastIndexOf('.'));
    if (isPackageInit(path)) {
      relative = relative.substring(0, relative.length() - "__init__".length());
      if (relative.endsWith("/")) {
        relative = relative.substring(0, relative.length() - 1);
      }
    }
    return relative.replace('/', '.');
  }

  /** A package's {@code __init__.py}: relative imports in it start from the package itself. */
  public static boolean isPackageInit(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals("__init__.py") || name.equals("__init__.pyi");
  }
}
