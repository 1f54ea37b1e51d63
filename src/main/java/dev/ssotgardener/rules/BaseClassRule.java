package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code base-class}: every test class must inherit one of the canonical bases, directly or through
 * repository classes. A test class is one its test framework runs ({@link TestClasses}); a class
 * that inherits a {@code replaces} base is reported too, unless it is defined in a function, where
 * no framework collects it.
 */
final class BaseClassRule implements FileRule {
  private final Truth truth;
  private final TestClasses testClasses;

  BaseClassRule(Truth truth, TestClasses testClasses) {
    this.truth = truth;
    this.testClasses = testClasses;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    // a canonical may be written as an alias or re-export of the class it names
    Set<String> canonicals = new HashSet<>(truth.canonical());
    truth.canonical().forEach(c -> canonicals.add(index.canonicalName(c)));
    for (ClassFact cls : file.classes()) {
      if (canonicals.contains(cls.qualifiedName()) || cls.nesting() == ClassFact.Nesting.LOCAL) {
        continue;
      }
      Set<String> ancestors = index.ancestors(cls.qualifiedName());
      if (ancestors.stream().anyMatch(canonicals::contains)) {
        continue;
      }
      String replaced =
          truth.replaces().stream().filter(ancestors::contains).findFirst().orElse(null);
      if (replaced != null) {
        violations.add(
            new Violation(
                file.path(),
                cls.span(),
                "class %s inherits %s; inherit %s".formatted(cls.name(), replaced, canonicalList()),
                remedy(file, cls, replaced, index)));
      } else if (testClasses.isTestClass(file, cls, index)) {
        violations.add(
            new Violation(
                file.path(),
                cls.span(),
                "test class %s does not inherit %s".formatted(cls.name(), canonicalList()),
                "it inherits no replaced base to swap; which base it should gain is a person's"
                    + " call"));
      }
    }
    return violations;
  }

  /**
   * Swaps a directly written {@code replaces} base for its canonical counterpart (the canonical at
   * the same position, else the first) and imports it; the old base's import goes when unused.
   */
  private Remedy remedy(FileFacts file, ClassFact cls, String replaced, RepoIndex index) {
    int at = -1;
    for (int i = 0; i < cls.bases().size(); i++) {
      if (index.canonicalName(cls.bases().get(i)).equals(replaced)) {
        at = i;
      }
    }
    if (at < 0) {
      return Remedy.none(
          ("only a replaced base written in the class itself is swapped: %s inherits %s through"
                  + " another base")
              .formatted(cls.name(), replaced));
    }
    if (cls.baseSpans().size() != cls.bases().size()) {
      return Remedy.none("the bases of %s are not all written as names".formatted(cls.name()));
    }
    int position = truth.replaces().indexOf(replaced);
    String canonical =
        truth.canonical().size() == truth.replaces().size()
            ? truth.canonical().get(position)
            : truth.canonical().get(0);
    Span base = cls.baseSpans().get(at);
    Attempt<FixEdits.Imported> imported = FixEdits.ensureImported(file, canonical);
    Optional<Reference> written =
        file.references().stream().filter(r -> r.span().equals(base)).findFirst();
    if (written.isEmpty()) {
      return Remedy.none(
          ("only a replaced base written in the class itself, through a named import or in full,"
                  + " is swapped: %s's base %s is neither")
              .formatted(cls.name(), replaced));
    }
    if (imported.failed()) {
      return Remedy.none(imported.reason());
    }
    List<TextEdit> edits = new ArrayList<>(imported.value().edits());
    edits.add(new TextEdit(base, imported.value().localName()));
    edits.addAll(FixEdits.removeBindingIfUnused(file, written.get().text(), List.of(base)));
    return Remedy.of(
        new Fix(
            "inherit %s instead of %s"
                .formatted(QualifiedNames.simpleName(canonical), written.get().text()),
            edits,
            FixLevel.DECISION));
  }

  private String canonicalList() {
    return truth.canonical().size() == 1
        ? truth.canonical().get(0)
        : "one of " + String.join(", ", truth.canonical());
  }
}
