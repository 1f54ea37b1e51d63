package dev.ssotgardener.init;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.Dialects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Folders that are not this team's code: vendored ({@code _vendor}, {@code third_party}), or copies
 * named as backups, snapshots, archives or versions of docs (Docusaurus keeps {@code
 * versioned_docs/version-0.18/}), or stamped with a date, that either hold mostly files at paths
 * the live tree also has or are imported by nothing outside them. Their findings would judge
 * another project's code, repeat the live tree's or judge code nobody runs, so they are proposed
 * for {@code exclude:}; the other inferences do not count them either.
 */
final class ExcludeInference {
  /** A folder proposed for {@code exclude:}, with what was counted. */
  record Excluded(String folder, String evidence) {
    String glob() {
      return folder + "/**";
    }
  }

  private static final Pattern COPY_NAMES =
      Pattern.compile(
          "(?i)(^|[_.-])(backups?|bak|snapshots?|archived?|old|copy|copies|versioned)([_.-]|$)"
              + "|^version[_-]?\\d|20\\d{6}");

  /** Another project's code kept here (pip's {@code src/pip/_vendor}): not this team's to fix. */
  private static final Pattern VENDORED_NAMES =
      Pattern.compile("(?i)_?vendor(ed)?|third[_-]?party|_?extern");

  /** Fewer source files than this is too little to judge a folder by. */
  private static final int MIN_FILES = 5;

  private final RepoIndex index;

  ExcludeInference(RepoIndex index) {
    this.index = index;
  }

  /** The folders to exclude, outermost only, in path order. */
  List<Excluded> infer() {
    Map<String, List<FileFacts>> byCandidate = new TreeMap<>();
    List<FileFacts> live = new ArrayList<>();
    for (FileFacts file : index.files()) {
      if (Dialects.of(file.language()).isEmpty()) {
        continue;
      }
      String candidate = outermostCandidate(file.path());
      if (candidate == null) {
        live.add(file);
      } else {
        byCandidate.computeIfAbsent(candidate, k -> new ArrayList<>()).add(file);
      }
    }
    Set<String> livePaths = new HashSet<>();
    live.forEach(f -> livePaths.add(f.path()));
    List<Excluded> out = new ArrayList<>();
    byCandidate.forEach(
        (folder, files) -> {
          if (files.size() < MIN_FILES) {
            return;
          }
          if (isVendored(folder)) {
            out.add(
                new Excluded(
                    folder,
                    folder + "/: " + Survey.count(files.size()) + " source files, vendored"));
            return;
          }
          long copies = files.stream().filter(f -> isCopy(f.path(), folder, livePaths)).count();
          boolean imported = importedFromOutside(folder, files, live);
          if (copies * 2 < files.size() && imported) {
            return;
          }
          long unparsable = files.stream().filter(f -> !f.parsed()).count();
          List<String> parts = new ArrayList<>();
          parts.add(Survey.count(files.size()) + " source files");
          if (copies > 0) {
            parts.add(Survey.count(copies) + " at paths the live tree also has");
          }
          if (unparsable > 0) {
            parts.add(Survey.count(unparsable) + " unparsable");
          }
          if (!imported) {
            parts.add("imported by nothing outside it");
          }
          out.add(new Excluded(folder, folder + "/: " + String.join(", ", parts)));
        });
    return out;
  }

  private static boolean isVendored(String folder) {
    return VENDORED_NAMES.matcher(folder.substring(folder.lastIndexOf('/') + 1)).matches();
  }

  /** The outermost folder of {@code path} whose name says it holds copies or vendored code. */
  private static String outermostCandidate(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (COPY_NAMES.matcher(parts[i]).find() || VENDORED_NAMES.matcher(parts[i]).matches()) {
        return String.join("/", List.of(parts).subList(0, i + 1));
      }
    }
    return null;
  }

  /**
   * Whether the file under {@code folder} sits at a live path once leading folders are dropped:
   * {@code backups/run_1/snapshot/tests/unit/test_orders} copies {@code tests/unit/test_orders}.
   * The copy keeps at least a folder and a file, so a lone package file proves nothing.
   */
  private static boolean isCopy(String path, String folder, Set<String> livePaths) {
    String[] rest = path.substring(folder.length() + 1).split("/");
    for (int i = 0; i + 2 <= rest.length; i++) {
      if (livePaths.contains(String.join("/", List.of(rest).subList(i, rest.length)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether any live file imports a module defined under {@code folder}. */
  private static boolean importedFromOutside(
      String folder, List<FileFacts> files, List<FileFacts> live) {
    Set<String> modules = new HashSet<>();
    files.forEach(f -> modules.add(f.module()));
    modules.remove("");
    for (FileFacts file : live) {
      for (ImportFact imp : file.imports()) {
        if (modules.contains(imp.module()) || modules.contains(imp.target())) {
          return true;
        }
      }
    }
    return false;
  }
}
