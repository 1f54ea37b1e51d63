package dev.ssotgardener.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.junit.jupiter.api.Test;

/** The literal pre-check may only skip rules JGit would not match: answers stay JGit's. */
class IgnoreRulesTest {
  private static final String GITIGNORE =
      String.join(
          "\n",
          "__pycache__/",
          "*.py[cod]",
          "*$py.class",
          "build/",
          "/.venv",
          "reports/coverage/html/",
          "**/logs/**",
          "a/*/b",
          "*.log",
          "!keep.log",
          "\\#hash",
          "trailing  ",
          "[!x]y.txt",
          "[._]*.s[a-v][a-z]",
          "[Dd]esktop.ini",
          "[]q]z.cfg",
          "[!]q]w.cfg",
          "[^p]v.cfg",
          "[unclosed.cfg",
          "docs/_build/",
          "a/b/c.txt",
          "x/y*",
          "**/deep/er/file",
          "!docs/_build/keep",
          "doc/**/*.md",
          "?at",
          "node_modules",
          "caf\u00e9",
          "*");

  private static final List<String> PATHS =
      List.of(
          "__pycache__",
          "pkg/__pycache__",
          "pkg/__pycache__/m.pyc",
          "m.pyc",
          "m.py",
          "x$py.class",
          "build",
          "src/build",
          "src/build/out.txt",
          ".venv",
          "sub/.venv",
          "reports/coverage/html",
          "x/reports/coverage/html",
          "logs/a.txt",
          "deep/logs/x/y",
          "a/q/b",
          "a/q/r/b",
          "run.log",
          "keep.log",
          "dir/keep.log",
          "#hash",
          "trailing",
          "zy.txt",
          "xy.txt",
          "doc/a/b/c.md",
          "doc/c.md",
          "cat",
          "at",
          "web/node_modules",
          "web/node_modules/x.js",
          "plain.txt",
          ".x.swp",
          "_y.sxz",
          "d/.a.sbx",
          "a.sb",
          "Desktop.ini",
          "sub/desktop.ini",
          "esktop.ini",
          "]z.cfg",
          "qz.cfg",
          "az.cfg",
          "aw.cfg",
          "]w.cfg",
          "xv.cfg",
          "pv.cfg",
          "[unclosed.cfg",
          "unclosed.cfg",
          "caf\u00e9",
          "d/caf\u00e9",
          "cafe",
          "docs/_build",
          "docs/_build/x.html",
          "sub/docs/_build",
          "docs/_buildx",
          "a/b/c.txt",
          "q/a/b/c.txt",
          "a/b/c.txtx",
          "x/yz",
          "w/x/yz",
          "x/y",
          "m/deep/er/file",
          "deep/er/file",
          "deep/er/filex",
          "m/deep/er");

  @Test
  void answersAsJgitForEveryRulePrefixAndPath() throws IOException {
    String[] lines = GITIGNORE.split("\n");
    for (int n = 1; n <= lines.length; n++) {
      // every prefix of the rules, so each rule gets its turn as the last (deciding) one
      String text = String.join("\n", List.of(lines).subList(0, n)) + "\n";
      IgnoreNode jgit = node(text);
      IgnoreRules ours = IgnoreRules.none().with(node(text), "");
      IgnoreRules nested = IgnoreRules.none().with(node(text), "sub");
      for (String path : PATHS) {
        for (boolean directory : new boolean[] {false, true}) {
          Boolean expected = jgit.checkIgnored(path, directory);
          assertThat(isIgnored(ours, path, directory))
              .as("%s (directory %s) with %d rules", path, directory, n)
              .isEqualTo(expected != null && expected);
          assertThat(isIgnored(nested, "sub/" + path, directory))
              .as("sub/%s", path)
              .isEqualTo(expected != null && expected);
        }
      }
    }
  }

  @Test
  void rulesDerivedDirectoryByDirectoryAnswerAsRulesMadeForTheDirectory() throws IOException {
    // The walker derives a subdirectory's rules from its parent's, with or without an ignore file
    // of its own on top; every path must be judged as by rules made for its directory at once.
    String allButTheLastCatchAll = GITIGNORE.substring(0, GITIGNORE.lastIndexOf('\n'));
    IgnoreRules root = IgnoreRules.none().with(node(allButTheLastCatchAll), "");
    IgnoreRules ownAtDoc = root.with(node("!c.md\nb/\n"), "doc");
    for (String path : PATHS) {
      String[] parts = path.split("/");
      IgnoreRules rules = root;
      IgnoreRules.InDirectory derived = root.in("");
      StringBuilder dir = new StringBuilder();
      for (int i = 0; i < parts.length - 1; i++) {
        dir.append(i == 0 ? "" : "/").append(parts[i]);
        IgnoreRules sub = dir.toString().equals("doc") ? ownAtDoc : rules;
        derived = derived.below(parts[i], sub);
        rules = sub;
      }
      String name = parts[parts.length - 1];
      for (boolean directory : new boolean[] {false, true}) {
        assertThat(derived.isIgnored(name, directory))
            .as("%s (directory %s)", path, directory)
            .isEqualTo(rules.in(dir.toString()).isIgnored(name, directory));
      }
    }
  }

  /** As the walker asks: the rules of the entry's directory, then the entry's name. */
  private static boolean isIgnored(IgnoreRules rules, String path, boolean directory) {
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash);
    return rules.in(dir).isIgnored(path.substring(slash + 1), directory);
  }

  private static IgnoreNode node(String text) throws IOException {
    IgnoreNode node = new IgnoreNode();
    node.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return node;
  }
}
