package dev.ssotgardener.lang.java;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names as written in one Java file to qualified names, in javac's order: variables shadow
 * types; a type is one of the file's own, single-type imported, of the same package, or imported on
 * demand (with {@code java.lang} implicitly so).
 *
 * @param packageName the file's package, empty for the default package
 * @param folder the file's folder, to find same-package types by file name
 * @param fileTypes simple name to qualified name of every type declared in the file
 * @param singleImports simple name to qualified name of {@code import a.b.C}
 * @param staticMembers member name to qualified name of {@code import static a.b.C.m}
 * @param typeWildcards the packages or types of {@code import a.b.*}
 * @param staticWildcards the types of {@code import static a.b.C.*}
 * @param locals names declared as variables, fields or parameters anywhere in the file
 * @param methods names of methods declared in the file, which shadow static imports
 */
record JavaNames(
    String packageName,
    String folder,
    JavaLayoutLookups paths,
    Map<String, String> fileTypes,
    Map<String, String> singleImports,
    Map<String, String> staticMembers,
    List<String> typeWildcards,
    List<String> staticWildcards,
    Set<String> locals,
    Set<String> methods) {

  /** The public types of {@code java.lang}, imported implicitly into every file. */
  private static final Set<String> JAVA_LANG =
      Set.of(
          "AbstractMethodError",
          "Appendable",
          "ArithmeticException",
          "ArrayIndexOutOfBoundsException",
          "ArrayStoreException",
          "AssertionError",
          "AutoCloseable",
          "Boolean",
          "Byte",
          "CharSequence",
          "Character",
          "Class",
          "ClassCastException",
          "ClassLoader",
          "ClassNotFoundException",
          "CloneNotSupportedException",
          "Cloneable",
          "Comparable",
          "Deprecated",
          "Double",
          "Enum",
          "Error",
          "Exception",
          "ExceptionInInitializerError",
          "Float",
          "FunctionalInterface",
          "IllegalAccessException",
          "IllegalArgumentException",
          "IllegalMonitorStateException",
          "IllegalStateException",
          "IndexOutOfBoundsException",
          "InheritableThreadLocal",
          "InstantiationException",
          "Integer",
          "InternalError",
          "InterruptedException",
          "Iterable",
          "LinkageError",
          "Long",
          "Math",
          "Module",
          "NegativeArraySizeException",
          "NoClassDefFoundError",
          "NoSuchFieldException",
          "NoSuchMethodException",
          "NullPointerException",
          "Number",
          "NumberFormatException",
          "Object",
          "OutOfMemoryError",
          "Override",
          "Package",
          "Process",
          "ProcessBuilder",
          "Readable",
          "Record",
          "ReflectiveOperationException",
          "Runnable",
          "Runtime",
          "RuntimeException",
          "SafeVarargs",
          "SecurityException",
          "Short",
          "StackOverflowError",
          "StackTraceElement",
          "StackWalker",
          "StrictMath",
          "String",
          "StringBuffer",
          "StringBuilder",
          "StringIndexOutOfBoundsException",
          "SuppressWarnings",
          "System",
          "Thread",
          "ThreadGroup",
          "ThreadLocal",
          "Throwable",
          "TypeNotPresentException",
          "UnsupportedOperationException",
          "VirtualMachineError",
          "Void");

  /** Words that start a chain but name no variable or type. */
  private static final Set<String> NOT_NAMES = Set.of("this", "super");

  JavaNames {
    fileTypes = Map.copyOf(fileTypes);
    singleImports = Map.copyOf(singleImports);
    staticMembers = Map.copyOf(staticMembers);
    typeWildcards = List.copyOf(typeWildcards);
    staticWildcards = List.copyOf(staticWildcards);
    locals = Set.copyOf(locals);
    methods = Set.copyOf(methods);
  }

  /** The qualified name of a simple type name, or null when nothing in reach declares it. */
  String type(String simpleName) {
    String found = fileTypes.get(simpleName);
    if (found == null) {
      found = singleImports.get(simpleName);
    }
    if (found == null && paths.folderHasType(folder, simpleName)) {
      found = inPackage(simpleName);
    }
    for (int i = 0; found == null && i < typeWildcards.size(); i++) {
      if (paths.packageHasType(typeWildcards.get(i), simpleName)) {
        found = typeWildcards.get(i) + "." + simpleName;
      }
    }
    if (found == null && JAVA_LANG.contains(simpleName)) {
      found = "java.lang." + simpleName;
    }
    // With one on-demand import of a library, an unknown name most likely comes from it.
    if (found == null && typeWildcards.size() == 1) {
      found = typeWildcards.get(0) + "." + simpleName;
    }
    return found;
  }

  /**
   * The qualified name of a dotted type name ({@code Map.Entry}, {@code org.x.Y}). An unknown
   * capitalised head is taken to be a type of the same package, which javac would require.
   */
  String typeName(String dotted) {
    String head = head(dotted);
    String rest = dotted.substring(head.length());
    String resolved = type(head);
    if (resolved != null) {
      return resolved + rest;
    }
    return isCapitalised(head) ? inPackage(dotted) : dotted;
  }

  /**
   * The qualified name of an expression chain ({@code System.getenv}, {@code
   * org.mockito.Mockito.mock}), or null when its head is a variable or nothing known.
   */
  String expression(String dotted) {
    String head = head(dotted);
    if (NOT_NAMES.contains(head) || locals.contains(head)) {
      return null;
    }
    String rest = dotted.substring(head.length());
    String member = staticMembers.get(head);
    if (member != null) {
      return member + rest;
    }
    String resolved = type(head);
    if (resolved != null) {
      return resolved + rest;
    }
    if (isCapitalised(head)) {
      return inPackage(dotted);
    }
    // A fully qualified use: lower-case package segments, then a type.
    return rest.isEmpty() || !hasCapitalisedSegment(rest) ? null : dotted;
  }

  /** The qualified name of an unqualified call {@code name(...)}, or null for an own method. */
  String call(String name) {
    if (methods.contains(name)) {
      return null;
    }
    String member = staticMembers.get(name);
    if (member == null && staticWildcards.size() == 1) {
      member = staticWildcards.get(0) + "." + name;
    }
    return member;
  }

  private String inPackage(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  static String head(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  private static boolean isCapitalised(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  private static boolean hasCapitalisedSegment(String rest) {
    for (int dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.', dot + 1)) {
      if (dot + 1 < rest.length() && Character.isUpperCase(rest.charAt(dot + 1))) {
        return true;
      }
    }
    return false;
  }
}
