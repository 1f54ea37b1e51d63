package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.NamePatterns;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code api}: the forbidden attributes and functions may not be used, however they were imported
 * ({@code os.environ["X"]}, {@code environ.get} after {@code from os import environ}, {@code
 * getenv()} after {@code from os import getenv}), nor spelled with a module the file never imports
 * ({@code os.environ} without {@code import os}).
 */
final class ApiRule implements FileRule {
  private final Truth truth;
  private final NamePatterns forbidden;
  private final List<RewriteTemplate> templates = new ArrayList<>();

  ApiRule(Truth truth) {
    this.truth = truth;
    this.forbidden = truth.forbidden();
    truth
        .rewrite()
        .forEach((from, to) -> RewriteTemplate.parse(from, to).ifPresent(templates::add));
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    String use =
        truth.canonical().isEmpty() ? "" : "; use " + String.join(" or ", truth.canonical());
    for (Reference ref : file.references()) {
      String forbidden = this.forbidden.covering(index.canonicalName(ref.qualifiedName()));
      if (forbidden != null) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "uses %s%s".formatted(forbidden, use),
                fix(file, ref, index)));
      }
    }
    for (Reference ref : file.unboundReferences()) {
      String forbidden = QualifiedNames.firstContaining(ref.qualifiedName(), truth.forbids());
      if (forbidden != null) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "uses %s without importing %s%s"
                    .formatted(forbidden, QualifiedNames.head(ref.qualifiedName()), use)));
      }
    }
    return violations;
  }

  /**
   * The first template matching the use, with the canonical name its replacement starts with
   * imported and the old binding gone when nothing else uses it.
   */
  private Optional<Fix> fix(FileFacts file, Reference ref, RepoIndex index) {
    if (truth.canonical().isEmpty()) {
      return Optional.empty();
    }
    String qualified = index.canonicalName(ref.qualifiedName());
    for (RewriteTemplate template : templates) {
      Optional<String> rewritten =
          template.rewrite(ref, qualified, file.language() == Language.JAVA);
      if (rewritten.isEmpty()) {
        continue;
      }
      String canonical = importedName(template.replacementHead());
      Optional<FixEdits.Imported> imported = FixEdits.ensureImported(file, canonical);
      if (imported.isEmpty()) {
        return Optional.empty();
      }
      String simple = QualifiedNames.simpleName(canonical);
      String text = rewritten.get();
      if (text.startsWith(simple)) {
        text = imported.get().localName() + text.substring(simple.length());
      }
      List<TextEdit> edits = new ArrayList<>(imported.get().edits());
      edits.add(new TextEdit(ref.expression(), text));
      edits.addAll(FixEdits.removeBindingIfUnused(file, ref.text(), List.of(ref.expression())));
      return Optional.of(new Fix("rewrite to " + text, edits));
    }
    return Optional.empty();
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
