package dev.ssotgardener.history;

/**
 * What a history walk cost.
 *
 * @param commitsInRange commits between the walk's boundary and its head, side branches included
 * @param commitsAudited commits whose tree was audited (the first-parent line, and side-branch
 *     commits a finding was followed into)
 * @param firstParentCommits commits of the first-parent line walked (the trend's points)
 * @param blobsAudited distinct (path, blob) pairs read and parsed
 * @param missingObjects git objects missing from the database, skipped
 */
public record WalkStats(
    int commitsInRange,
    int commitsAudited,
    int firstParentCommits,
    int blobsAudited,
    int missingObjects) {}
