package dev.ssotgardener.index;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.TestConfig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about the whole repository: which modules (Python) and packages (Java) exist, which
 * classes are defined where, and how names re-exported through other modules resolve. Built from
 * all facts, or derived from another tree's index by what differs ({@link #with}); immutable.
 */
public final class RepoIndex {
  /** Re-export chains longer than this are cycles or pathological; stop following them. */
  private static final int MAX_ALIAS_HOPS = 16;

  /** Each module's files, in path order. */
  private final ShardedMap<List<FileFacts>> filesByModule;

  /** Each class by qualified name, with the file defining it: the first file, in files' order. */
  private final ShardedMap<Definition> definitions;

  /** Classes more than one file defines: which one counts depends on the order of all files. */
  private final Set<String> duplicateClasses;

  private final Namespaces namespaces;
  private final List<FileFacts> files;
  private final TestConfigs testConfigs;

  private RepoIndex(
      ShardedMap<List<FileFacts>> filesByModule,
      ShardedMap<Definition> definitions,
      Set<String> duplicateClasses,
      Namespaces namespaces,
      Collection<FileFacts> files,
      TestConfigs testConfigs) {
    this.filesByModule = filesByModule;
    this.definitions = definitions;
    this.duplicateClasses = duplicateClasses;
    this.namespaces = namespaces;
    this.files = Collections.unmodifiableList(new ArrayList<>(files));
    this.testConfigs = testConfigs;
  }

  public static RepoIndex of(Collection<FileFacts> facts) {
    Map<String, List<FileFacts>> lists = new HashMap<>();
    ShardedMap.Editor<Definition> classes = ShardedMap.builder();
    Set<String> duplicates = new HashSet<>();
    for (FileFacts file : facts) {
      if (!file.module().isEmpty()) {
        lists.computeIfAbsent(file.module(), m -> new ArrayList<>()).add(file);
        define(file, classes, duplicates);
      }
    }
    ShardedMap.Editor<List<FileFacts>> modules = ShardedMap.builder();
    lists.forEach((module, list) -> modules.put(module, inPathOrder(list)));
    ShardedMap<List<FileFacts>> byModule = modules.done();
    return new RepoIndex(
        byModule,
        classes.done(),
        Set.copyOf(duplicates),
        Namespaces.of(byModule),
        facts,
        new TestConfigs(facts));
  }

  /**
   * The index of a tree whose facts are {@code facts}: this index's tree without {@code gone}
   * (facts this index holds that the tree does not) and with {@code come} (facts of the tree this
   * index lacks). Equal to {@link #of}{@code (facts)}, made by changing only what those touch, so a
   * history walk indexes a commit at the cost of its change; made whole when a class either touches
   * is defined by more than one file.
   */
  public RepoIndex with(
      Collection<FileFacts> facts, Collection<FileFacts> gone, Collection<FileFacts> come) {
    Set<String> touched = new HashSet<>();
    Set<String> paths = new HashSet<>();
    for (Collection<FileFacts> side : List.of(gone, come)) {
      for (FileFacts file : side) {
        paths.add(file.path());
        if (file.module().isEmpty()) {
          continue;
        }
        touched.add(file.module());
        for (ClassFact cls : file.classes()) {
          if (duplicateClasses.contains(cls.qualifiedName())) {
            return of(facts);
          }
        }
      }
    }
    ShardedMap.Editor<Definition> classes = definitions.edit();
    for (FileFacts file : gone) {
      for (ClassFact cls : file.classes()) {
        Definition known = classes.get(cls.qualifiedName());
        if (known != null && known.file() == file) {
          classes.remove(cls.qualifiedName());
        }
      }
    }
    Set<String> duplicates = new HashSet<>();
    Map<String, List<FileFacts>> cameByModule = new HashMap<>();
    for (FileFacts file : come) {
      if (!file.module().isEmpty()) {
        define(file, classes, duplicates);
        cameByModule.computeIfAbsent(file.module(), m -> new ArrayList<>()).add(file);
      }
    }
    if (!duplicates.isEmpty()) {
      return of(facts);
    }
    ShardedMap.Editor<List<FileFacts>> modules = filesByModule.edit();
    for (String module : touched) {
      List<FileFacts> list = new ArrayList<>(cameByModule.getOrDefault(module, List.of()));
      filesOf(module).stream().filter(f -> !paths.contains(f.path())).forEach(list::add);
      if (list.isEmpty()) {
        modules.remove(module);
      } else {
        modules.put(module, inPathOrder(list));
      }
    }
    ShardedMap<List<FileFacts>> byModule = modules.done();
    boolean sameKinds =
        touched.stream().allMatch(m -> Kinds.of(filesOf(m)).equals(Kinds.of(byModule.get(m))));
    boolean sameConfigs =
        gone.stream().allMatch(f -> f.testConfigs().isEmpty())
            && come.stream().allMatch(f -> f.testConfigs().isEmpty());
    return new RepoIndex(
        byModule,
        classes.done(),
        duplicateClasses,
        sameKinds ? namespaces : Namespaces.of(byModule),
        facts,
        sameConfigs ? testConfigs : new TestConfigs(facts));
  }

