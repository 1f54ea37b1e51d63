package dev.ssotgardener.workspace;

import java.util.List;

/**
 * The result of walking a tree.
 *
 * @param files the files to read, sorted by path
 * @param skipped what was left out and why, sorted by path
 */
public record Listing(List<FileEntry> files, List<SkippedFile> skipped) {
  public Listing {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
