package dev.ssotgardener.merges;

import java.util.Optional;
import org.eclipse.jgit.diff.RawText;

/**
 * A file the re-merge left conflicted, with the three texts it merged and what the merge commit has
 * at its path.
 *
 * @param committed the merge commit's file; empty when the merge has no file at the path
 */
record ConflictedFile(
    String path,
    MergedText merged,
    RawText base,
    RawText ours,
    RawText theirs,
    Optional<RawText> committed) {}
