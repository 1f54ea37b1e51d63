package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.NamePatterns;
import dev.ssotgardener.policy.Truth;
import java.util.List;

/**
 * Whether a name written in a file reaches one of a truth's forbidden names, following re-exports
 * and aliases hop by hop. A name reached only through a canonical, or through a module the truth
 * allows or exempts (the canonical's own files), is compliant: that is the way the policy asks for.
 */
final class ForbiddenNames {
  private final Truth truth;
  private final NamePatterns patterns;

  ForbiddenNames(Truth truth) {
    this.truth = truth;
    this.patterns = truth.forbidden();
  }

  /**
   * The forbidden name {@code qualifiedName}, as written in {@code file}, reaches; null when it
   * reaches none, reaches one only through a canonical or an allowed module, or is the file's own
   * definition (a definition is not a use of itself).
   */
  String reached(String qualifiedName, FileFacts file, RepoIndex index) {
    List<String> hops = index.resolution(qualifiedName);
    int at = -1;
    String forbidden = null;
    for (int i = 0; i < hops.size() && forbidden == null; i++) {
      forbidden = patterns.covering(hops.get(i));
      at = i;
    }
    if (forbidden == null || definedIn(file, qualifiedName)) {
      return null;
    }
    for (int i = 0; i < at; i++) {
      if (sanctioned(hops.get(i), index)) {
        return null;
      }
    }
    return forbidden;
  }

  private boolean sanctioned(String hop, RepoIndex index) {
    if (QualifiedNames.firstContaining(hop, truth.canonical()) != null) {
      return true;
    }
    for (String path : index.filesBinding(hop)) {
      if (truth.allow().matches(path) || canonicalFile(path, index)) {
        return true;
      }
    }
    return false;
  }

  private boolean canonicalFile(String path, RepoIndex index) {
    return truth.canonical().stream().anyMatch(c -> index.filesBinding(c).contains(path));
  }

  /** Whether {@code name} is bound by {@code file} itself: its own function, class or member. */
  private static boolean definedIn(FileFacts file, String name) {
    if (Dialects.of(file.language()).filter(Dialect::modulesDefineFunctions).isPresent()
        && !file.module().isEmpty()) {
      for (String own : file.definedNames()) {
        if (QualifiedNames.within(name, file.module() + "." + own)
            && file.imports().stream().noneMatch(i -> own.equals(i.localName()))) {
          return true;
        }
      }
      return false;
    }
    for (ClassFact cls : file.classes()) {
      if (QualifiedNames.within(name, cls.qualifiedName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "; use X or Y": the canonicals a file of this language can use (a truth may list a Python and a
   * Java name); those the repository does not locate are kept, as their language is not known.
   */
  String advice(FileFacts file, RepoIndex index) {
    List<String> mine =
        truth.canonical().stream()
            .filter(c -> index.languageOf(c).map(l -> l == file.language()).orElse(true))
            .toList();
    List<String> offered = mine.isEmpty() ? truth.canonical() : mine;
    return offered.isEmpty() ? "" : "; use " + String.join(" or ", offered);
  }
}
