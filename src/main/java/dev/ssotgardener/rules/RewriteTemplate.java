package dev.ssotgardener.rules;

import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.policy.kinds.RewriteForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code rewrite:} entry of an api truth, {@code "os.getenv({0})": "get_env().get({0})"}: a
 * call or subscript of a qualified name whose placeholders stand for its arguments. One placeholder
 * takes the whole argument text; several take one top-level argument each.
 */
record RewriteTemplate(String head, Usage usage, int placeholders, String replacement) {
  /** The template of a loaded policy; the loader has rejected every key without the form. */
  static RewriteTemplate of(String from, String to) {
    RewriteForm form =
        RewriteForm.parse(from)
            .orElseThrow(() -> new IllegalArgumentException("not a rewrite template: " + from));
    return new RewriteTemplate(
        form.head(), form.call() ? Usage.CALL : Usage.SUBSCRIPT, form.placeholders(), to.strip());
  }

  /**
   * The rewritten text of {@code ref}'s whole expression, when this template matches it. With
   * {@code exactArity} (Java, whose overloads differ by arity) one placeholder matches one argument
   * only; else it takes the whole argument text ({@code os.getenv("X", "d")}).
   */
  Optional<String> rewrite(Reference ref, String qualifiedName, boolean exactArity) {
    if (ref.usage() != usage || !names(qualifiedName) || ref.arguments().isBlank()) {
      return Optional.empty();
    }
    List<String> arguments =
        placeholders == 1 && !exactArity
            ? List.of(ref.arguments().strip())
            : topLevel(ref.arguments());
    if (arguments.size() != placeholders) {
      return Optional.empty();
    }
    String out = replacement;
    for (int i = 0; i < placeholders; i++) {
      out = out.replace("{" + i + "}", arguments.get(i));
    }
    return Optional.of(out);
  }

  /**
   * Whether the template's head names {@code qualifiedName}: in full, or as its trailing parts the
   * way Java code writes an implicitly imported type ({@code System.getenv} for {@code
   * java.lang.System.getenv}).
   */
  private boolean names(String qualifiedName) {
    return qualifiedName.equals(head) || qualifiedName.endsWith("." + head);
  }

  /** The identifier the replacement starts with ({@code get_env} in {@code get_env().get(x)}). */
  String replacementHead() {
    int end = 0;
    while (end < replacement.length() && Character.isJavaIdentifierPart(replacement.charAt(end))) {
      end++;
    }
    return replacement.substring(0, end);
  }

  /** Arguments split at commas outside brackets and string literals. */
  private static List<String> topLevel(String arguments) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(arguments.substring(start, i).strip());
        start = i + 1;
      }
    }
    String rest = arguments.substring(start).strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
