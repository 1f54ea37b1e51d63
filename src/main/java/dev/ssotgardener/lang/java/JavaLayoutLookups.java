package dev.ssotgardener.lang.java;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions one file's analysis asks {@link JavaSourcePaths}, with their answers: a file's
 * facts depend on which other files exist, so cached facts are reused only where every recorded
 * answer is still the same ({@link JavaSourcePaths#answersAsBefore}).
 */
final class JavaLayoutLookups {
  static final String FOLDER_TYPE = "folder-type";
  static final String PACKAGE_TYPE = "package-type";
  static final String OTHER_JVM = "other-jvm";

  private final JavaSourcePaths paths;
  private final Set<String> asked = new LinkedHashSet<>();

  JavaLayoutLookups(JavaSourcePaths paths) {
    this.paths = paths;
  }

  boolean folderHasType(String folder, String simpleName) {
    return record(FOLDER_TYPE, folder, simpleName, paths.folderHasType(folder, simpleName));
  }

  boolean packageHasType(String packageName, String simpleName) {
    return record(
        PACKAGE_TYPE, packageName, simpleName, paths.packageHasType(packageName, simpleName));
  }

  boolean hasOtherJvmSources(String folder) {
    return record(OTHER_JVM, folder, "", paths.hasOtherJvmSources(folder));
  }

  /** Each question once, as {@code kind \t where \t name \t answer}. */
  List<String> recorded() {
    return new ArrayList<>(asked);
  }

  private boolean record(String kind, String where, String name, boolean answer) {
    asked.add(String.join("\t", kind, where, name, Boolean.toString(answer)));
    return answer;
  }
}
