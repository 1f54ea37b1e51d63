package dev.ssotgardener.lang.java;

import dev.ssotgardener.lang.NodeRanges;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The named types of one text, their nesting, and the class bodies methods belong to. */
final class JavaTypes {
  final List<TypeDecl> all;
  private final NodeRanges<TypeDecl> bodies;
  private final NodeRanges<TextRange> anonymousBodies;
  private final Map<TypeDecl, String> qualifiedNames = new HashMap<>();

  JavaTypes(JavaCaptures captures, String text, String pkg) {
    List<TypeDecl> sorted = new ArrayList<>(captures.types());
    sorted.sort(Comparator.comparingInt((TypeDecl t) -> t.node().start()));
    this.all = List.copyOf(sorted);
    this.bodies = new NodeRanges<>(all, TypeDecl::body);
    this.anonymousBodies = new NodeRanges<>(captures.anonymousBodies(), body -> body);
    for (TypeDecl type : all) {
      StringBuilder name = new StringBuilder(pkg);
      for (TypeDecl outer : enclosing(type)) {
        append(name, outer.name().of(text));
      }
      qualifiedNames.put(type, append(name, type.name().of(text)).toString());
    }
  }

  private static StringBuilder append(StringBuilder out, String part) {
    return (out.length() == 0 ? out : out.append('.')).append(part);
  }

  String qualifiedName(TypeDecl type) {
    return qualifiedNames.get(type);
  }

  /** The types whose bodies contain {@code type}, outermost first. */
  List<TypeDecl> enclosing(TypeDecl type) {
    return bodies.enclosing(type.node());
  }

  /** The named type whose body directly holds {@code member}; null inside an anonymous class. */
  TypeDecl owner(TextRange member) {
    TypeDecl owner = bodies.innermost(member);
    if (owner == null) {
      return null;
    }
    // The innermost anonymous body around the member is inside the owner's if any such one is.
    TextRange anonymous = anonymousBodies.innermost(member);
    return anonymous != null && owner.body().contains(anonymous) ? null : owner;
  }
}
