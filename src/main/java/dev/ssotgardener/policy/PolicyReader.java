package dev.ssotgardener.policy;

import static dev.ssotgardener.policy.ValueReader.child;

import dev.ssotgardener.policy.YamlNode.Entry;
import dev.ssotgardener.policy.YamlNode.Mapping;
import dev.ssotgardener.policy.YamlNode.Scalar;
import dev.ssotgardener.policy.YamlNode.Sequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the YAML of one policy file into a {@link Policy}, failing on the first problem. */
final class PolicyReader {
  private static final List<String> KEYS =
      List.of(
          "version",
          "tests",
          "golden-path",
          "exclude",
          "test-class-names",
          "truths",
          "checks",
          "test-command",
          "compile-command",
          "closed-namespaces");
  private static final String EXTENSION_PREFIX = "x-";
  private static final List<String> CHECK_IDS =
      Arrays.stream(BuiltinCheck.values()).map(BuiltinCheck::id).toList();

  private final ValueReader values;

  PolicyReader(ValueReader values) {
    this.values = values;
  }

  Policy read(YamlNode root, Path source) throws PolicyException {
    Mapping policy =
        values.mapping(root, "", "a map of policy keys (" + String.join(", ", KEYS) + ")");
    values.rejectUnknownKeys(withoutExtensions(policy), "", KEYS);
    version(policy);
    GlobSet tests = globs(policy, "tests");
    GlobSet goldenPath = globs(policy, "golden-path");
    Map<BuiltinCheck, Severity> checks = checks(policy);
    List<Truth> truths = truths(policy, !tests.patterns().isEmpty());
    return new Policy(
        Optional.of(source),
        tests,
        goldenPath,
        truths,
        checks,
        command(policy, "test-command"),
        command(policy, "compile-command"),
        classNames(policy, "test-class-names"),
        globs(policy, "exclude"),
        // test-class-names are globs over class names, not paths: no file to match
        values.globSites().stream().filter(g -> !g.key().startsWith("test-class-names")).toList(),
        closedNamespaces(policy));
  }

  /** Dotted package names; a name that is not one is an error at its place. */
  private List<String> closedNamespaces(Mapping policy) throws PolicyException {
    Entry entry = policy.entries().get("closed-namespaces");
    if (entry == null) {
      return List.of();
    }
    List<String> names = values.strings(entry.value(), "closed-namespaces", true);
    for (String name : names) {
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
        throw values.error(
            entry.value().mark(),
            "closed-namespaces",
            "'" + name + "' is not a dotted package name like 'acme' or 'acme.plugins'");
      }
    }
    return names;
  }

  /**
   * The policy less its {@code x-} keys, which hold values to reuse through YAML anchors ({@code
   * x-generated: &generated [...]}) and mean nothing themselves, as in Compose files.
   */
  private static Mapping withoutExtensions(Mapping policy) {
    Map<String, Entry> kept = new LinkedHashMap<>(policy.entries());
    kept.keySet().removeIf(key -> key.startsWith(EXTENSION_PREFIX));
    return new Mapping(kept, policy.mark());
  }

  private Optional<String> command(Mapping policy, String key) throws PolicyException {
    Entry entry = policy.entries().get(key);
    return entry == null ? Optional.empty() : Optional.of(values.string(entry.value(), key));
  }

  private void version(Mapping policy) throws PolicyException {
    Entry entry = policy.entries().get("version");
    if (entry == null) {
      throw values.error(policy.mark(), "version", "missing; start the policy with 'version: 1'");
    }
    YamlNode node = entry.value();
    if (!(node instanceof Scalar scalar)
        || scalar.type() != Scalar.Type.NUMBER
        || !scalar.text().matches("[0-9]+")) {
      throw values.error(node.mark(), "version", "expected the number 1, found " + node.describe());
    }
    if (!scalar.text().equals("1")) {
      throw values.error(
          node.mark(),
          "version",
          "unsupported version " + scalar.text() + " (this ssot-gardener reads version 1)");
    }
  }

  private GlobSet globs(Mapping policy, String key) throws PolicyException {
    Entry entry = policy.entries().get(key);
    return entry == null ? GlobSet.none() : values.globs(entry.value(), key, false);
  }

  /** Globs over simple class names: a path or a dotted name there would never match. */
  private GlobSet classNames(Mapping policy, String key) throws PolicyException {
    GlobSet names = globs(policy, key);
    for (String pattern : names.patterns()) {
      if (pattern.contains("/") || pattern.contains(".")) {
        throw values.error(
            policy.entries().get(key).value().mark(),
            key,
            "'" + pattern + "' is not a simple class name pattern (such as '*Test' or 'Test*')");
      }
    }
    return names;
  }

  private Map<BuiltinCheck, Severity> checks(Mapping policy) throws PolicyException {
    Map<BuiltinCheck, Severity> checks = Policy.defaultChecks();
    Entry entry = policy.entries().get("checks");
    if (entry == null) {
      return checks;
    }
    Mapping levels =
        values.mapping(entry.value(), "checks", "a map from built-in check to error|warning|off");
    for (Entry level : levels.entries().values()) {
      String path = child("checks", level.key());
      BuiltinCheck check =
          BuiltinCheck.fromId(level.key())
              .orElseThrow(
                  () ->
                      values.error(
                          level.keyMark(),
                          path,
                          "unknown check" + ValueReader.hint(level.key(), CHECK_IDS)));
      String word = values.word(level.value(), path);
      switch (word) {
        case "error" -> checks.put(check, Severity.ERROR);
        case "warning" -> checks.put(check, Severity.WARNING);
        case "off" -> checks.remove(check);
        default ->
            throw values.error(
                level.value().mark(),
                path,
                "unknown level '" + word + "' (expected error, warning or off)");
      }
    }
    return checks;
  }

  private List<Truth> truths(Mapping policy, boolean hasTestGlobs) throws PolicyException {
    Entry entry = policy.entries().get("truths");
    if (entry == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Sequence sequence)) {
      throw values.error(
          entry.value().mark(),
          "truths",
          "expected a list of truths, found " + entry.value().describe());
    }
    TruthReader reader = new TruthReader(values);
    List<Truth> truths = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      truths.add(reader.read(item, "truths[" + truths.size() + "]", hasTestGlobs));
    }
    return truths;
  }
}
