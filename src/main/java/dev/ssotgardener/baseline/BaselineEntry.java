package dev.ssotgardener.baseline;

import dev.ssotgardener.finding.Finding;
import java.util.Comparator;

/**
 * One known finding. Only the fingerprint matches; truth, path and snippet make the file readable.
 */
public record BaselineEntry(String fingerprint, String truth, String path, String snippet) {
  /** The file's order: by path, truth, snippet, then fingerprint, so reviews read it by file. */
  static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::path)
          .thenComparing(BaselineEntry::truth)
          .thenComparing(BaselineEntry::snippet)
          .thenComparing(BaselineEntry::fingerprint);

  static BaselineEntry of(Finding f) {
    return new BaselineEntry(f.fingerprint(), f.truth(), f.path(), f.snippet().strip());
  }
}
