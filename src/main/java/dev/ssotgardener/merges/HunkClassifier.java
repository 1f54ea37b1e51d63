package dev.ssotgardener.merges;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Names what the committed lines of an aligned hunk kept of each side (README: the classes). */
final class HunkClassifier {
  private static final Pattern MARKER = Pattern.compile("^(<{7}|={7}|>{7}|\\|{7})( .*)?$");

  HunkClass classify(Conflict conflict, List<String> region) {
    if (region.stream().anyMatch(l -> MARKER.matcher(l).matches())) {
      return HunkClass.MARKERS_COMMITTED;
    }
    List<String> kept = Lines.nonBlank(region);
    if (kept.equals(Lines.nonBlank(conflict.ours()))) {
      return HunkClass.KEPT_OURS;
    }
    if (kept.equals(Lines.nonBlank(conflict.theirs()))) {
      return HunkClass.KEPT_THEIRS;
    }
    List<String> oursOwn = conflict.oursOwn();
    List<String> theirsOwn = conflict.theirsOwn();
    Set<String> sides = new HashSet<>(Lines.nonBlank(conflict.ours()));
    sides.addAll(Lines.nonBlank(conflict.theirs()));
    if (Lines.containsAll(kept, oursOwn)
        && Lines.containsAll(kept, theirsOwn)
        && sides.containsAll(kept)) {
      return HunkClass.KEPT_BOTH;
    }
    boolean nothingOwnSurvives =
        Lines.minus(oursOwn, kept).size() == oursOwn.size()
            && Lines.minus(theirsOwn, kept).size() == theirsOwn.size();
    boolean nothingNew = new HashSet<>(Lines.nonBlank(conflict.base())).containsAll(kept);
    if (nothingOwnSurvives && nothingNew && !(oursOwn.isEmpty() && theirsOwn.isEmpty())) {
      return HunkClass.DROPPED_BOTH;
    }
    return HunkClass.EDITED;
  }
}
