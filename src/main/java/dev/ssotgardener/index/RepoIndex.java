package dev.ssotgardener.index;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.TestConfig;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about the whole repository: which modules (Python) and packages (Java) exist, which
 * classes are defined where, and how names re-exported through other modules resolve. Built once
 * from all facts; immutable.
 */
public final class RepoIndex {
  /** Re-export chains longer than this are cycles or pathological; stop following them. */
  private static final int MAX_ALIAS_HOPS = 16;

  private final Map<String, List<FileFacts>> filesByModule;
  private final Set<String> packages;
  private final Set<String> pythonPackages;
  private final Set<String> topLevelModules;
  private final Set<String> javaRoots;

  /** Each class by qualified name, with the file defining it: the first file, in files' order. */
  private final Map<String, Definition> definitions;

  private final List<FileFacts> files;
  private final TestConfigs testConfigs;

  private RepoIndex(Collection<FileFacts> facts) {
    Map<String, List<FileFacts>> modules = new HashMap<>();
    Set<String> pkgs = new HashSet<>();
    Set<String> pythonPkgs = new HashSet<>();
    // sized for a Java repository's one or two classes a file: a history walk indexes every tree
    Map<String, Definition> classes = new HashMap<>(2 * facts.size());
    Set<String> topLevel = new HashSet<>();
    Set<String> javaPackages = new HashSet<>();
    Set<String> pythonModules = new HashSet<>();
    // a package's prefixes once per module, not per file: a history walk indexes every tree
    for (FileFacts file : facts) {
      if (file.module().isEmpty()) {
        continue;
      }
      if (file.language().moduleIsFolder()) {
        javaPackages.add(file.module());
      } else {
        topLevel.add(head(file.module()));
      }
      String module = file.module();
      List<FileFacts> inModule = modules.get(module);
      if (inModule == null) {
        inModule = new ArrayList<>();
        modules.put(module, inModule);
        addPrefixes(module, pkgs);
      }
      inModule.add(file);
      if (!file.language().moduleIsFolder() && pythonModules.add(module)) {
        addPrefixes(module, pythonPkgs);
      }
      for (ClassFact cls : file.classes()) {
        classes.putIfAbsent(cls.qualifiedName(), new Definition(cls, file));
      }
    }
    modules.replaceAll((m, list) -> Collections.unmodifiableList(list));
    // Views, not copies: a history walk builds an index per tree, and copying was a third of it.
    this.filesByModule = Collections.unmodifiableMap(modules);
    this.packages = Collections.unmodifiableSet(pkgs);
    this.pythonPackages = Collections.unmodifiableSet(pythonPkgs);
    this.topLevelModules = Collections.unmodifiableSet(topLevel);
    this.javaRoots = javaRoots(javaPackages);
    this.definitions = Collections.unmodifiableMap(classes);
    this.files = Collections.unmodifiableList(new ArrayList<>(facts));
    this.testConfigs = new TestConfigs(facts);
  }

  /**
   * Adds every proper dotted prefix of {@code module} ({@code a}, {@code a.b} of {@code a.b.c}).
   */
  private static void addPrefixes(String module, Set<String> to) {
    for (int dot = module.indexOf('.'); dot > 0; dot = module.indexOf('.', dot + 1)) {
      to.add(module.substring(0, dot));
    }
  }

  public static RepoIndex of(Collection<FileFacts> facts) {
    return new RepoIndex(facts);
  }

  public List<FileFacts> files() {
    return files;
  }

  /** The modules (Python) and packages (Java) files declare. */
  public Set<String> modules() {
    return filesByModule.keySet();
  }

  /** The proper dotted prefixes of {@link #modules}: packages, Python namespace packages. */
  public Set<String> packages() {
    return packages;
  }

  /** Whether {@code name} is a module, a package, or a namespace package of this repository. */
  public boolean isModule(String name) {
    return filesByModule.containsKey(name) || packages.contains(name);
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
    return packages.contains(name) && !filesByModule.containsKey(name);
  }

  /**
   * Whether {@code name} belongs to this repository's own namespace: its first segment is a
   * top-level Python module or package, or it lies within a Java namespace root.
   */
  public boolean isLocal(String name) {
    if (topLevelModules.contains(head(name))) {
      return true;
    }
    for (String root : javaRoots) {
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
    return topLevelModules.equals(other.topLevelModules) && javaRoots.equals(other.javaRoots);
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
    return filesByModule.getOrDefault(module, List.of());
  }

  public Optional<ClassFact> classNamed(String qualifiedName) {
    return Optional.ofNullable(definitions.get(qualifiedName)).map(Definition::cls);
  }

  public Collection<ClassFact> classes() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<ClassFact> iterator() {
        Iterator<Definition> all = definitions.values().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return all.hasNext();
          }

          @Override
          public ClassFact next() {
            return all.next().cls();
          }
        };
      }

      @Override
      public int size() {
        return definitions.size();
      }
    };
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
    Optional<String> first = followReexport(qualifiedName);
    if (first.isEmpty()) {
      return List.of(qualifiedName); // most names: the rules resolve every import and reference
    }
    List<String> hops = new ArrayList<>();
    hops.add(qualifiedName);
    String name = qualifiedName;
    for (int hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
      Optional<String> next = followReexport(name);
      if (next.isEmpty() || hops.contains(next.get())) {
        break;
      }
      name = next.get();
      hops.add(name);
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
      if (pythonPackages.contains(prefix) && !filesByModule.containsKey(prefix)) {
        String namespace = prefix;
        return closedNamespaces.stream()
            .noneMatch(c -> namespace.equals(c) || namespace.startsWith(c + "."));
      }
    }
    return false;
  }

  private Optional<String> followReexport(String name) {
    if (definitions.containsKey(name)
        || filesByModule.containsKey(name)
        || !topLevelModules.contains(head(name))) {
      return Optional.empty(); // only a Python module re-exports, and none holds the name
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