  /**
   * Defines {@code file}'s classes not yet defined; a class another file defined is a duplicate.
   */
  private static void define(
      FileFacts file, ShardedMap.Editor<Definition> classes, Set<String> duplicates) {
    for (ClassFact cls : file.classes()) {
      Definition known = classes.get(cls.qualifiedName());
      if (known == null) {
        classes.put(cls.qualifiedName(), new Definition(cls, file));
      } else if (known.file() != file) {
        duplicates.add(cls.qualifiedName());
      }
    }
  }

  private static List<FileFacts> inPathOrder(List<FileFacts> files) {
    List<FileFacts> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(FileFacts::path));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * Adds every proper dotted prefix of {@code module} ({@code a}, {@code a.b} of {@code a.b.c}).
   */
  private static void addPrefixes(String module, Set<String> to) {
    for (int dot = module.indexOf('.'); dot > 0; dot = module.indexOf('.', dot + 1)) {
      to.add(module.substring(0, dot));
    }
  }

  /**
   * Which modules or packages are in one index and not in {@code other}: the names whose resolution
   * may differ between the two.
   */
  public Set<String> namespacesDifferingFrom(RepoIndex other) {
    Set<String> out = filesByModule.keysDifferingFrom(other.filesByModule);
    if (namespaces != other.namespaces) {
      Set<String> mine = namespaces.packages();
      Set<String> theirs = other.namespaces.packages();
      mine.stream().filter(p -> !theirs.contains(p)).forEach(out::add);
      theirs.stream().filter(p -> !mine.contains(p)).forEach(out::add);
    }
    return out;
  }

  /** Whether a module holds files of a language whose module is a folder, and of another. */
  private record Kinds(boolean folders, boolean files) {
    static Kinds of(List<FileFacts> module) {
      List<FileFacts> all = module == null ? List.of() : module;
      return new Kinds(
          all.stream().anyMatch(f -> f.language().moduleIsFolder()),
          all.stream().anyMatch(f -> !f.language().moduleIsFolder()));
    }
  }

