package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Descriptor;
import dev.ssotgardener.policy.kinds.RuleDoc;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every truth kind and built-in check has a doc with the fixed sections, and its examples are true:
 * each language's before-example, written into a repository with the doc's own policy, is reported
 * by the real auditor as that kind or check, and the after-example is reported for nothing.
 */
class RuleDocsTest {
  /** Every language has an example in every doc: {@code python}, {@code java}. */
  private static final List<String> LANGUAGES =
      Dialects.all().stream().map(d -> d.language().name().toLowerCase(Locale.ROOT)).toList();

  private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");
  private static final Pattern BLOCK =
      Pattern.compile("(?ms)^```(\\w+) (before|after|context|policy) ?(\\S*)\\n(.*?)^```$");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> docs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TruthKind kind : TruthKind.values()) {
      add(tests, kind.descriptor(), f -> f.kind().equals(kind.id()));
    }
    for (BuiltinCheck check : BuiltinCheck.values()) {
      if (check.readsHistory()) {
        // One tree cannot show a lossy merge: its examples are merge commits, proved by
        // merges.MergeScannerTest on scripted histories; here only the doc's sections are checked.
        tests.add(
            DynamicTest.dynamicTest(check.id() + " sections", () -> sections(check.descriptor())));
        continue;
      }
      add(tests, check.descriptor(), f -> f.truth().equals(check.id()));
    }
    return tests.stream();
  }

  private void add(List<DynamicTest> tests, Descriptor descriptor, Predicate<Finding> reported) {
    tests.add(DynamicTest.dynamicTest(descriptor.id() + " sections", () -> sections(descriptor)));
    for (String language : LANGUAGES) {
      tests.add(
          DynamicTest.dynamicTest(
              descriptor.id() + " " + language + " example",
              () -> example(descriptor, language, reported)));
    }
  }

  private static void sections(Descriptor descriptor) {
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(descriptor.doc());
    while (m.find()) {
      headings.add(m.group(1).strip());
    }
    assertThat(headings).as("sections of %s", descriptor.docResource()).isEqualTo(RuleDoc.SECTIONS);
    assertThat(descriptor.doc()).startsWith("# " + descriptor.id() + "\n");
  }

  private void example(Descriptor descriptor, String language, Predicate<Finding> reported)
      throws Exception {
    List<Block> blocks = blocks(descriptor.doc());
    Block policy = only(blocks, "yaml", "policy", descriptor);
    Block before = only(blocks, language, "before", descriptor);
    Block after = only(blocks, language, "after", descriptor);
    assertThat(before.path()).isEqualTo(after.path());

    // one @TempDir serves every dynamic test of the factory: each example gets its own folder
    Path dir = Files.createTempDirectory(temp, descriptor.id() + "-" + language);
    List<Finding> beforeFindings = audit(dir.resolve("before"), policy, blocks, language, before);
    assertThat(beforeFindings)
        .as("%s's %s before-example must be reported", descriptor.id(), language)
        .anyMatch(reported);
    List<Finding> afterFindings = audit(dir.resolve("after"), policy, blocks, language, after);
    assertThat(afterFindings)
        .as("%s's %s after-example must be clean", descriptor.id(), language)
        .isEmpty();
  }

  private static List<Finding> audit(
      Path root, Block policy, List<Block> blocks, String language, Block example)
      throws Exception {
    Files.createDirectories(root);
    Files.writeString(root.resolve("ssot.yml"), policy.text());
    for (Block block : blocks) {
      if (block.language().equals(language) && block.role().equals("context")) {
        write(root, block);
      }
    }
    write(root, example);
    Policy loaded = new PolicyLoader().loadFromRoot(root).orElseThrow();
    AuditResult result = new Auditor(loaded, WalkOptions.defaults()).audit(root);
    return result.findings();
  }

  private static void write(Path root, Block block) throws Exception {
    Path file = root.resolve(block.path());
    Files.createDirectories(file.getParent());
    Files.writeString(file, block.text());
  }

  private static Block only(List<Block> blocks, String language, String role, Descriptor d) {
    List<Block> found =
        blocks.stream()
            .filter(b -> b.language().equals(language) && b.role().equals(role))
            .toList();
    assertThat(found).as("%s has one ```%s %s block", d.docResource(), language, role).hasSize(1);
    return found.get(0);
  }

  private static List<Block> blocks(String doc) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return blocks;
  }

  /** One fenced example: {@code ```python before tests/test_users.py}. */
  private record Block(String language, String role, String path, String text) {}
}
