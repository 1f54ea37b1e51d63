package dev.ssotgardener.policy;

import static dev.ssotgardener.policy.ValueReader.child;

import dev.ssotgardener.policy.YamlNode.Entry;
import dev.ssotgardener.policy.YamlNode.Mapping;
import dev.ssotgardener.policy.YamlNode.Mark;
import dev.ssotgardener.policy.YamlNode.Scalar;
import dev.ssotgardener.policy.YamlNode.Sequence;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one entry of {@code truths}, checking its keys against what its kind takes. */
final class TruthReader {
  private static final List<String> KEYS =
      List.of(
          "id",
          "kind",
          "canonical",
          "replaces",
          "forbids",
          "except",
          "names",
          "rewrite",
          "scope",
          "severity",
          "impact",
          "allow",
          "honors");
  private static final List<String> EVERY_KIND =
      List.of("id", "kind", "scope", "severity", "impact", "allow", "honors");
  private static final Pattern HONORED =
      Pattern.compile(
          Pattern.quote(Truth.NOQA)
              + "(:[A-Z]+[0-9]+)?|"
              + Pattern.quote(Truth.CHECKSTYLE)
              + "[A-Za-z]+");
  private static final List<String> KIND_IDS =
      Arrays.stream(TruthKind.values()).map(TruthKind::id).toList();
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ValueReader values;

  /** Ids already declared, with where, to report duplicates against the first. */
  private final Map<String, Mark> seenIds = new LinkedHashMap<>();

  TruthReader(ValueReader values) {
    this.values = values;
  }

  private static List<String> required(TruthKind kind) {
    return kind.descriptor().requiredKeys();
  }

  private static List<String> optional(TruthKind kind) {
    return kind.descriptor().optionalKeys();
  }

  private static boolean takes(TruthKind kind, String key) {
    return EVERY_KIND.contains(key) || required(kind).contains(key) || optional(kind).contains(key);
  }

  Truth read(YamlNode node, String path, boolean hasTestGlobs) throws PolicyException {
    Mapping truth = values.mapping(node, path, "a map with 'id' and 'kind'");
    values.rejectUnknownKeys(truth, path, KEYS);
    String id = id(truth, path);
    TruthKind kind = kind(truth, path);
    for (Entry entry : truth.entries().values()) {
      if (!takes(kind, entry.key())) {
        throw values.error(
            entry.keyMark(),
            child(path, entry.key()),
            "does not apply to kind '" + kind.id() + "' (it takes " + ownKeys(kind) + ")");
      }
    }
    for (String key : required(kind)) {
      if (!truth.entries().containsKey(key)) {
        throw values.error(
            truth.mark(), child(path, key), "missing; kind '" + kind.id() + "' requires it");
      }
    }
    List<String> canonical = list(truth, path, "canonical", required(kind).contains("canonical"));
    checkCanonical(kind, canonical, truth, path);
    List<String> forbids = list(truth, path, "forbids", true);
    List<String> except = list(truth, path, "except", true);
    checkNamePatterns(truth, path, "forbids");
    checkNamePatterns(truth, path, "except");
    return new Truth(
        id,
        kind,
        canonical,
        list(truth, path, "replaces", false),
        forbids,
        list(truth, path, "names", true),
        rewrite(kind, truth, path),
        scope(truth, path, hasTestGlobs),
        severity(truth, path),
        impact(truth, path),
        allow(truth, path),
        except,
        honors(truth, path));
  }

  /** Each entry of {@code key} compiles as a name pattern; the first that does not is the error. */
  private void checkNamePatterns(Mapping truth, String path, String key) throws PolicyException {
    Optional<YamlNode> node = value(truth, key);
    if (node.isEmpty()) {
      return;
    }
    List<String> patterns = values.strings(node.get(), child(path, key), true);
    for (int i = 0; i < patterns.size(); i++) {
      try {
        NamePatterns.of(List.of(patterns.get(i)), List.of());
      } catch (IllegalArgumentException e) {
        YamlNode at = node.get() instanceof Sequence s ? s.items().get(i) : node.get();
        throw values.error(at.mark(), child(path, key) + "[" + i + "]", e.getMessage());
      }
    }
  }

  private List<String> honors(Mapping truth, String path) throws PolicyException {
    List<String> honors = list(truth, path, "honors", true);
    for (int i = 0; i < honors.size(); i++) {
      if (!HONORED.matcher(honors.get(i)).matches()) {
        YamlNode node = value(truth, "honors").orElseThrow();
        YamlNode at = node instanceof Sequence s ? s.items().get(i) : node;
        throw values.error(
            at.mark(),
            child(path, "honors") + "[" + i + "]",
            "unknown mapping '"
                + honors.get(i)
                + "' (expected noqa, noqa:<CODE> like noqa:TID251, or checkstyle:<Check> like"
                + " checkstyle:IllegalImport)");
      }
    }
    return honors;
  }

  private String impact(Mapping truth, String path) throws PolicyException {
    Optional<YamlNode> node = value(truth, "impact");
    return node.isPresent() ? values.string(node.get(), child(path, "impact")) : "";
  }

  private GlobSet allow(Mapping truth, String path) throws PolicyException {
    Optional<YamlNode> node = value(truth, "allow");
    return node.isPresent()
        ? values.globs(node.get(), child(path, "allow"), false)
        : GlobSet.none();
  }