  /**
   * What the module names make the repository's own: the packages (proper prefixes of modules),
   * those of Python modules, the first segments of Python modules, the Java namespace roots.
   */
  private record Namespaces(
      Set<String> packages,
      Set<String> pythonPackages,
      Set<String> topLevelModules,
      Set<String> javaRoots) {
    static Namespaces of(ShardedMap<List<FileFacts>> filesByModule) {
      Set<String> packages = new HashSet<>();
      Set<String> pythonPackages = new HashSet<>();
      Set<String> topLevel = new HashSet<>();
      Set<String> javaPackages = new HashSet<>();
      filesByModule.forEach(
          (module, files) -> {
            addPrefixes(module, packages);
            Kinds kinds = Kinds.of(files);
            if (kinds.files()) {
              addPrefixes(module, pythonPackages);
              topLevel.add(head(module));
            }
            if (kinds.folders()) {
              javaPackages.add(module);
            }
          });
      return new Namespaces(
          Collections.unmodifiableSet(packages),
          Collections.unmodifiableSet(pythonPackages),
          Collections.unmodifiableSet(topLevel),
          RepoIndex.javaRoots(javaPackages));
    }
  }

  public List<FileFacts> files() {
    return files;
  }

  /** Whether {@code name} is a module, a package, or a namespace package of this repository. */
  public boolean isModule(String name) {
    return filesByModule.containsKey(name) || namespaces.packages().contains(name);
  }

