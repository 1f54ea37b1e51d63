package dev.ssotgardener.lang;

import dev.ssotgardener.facts.SyntaxError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a tree's error and missing nodes into {@link SyntaxError}s a user can read: the unexpected
 * token or the missing one, in source order, at most {@value #MAX_SYNTAX_ERRORS}.
 */
public final class SyntaxErrors {
  private static final int MAX_SYNTAX_ERRORS = 20;
  private static final int MAX_TOKEN = 20;

  public List<SyntaxError> of(List<TextRange> errors, List<MissingNode> missing, LineMap lines) {
    String text = lines.text();
    List<SyntaxError> out = new ArrayList<>();
    for (TextRange error : errors) {
      String token = error.of(text).strip().split("\\s", 2)[0];
      if (token.length() > MAX_TOKEN) {
        token = token.substring(0, MAX_TOKEN) + "…";
      }
      String message = token.isEmpty() ? "unexpected end of input" : "unexpected " + token;
      out.add(new SyntaxError(lines.span(error.start(), error.end()), message));
    }
    for (MissingNode node : missing) {
      out.add(
          new SyntaxError(
              lines.span(node.node().start(), node.node().end()), "missing " + node.type()));
    }
    out.sort(
        Comparator.comparingInt((SyntaxError e) -> e.span().startLine())
            .thenComparingInt(e -> e.span().startColumn()));
    return out.size() > MAX_SYNTAX_ERRORS ? List.copyOf(out.subList(0, MAX_SYNTAX_ERRORS)) : out;
  }
}
