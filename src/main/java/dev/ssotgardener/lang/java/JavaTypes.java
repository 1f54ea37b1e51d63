package dev.ssotgardener.lang.java;

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
  private final List<TextRange> anonymousBodies;
  private final Map<TypeDecl, String> qualifiedNames = new HashMap<>();

  JavaTypes(JavaCaptures captures, String text, String pkg) {
    List<TypeDecl> sorted = new ArrayList<>(captures.types());
    sorted.sort(Comparator.comparingInt((TypeDecl t) -> t.node().start()));
    this.all = List.copyOf(sorted);
    this.anonymousBodies = captures.anonymousBodies();
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
    List<TypeDecl> out = new ArrayList<>();
    for (TypeDecl outer : all) {
      if (outer.node().start() > type.node().start()) {
        break;
      }
      if (outer != type && outer.body().contains(type.node())) {
        out.add(outer);
      }
    }
    return out;
  }

  /** The named type whose body directly holds {@code member}; null inside an anonymous class. */
  TypeDecl owner(TextRange member) {
    TypeDecl owner = null;
    for (TypeDecl type : all) {
      if (type.node().start() > member.start()) {
        break;
      }
      if (type.body().contains(member)) {
        owner = type;
      }
    }
    if (owner == null) {
      return null;
    }
    for (TextRange body : anonymousBodies) {
      if (body.contains(member) && owner.body().contains(body)) {
        return null;
      }
    }
    return owner;
  }
}
