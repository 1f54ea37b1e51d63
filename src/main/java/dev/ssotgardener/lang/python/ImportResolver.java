package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.NodeRanges;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Except;
import dev.ssotgardener.lang.python.Captures.Expectation;
import dev.ssotgardener.lang.python.Captures.ImportKind;
import dev.ssotgardener.lang.python.Captures.ImportName;
import dev.ssotgardener.lang.python.Captures.Try;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the captured import statements of one file into absolute {@link ImportFact}s. */
final class ImportResolver {
  /** Handlers that catch a failing import. */
  /** {@code pytest.raises}, {@code self.assertRaises}, {@code self.assertRaisesRegex}. */
  private static final Pattern EXPECTS_RAISE =
      Pattern.compile("(?:[\\w.]*\\.)?(?:raises|assertRaises|assertRaisesRegex)");

  private static final Set<String> IMPORT_FAILURES =
      Set.of("ImportError", "ModuleNotFoundError", "Exception", "BaseException");

  private final String module;
  private final boolean packageInit;

  /**
   * @param module the importing file's module
   * @param packageInit the file is a package's {@code __init__}, which relative imports start from
   */
  ImportResolver(String module, boolean packageInit) {
    this.module = module;
    this.packageInit = packageInit;
  }

  /** One fact per captured name, in the order of {@link Captures#imports()}. */
  List<ImportFact> resolve(Captures captures, LineMap lines) {
    String text = lines.text();
    NodeRanges<TextRange> guards = new NodeRanges<>(guardedBodies(captures, text), body -> body);
    List<ImportFact> out = new ArrayList<>();
    for (ImportName name : captures.imports()) {
      TextRange statement = name.statement();
      boolean guarded = guards.anyContains(statement);
      var span = lines.span(statement.start(), statement.end());
      String alias = name.alias() == null ? null : name.alias().of(text);
      var nameSpan =
          name.name() == null
              ? span
              : lines.span(
                  name.name().start(), (name.alias() == null ? name.name() : name.alias()).end());
      if (name.kind() == ImportKind.PLAIN) {
        String dotted = Names.normalize(name.name().of(text));
        String local = alias != null ? alias : Names.head(dotted);
        String localTarget = alias != null ? dotted : local;
        out.add(
            new ImportFact(
                dotted, dotted, null, local, localTarget, false, guarded, false, span, nameSpan));
        continue;
      }
      String from =
          name.kind() == ImportKind.FUTURE
              ? "__future__"
              : absolute(Names.normalize(name.module().of(text)));
      if (name.name() == null) {
        out.add(new ImportFact(from, from, null, null, null, true, guarded, false, span));
        continue;
      }
      String member = Names.normalize(name.name().of(text));
      if (member.isEmpty()) {
        continue; // `from x import ( )`, recovered from a syntax error: it binds nothing
      }
      String target = from.isEmpty() ? member : from + "." + member;
      String local = alias != null ? alias : member;
      out.add(
          new ImportFact(
              target, from, member, local, target, false, guarded, false, span, nameSpan));
    }
    return out;
  }

  /** The {@code from} module made absolute: leading dots climb from the importing package. */
  private String absolute(String from) {
    int level = 0;
    while (level < from.length() && from.charAt(level) == '.') {
      level++;
    }
    if (level == 0) {
      return from;
    }
    String base = packageInit ? module : parent(module);
    for (int i = 1; i < level; i++) {
      base = parent(base);
    }
    String rest = from.substring(level);
    if (base.isEmpty() || rest.isEmpty()) {
      return base + rest;
    }
    return base + "." + rest;
  }

  private static String parent(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? "" : dotted.substring(0, dot);
  }

  /**
   * Bodies of the {@code try} statements one of whose handlers catches a failed import, and of the
   * {@code with pytest.raises(ImportError):} blocks that expect one (a test that the legacy module
   * is gone).
   */
  private static List<TextRange> guardedBodies(Captures captures, String text) {
    List<TextRange> bodies = new ArrayList<>();
    for (Expectation expected : captures.expectations()) {
      if (EXPECTS_RAISE.matcher(expected.function().of(text)).matches()
          && namesImportFailure(expected.type().of(text))) {
        bodies.add(expected.body());
      }
    }
    // A handler belongs to the innermost `try` that contains it.
    NodeRanges<Try> tries = new NodeRanges<>(captures.tries(), Try::node);
    for (Except handler : captures.excepts()) {
      Try attempt = tries.innermost(handler.node());
      if (attempt != null && catchesImportFailure(handler, text)) {
        bodies.add(attempt.body());
      }
    }
    return bodies;
  }

  private static boolean catchesImportFailure(Except handler, String text) {
    return handler.value() == null
        || namesImportFailure(handler.value().of(text).replaceAll("\\s+as\\s+\\w+\\s*$", ""));
  }

  /** Whether an exception type, or a tuple of them, includes a failed import. */
  private static boolean namesImportFailure(String types) {
    for (String type : types.replaceAll("[()\\s\\\\]", "").split(",")) {
      if (IMPORT_FAILURES.contains(type.substring(type.lastIndexOf('.') + 1))) {
        return true;
      }
    }
    return false;
  }
}
