package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.EntryPoint;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.Method;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code public static void main(String[])} methods of one Java text's named types. */
final class JavaEntryPoints {
  private static final Pattern WORD_PUBLIC = Pattern.compile("\\bpublic\\b");
  private static final Pattern WORD_STATIC = Pattern.compile("\\bstatic\\b");
  private static final Pattern MAIN_PARAMETERS =
      Pattern.compile(
          "\\((final)?(java\\.lang\\.)?String(\\[]|\\.\\.\\.)[\\p{L}\\p{N}_$]+(\\[])?\\)");

  private JavaEntryPoints() {}

  /** Each {@code main} with the span of the whole method and its leading blank, for removal. */
  static List<EntryPoint> of(JavaCaptures captures, LineMap lines, JavaTypes types) {
    String text = lines.text();
    List<EntryPoint> out = new ArrayList<>();
    for (Method method : captures.methods()) {
      TypeDecl owner = types.owner(method.node());
      if (owner == null) {
        continue;
      }
      TextRange modifiers = method.modifiers();
      String modifierText = modifiers == null ? "" : modifiers.of(text);
      if (method.name().of(text).equals("main")
          && method.type().of(text).equals("void")
          && WORD_PUBLIC.matcher(modifierText).find()
          && WORD_STATIC.matcher(modifierText).find()
          && MAIN_PARAMETERS
              .matcher(JavaSyntax.normalize(method.parameters().of(text)))
              .matches()) {
        int start = method.node().start();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        out.add(
            new EntryPoint(
                types.qualifiedName(owner),
                lines.span(method.name().start(), method.name().end()),
                lines.span(start, method.node().end())));
      }
    }
    return out;
  }
}