  /**
   * Whether {@code name} lies in a package whose contents we cannot see: a Java package whose files
   * declare no types (only {@code package-info.java}) is filled at build time, by relocated or
   * generated classes.
   */
  public boolean isOpaque(String name) {
    for (String prefix = name; !prefix.isEmpty(); prefix = parentName(prefix)) {
      List<FileFacts> files = filesOf(prefix);
      if (!files.isEmpty()
          && files.stream().allMatch(f -> f.language().moduleIsFolder() && f.classes().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** A folder of modules without a package file: it may be shadowed by an installed package. */
  public boolean isNamespacePackage(String name) {
    return namespaces.packages().contains(name) && !filesByModule.containsKey(name);
  }

  /**
   * Whether {@code name} belongs to this repository's own namespace: its first segment is a
   * top-level Python module or package, or it lies within a Java namespace root.
   */
  public boolean isLocal(String name) {
    if (namespaces.topLevelModules().contains(head(name))) {
      return true;
    }
    for (String root : namespaces.javaRoots()) {
      if (name.equals(root) || (name.startsWith(root) && name.charAt(root.length()) == '.')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code other} counts the same names as the repository's own ({@link #isLocal}): the
   * same top-level Python modules and Java namespace roots. A Java package added under an existing
   * root changes neither.
   */
  public boolean sameNamespaces(RepoIndex other) {
    return namespaces.topLevelModules().equals(other.namespaces.topLevelModules())
        && namespaces.javaRoots().equals(other.namespaces.javaRoots());
  }

  /**
   * The Java namespaces this repository owns: the declared packages grouped by their first two
   * segments ({@code com.acme}), each group's longest common prefix. A shared top-level domain such
   * as {@code org} never makes {@code org.junit} look local, and {@code org.apache.commons.io} is
   * not local to a repository of {@code org.apache.commons.lang3}.
   */
  private static Set<String> javaRoots(Set<String> javaPackages) {
    Map<String, String> roots = new HashMap<>();
    for (String pkg : javaPackages) {
      int first = pkg.indexOf('.');
      int second = first < 0 ? -1 : pkg.indexOf('.', first + 1);
      roots.merge(second < 0 ? pkg : pkg.substring(0, second), pkg, RepoIndex::commonPrefix);
    }
    return Set.copyOf(roots.values());
  }

  /** The longest run of whole leading segments two dotted names share; found in place. */
  private static String commonPrefix(String a, String b) {
    int shared = 0;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i <= n; i++) {
      boolean aEnds = i == a.length() || a.charAt(i) == '.';
      boolean bEnds = i == b.length() || b.charAt(i) == '.';
      if (aEnds && bEnds) {
        shared = i;
      } else if (aEnds || bEnds || a.charAt(i) != b.charAt(i)) {
        break;
      }
    }
    return a.substring(0, shared);
  }

  private static String parentName(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  private static String head(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The files that make up a module (one for Python, every file of a Java package). */
  public List<FileFacts> filesOf(String module) {
    List<FileFacts> files = filesByModule.get(module);
    return files == null ? List.of() : files;
  }

  public Optional<ClassFact> classNamed(String qualifiedName) {
    return Optional.ofNullable(definitions.get(qualifiedName)).map(Definition::cls);
  }

  public Collection<ClassFact> classes() {
    return definitions.values().map(Definition::cls).toList();
  }

  /**
   * The file defining a class, or the file of a (Python) module, or of the module containing a
   * name.
   */
  public Optional<String> pathOf(String qualifiedName) {
    String name = canonicalName(qualifiedName);
    // a member of a class (a Java method) lives where its class does, in whichever file
    for (String owner = name; !owner.isEmpty(); owner = parentName(owner)) {
      Definition definition = definitions.get(owner);
      if (definition != null) {
        return Optional.of(definition.file().path());
      }
    }
    // A Python module is one file; a Java package is many, none of which is "the" file of a name.
    return longestModulePrefix(name)
        .map(filesByModule::get)
        .filter(files -> !files.get(0).language().moduleIsFolder())
        .map(files -> files.get(0).path());
  }

  /**
   * Whether {@code module} defines {@code name} (or has a submodule of that name). A module that
   * can bind names dynamically counts as defining everything.
   */
  public boolean defines(String module, String name) {
    if (isModule(module + "." + name) || definitions.containsKey(module + "." + name)) {
      return true;
    }
    return filesOf(module).stream()
        .anyMatch(f -> f.dynamicNamespace() || f.definedNames().contains(name));
  }

  /**
   * The name under which {@code qualifiedName} is defined, following re-exports and aliases: with
   * the package file of {@code pkg} holding {@code from pkg.impl import Thing}, {@code pkg.Thing}
   * is {@code pkg.impl.Thing}. Names outside the repository come back unchanged.
   */
  public String canonicalName(String qualifiedName) {
    List<String> hops = resolution(qualifiedName);
    return hops.get(hops.size() - 1);
  }

  /**
   * The names a use of {@code qualifiedName} passes through, from the name as written to its {@link
   * #canonicalName}: each re-export or alias is one hop ({@code pkg.compat.aws.boto3} then {@code
   * boto3} when {@code pkg/compat/aws.py} imports {@code boto3}).
   */
  public List<String> resolution(String qualifiedName) {
    Optional<String> next = followReexport(qualifiedName);
    if (next.isEmpty()) {
      return List.of(qualifiedName); // most names: the rules resolve every import and reference
    }
    List<String> hops = new ArrayList<>();
    hops.add(qualifiedName);
    for (int hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
      if (next.isEmpty() || hops.contains(next.get())) {
        break;
      }
      hops.add(next.get());
      next = followReexport(next.get());
    }
    return hops;
  }

  /**
   * The files that bind {@code qualifiedName} as written, re-exports not followed: a module's own
   * file (the module {@code pkg/compat} or the package file of {@code pkg/compat}, never the parent
   * package's) or a Java package's files, else the file defining the class (or the class owning the
   * member), else the file of the Python module that binds the name.
   */
  public Set<String> filesBinding(String qualifiedName) {
    Set<String> paths = new LinkedHashSet<>();
    bindingFiles(qualifiedName).forEach(f -> paths.add(f.path()));
    return paths;
  }

  /** The language of the file binding {@code qualifiedName}, when the repository binds it. */
  public Optional<Language> languageOf(String qualifiedName) {
    return bindingFiles(qualifiedName).stream().findFirst().map(FileFacts::language);
  }

  /** {@link #filesBinding}, as facts. */
  private List<FileFacts> bindingFiles(String qualifiedName) {
    if (isModule(qualifiedName)) {
      return filesOf(qualifiedName);
    }
    for (String owner = qualifiedName; !owner.isEmpty(); owner = parentName(owner)) {
      Definition definition = definitions.get(owner);
      if (definition != null) {
        return List.of(definition.file());
      }
    }
    return longestModulePrefix(qualifiedName)
        .map(filesByModule::get)
        .filter(files -> !files.get(0).language().moduleIsFolder())
        .map(files -> List.of(files.get(0)))
        .orElse(List.of());
  }

  /**
   * Whether {@code module}, missing from this repository, lies in a namespace package (a folder
   * without a package file) that is not declared closed: other distributions may provide it.
   */
  public boolean inOpenNamespace(String module, Collection<String> closedNamespaces) {
    for (String prefix = parentName(module); !prefix.isEmpty(); prefix = parentName(prefix)) {
      if (namespaces.pythonPackages().contains(prefix) && !filesByModule.containsKey(prefix)) {
        String namespace = prefix;
        return closedNamespaces.stream()
            .noneMatch(c -> namespace.equals(c) || namespace.startsWith(c + "."));
      }
    }
    return false;
  }

  private Optional<String> followReexport(String name) {
    Set<String> pythonHeads = namespaces.topLevelModules();
    // only a Python module re-exports: most names lie under none, told before any other lookup
    if (pythonHeads.isEmpty()
        || !pythonHeads.contains(head(name))
        || definitions.containsKey(name)
        || filesByModule.containsKey(name)) {
      return Optional.empty();
    }
    Optional<String> module = longestModulePrefix(name);
    if (module.isEmpty()) {
      return Optional.empty();
    }
    String rest = name.substring(module.get().length() + 1);
    int dot = rest.indexOf('.');
    String head = dot < 0 ? rest : rest.substring(0, dot);
    String tail = dot < 0 ? "" : rest.substring(dot);
    // Only Python imports bind names in the module; a Java import is private to its file.
    List<FileFacts> files =
        filesOf(module.get()).stream().filter(f -> !f.language().moduleIsFolder()).toList();
    for (FileFacts file : files) {
      // an alias is assigned after the imports it names: the later binding wins
      for (Alias alias : file.aliases()) {
        if (head.equals(alias.name())) {
          return Optional.of(alias.target() + tail);
        }
      }
      for (ImportFact imp : file.imports()) {
        if (head.equals(imp.localName())) {
          return Optional.of(imp.localTarget() + tail);
        }
      }
    }
    for (FileFacts file : files) {
      if (file.definedNames().contains(head)) {
        return Optional.empty();
      }
      for (ImportFact imp : file.imports()) {
        if (imp.wildcard() && !imp.isStatic()) {
          String candidate = imp.target() + "." + rest;
          if (definitions.containsKey(candidate) || defines(imp.target(), head)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The longest module {@code name} lies within: the name itself when it is a module. */
  private Optional<String> longestModulePrefix(String name) {
    if (filesByModule.containsKey(name)) {
      return Optional.of(name);
    }
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
      String prefix = name.substring(0, dot);
      if (filesByModule.containsKey(prefix)) {
        return Optional.of(prefix);
      }
    }
    return Optional.empty();
  }

  /**
   * Every supertype of a class, transitively, by canonical name; supertypes outside the repository
   * appear but are not expanded further.
   */
  public Set<String> ancestors(String classQualifiedName) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>();
    classNamed(canonicalName(classQualifiedName)).ifPresent(c -> work.addAll(c.bases()));
    while (!work.isEmpty()) {
      String base = canonicalName(work.pop());
      if (seen.add(base)) {
        classNamed(base).ifPresent(c -> work.addAll(c.bases()));
      }
    }
    return seen;
  }

  /**
   * The settings of {@code framework} ({@code pytest}) that govern the file at {@code path}: those
   * of the nearest configuration file above it; empty where none configures the framework.
   */
  public Optional<TestConfig> testConfig(String framework, String path) {
    return testConfigs.of(framework, path);
  }

  /** A class and the file defining it. */
  private record Definition(ClassFact cls, FileFacts file) {}
}
