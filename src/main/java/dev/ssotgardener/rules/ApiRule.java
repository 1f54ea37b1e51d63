package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code api}: the forbidden attributes and functions may not be used, however they were imported
 * ({@code os.environ["X"]}, {@code environ.get} after {@code from os import environ}, {@code
 * getenv()} after {@code from os import getenv}), nor spelled with a module the file never imports
 * ({@code os.environ} without {@code import os}).
 */
final class ApiRule implements FileRule {
  private final Truth truth;
  private final ForbiddenNames forbiddenNames;
  private final List<RewriteTemplate> templates = new ArrayList<>();

  ApiRule(Truth truth) {
    this.truth = truth;
    this.forbiddenNames = new ForbiddenNames(truth);
    truth.rewrite().forEach((from, to) -> templates.add(RewriteTemplate.of(from, to)));
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    Set<String> aliases = new HashSet<>();
    file.aliases().forEach(a -> aliases.add(a.name()));
    for (Reference ref : file.references()) {
      // a use through a local alias is judged at the alias's assignment, which names the thing
      if (aliases.contains(ref.text().split("\\.", 2)[0])) {
        continue;
      }
      String forbidden = forbiddenNames.reached(ref.qualifiedName(), file, index);
      if (forbidden != null) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "uses %s%s".formatted(forbidden, forbiddenNames.advice(file, index)),
                remedy(file, ref, index)));
      }
    }
    for (Reference ref : file.unboundReferences()) {
      String forbidden = truth.forbidden().covering(ref.qualifiedName());
      if (forbidden != null) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "uses %s without importing %s%s"
                    .formatted(
                        forbidden,
                        QualifiedNames.head(ref.qualifiedName()),
                        forbiddenNames.advice(file, index)),
                "%s names a module the file never imports, so no rewrite can be checked"
                    .formatted(QualifiedNames.head(ref.qualifiedName()))));
      }
    }
    return violations;
  }

  /**
   * The first template matching the use, with the canonical name its replacement starts with
   * imported and the old binding gone when nothing else uses it.
   */
  private Remedy remedy(FileFacts file, Reference ref, RepoIndex index) {
    if (truth.canonical().isEmpty()) {
      return Remedy.none("the truth names no canonical replacement");
    }
    if (templates.isEmpty()) {
      return Remedy.none("the truth declares no rewrite: template");
    }
    String qualified = index.canonicalName(ref.qualifiedName());
    for (RewriteTemplate template : templates) {
      Optional<String> rewritten =
          template.rewrite(
              ref,
              qualified,
              Dialects.of(file.language()).filter(Dialect::overloadsByArity).isPresent());
      if (rewritten.isEmpty()) {
        continue;
      }
      String canonical = importedName(template.replacementHead());
      Attempt<FixEdits.Imported> imported = FixEdits.ensureImported(file, canonical);
      if (imported.failed()) {
        return Remedy.none(imported.reason());
      }
      String simple = QualifiedNames.simpleName(canonical);
      String text = rewritten.get();
      if (text.startsWith(simple)) {
        text = imported.value().localName() + text.substring(simple.length());
      }
      List<TextEdit> edits = new ArrayList<>(imported.value().edits());
      edits.add(new TextEdit(ref.expression(), text));
      edits.addAll(FixEdits.removeBindingIfUnused(file, ref.text(), List.of(ref.expression())));
      return Remedy.of(new Fix("rewrite to " + text, edits, FixLevel.DECISION));
    }
    return Remedy.none(
        "no rewrite: template of the truth matches this use (%s)".formatted(ref.text()));
  }

  /**
   * What to import for a replacement starting with {@code head}: the canonical name, or the class
   * holding it ({@code com.x.IsolatedEnvironment} of {@code com.x.IsolatedEnvironment.get}), whose
   * simple name is {@code head}; else the first canonical name.
   */
  private String importedName(String head) {
    for (String canonical : truth.canonical()) {
      for (String name = canonical; !name.isEmpty(); name = QualifiedNames.parent(name)) {
        if (QualifiedNames.simpleName(name).equals(head) && name.contains(".")) {
          return name;
        }
      }
    }
    return truth.canonical().get(0);
  }
}