  private static String ownKeys(TruthKind kind) {
    List<String> own =
        KEYS.stream()
            .filter(k -> required(kind).contains(k) || optional(kind).contains(k))
            .toList();
    return String.join(", ", own);
  }

  private static Optional<YamlNode> value(Mapping truth, String key) {
    return Optional.ofNullable(truth.entries().get(key)).map(Entry::value);
  }

  private String id(Mapping truth, String path) throws PolicyException {
    String idPath = child(path, "id");
    YamlNode node =
        value(truth, "id").orElseThrow(() -> values.error(truth.mark(), idPath, "missing"));
    String id = values.string(node, idPath);
    if (!KEBAB_CASE.matcher(id).matches()) {
      throw values.error(
          node.mark(),
          idPath,
          "'" + id + "' is not kebab-case (lowercase letters and digits joined by single '-')");
    }
    if (BuiltinCheck.fromId(id).isPresent()) {
      throw values.error(
          node.mark(), idPath, "'" + id + "' is the id of a built-in check; choose another");
    }
    Mark first = seenIds.putIfAbsent(id, node.mark());
    if (first != null) {
      throw values.error(
          node.mark(), idPath, "duplicate id '" + id + "' (first at line " + first.line() + ")");
    }
    return id;
  }

  private TruthKind kind(Mapping truth, String path) throws PolicyException {
    String kindPath = child(path, "kind");
    YamlNode node =
        value(truth, "kind")
            .orElseThrow(
                () ->
                    values.error(
                        truth.mark(),
                        kindPath,
                        "missing (one of " + String.join(", ", KIND_IDS) + ")"));
    String word = values.string(node, kindPath);
    return TruthKind.fromId(word)
        .orElseThrow(
            () ->
                values.error(
                    node.mark(),
                    kindPath,
                    "unknown kind '"
                        + word
                        + "' (expected one of "
                        + String.join(", ", KIND_IDS)
                        + ")"));
  }

  private List<String> list(Mapping truth, String path, String key, boolean required)
      throws PolicyException {
    Optional<YamlNode> node = value(truth, key);
    return node.isPresent() ? values.strings(node.get(), child(path, key), required) : List.of();
  }

  private void checkCanonical(TruthKind kind, List<String> canonical, Mapping truth, String path)
      throws PolicyException {
    if (canonical.isEmpty()) {
      return;
    }
    Optional<String> problem = kind.descriptor().canonicalProblem(canonical);
    if (problem.isPresent()) {
      YamlNode node = value(truth, "canonical").orElseThrow();
      throw values.error(node.mark(), child(path, "canonical"), problem.get());
    }
  }

  /** The templates, each one a form the kind's rule reads: never one it would have to drop. */
  private Map<String, String> rewrite(TruthKind kind, Mapping truth, String path)
      throws PolicyException {
    Optional<YamlNode> node = value(truth, "rewrite");
    if (node.isEmpty()) {
      return Map.of();
    }
    String rewritePath = child(path, "rewrite");
    Mapping templates =
        values.mapping(node.get(), rewritePath, "a map from forbidden form to canonical form");
    Map<String, String> rewrite = new LinkedHashMap<>();
    for (Entry entry : templates.entries().values()) {
      String entryPath = rewritePath + "['" + entry.key() + "']";
      String to = values.string(entry.value(), entryPath);
      Optional<String> fromProblem = kind.descriptor().rewriteFromProblem(entry.key());
      if (fromProblem.isPresent()) {
        throw values.error(entry.keyMark(), entryPath, fromProblem.get());
      }
      Optional<String> toProblem = kind.descriptor().rewriteToProblem(entry.key(), to);
      if (toProblem.isPresent()) {
        throw values.error(entry.value().mark(), entryPath, toProblem.get());
      }
      rewrite.put(entry.key(), to);
    }
    return rewrite;
  }

  private Scope scope(Mapping truth, String path, boolean hasTestGlobs) throws PolicyException {
    Optional<YamlNode> node = value(truth, "scope");
    if (node.isEmpty()) {
      return new Scope.All();
    }
    String scopePath = child(path, "scope");
    YamlNode scope = node.get();
    if (scope instanceof Sequence) {
      return new Scope.Globs(values.globs(scope, scopePath, true));
    }
    String expected = "expected 'all', 'tests' or a list of globs";
    if (!(scope instanceof Scalar scalar) || scalar.type() != Scalar.Type.STRING) {
      throw values.error(scope.mark(), scopePath, expected + ", found " + scope.describe());
    }
    return switch (scalar.text()) {
      case "all" -> new Scope.All();
      case "tests" -> {
        if (!hasTestGlobs) {
          throw values.error(
              scope.mark(), scopePath, "'tests' needs the top-level 'tests' globs; none are set");
        }
        yield new Scope.Tests();
      }
      default ->
          throw values.error(
              scope.mark(), scopePath, "unknown scope '" + scalar.text() + "' (" + expected + ")");
    };
  }

  private Severity severity(Mapping truth, String path) throws PolicyException {
    Optional<YamlNode> node = value(truth, "severity");
    if (node.isEmpty()) {
      return Severity.ERROR;
    }
    String word = values.word(node.get(), child(path, "severity"));
    return switch (word) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default ->
          throw values.error(
              node.get().mark(),
              child(path, "severity"),
              "unknown severity '" + word + "' (expected error or warning)");
    };
  }
}
