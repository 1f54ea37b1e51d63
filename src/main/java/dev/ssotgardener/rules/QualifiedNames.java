package dev.ssotgardener.rules;

import java.util.Collection;

/** Matching of dotted names the way every rule needs it. */
public final class QualifiedNames {
  private QualifiedNames() {}

  /** {@code os.environ.get} is within {@code os.environ}; {@code os.environs} is not. */
  public static boolean within(String name, String prefix) {
    return name.equals(prefix)
        || (name.length() > prefix.length()
            && name.startsWith(prefix)
            && name.charAt(prefix.length()) == '.');
  }

  /** The first of {@code prefixes} that {@code name} lies within, or null. */
  public static String firstContaining(String name, Collection<String> prefixes) {
    for (String prefix : prefixes) {
      if (within(name, prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /** The first segment: {@code unittest} of {@code unittest.main}. */
  static String head(String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    return dot < 0 ? qualifiedName : qualifiedName.substring(0, dot);
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** {@code a.b.C} → {@code a.b}; empty for a name without a dot. */
  static String parent(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }
}
