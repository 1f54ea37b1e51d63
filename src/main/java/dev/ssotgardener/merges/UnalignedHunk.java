package dev.ssotgardener.merges;

import dev.ssotgardener.finding.CommitRef;

/**
 * A conflict hunk whose place in the committed file is unknown, so it was not classified.
 *
 * @param oursLine the 1-based line of the first parent's file where the hunk starts
 * @param reason why: the context around it was edited, or the merge has no such file
 */
public record UnalignedHunk(CommitRef merge, String path, int oursLine, String reason) {}
