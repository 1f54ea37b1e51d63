package dev.ssotgardener.history;

import java.time.Duration;

/**
 * What a history walk cost.
 *
 * @param commitsInRange commits between the walk's boundary and its head, side branches included
 * @param commitsVisited commits the walk looked at: the first-parent line and every side-branch
 *     commit a finding was followed into
 * @param commitsAudited commits whose rules ran: every first-parent commit in full, and side-branch
 *     commits where a followed finding's file changed or the change could reach it, on those files
 *     only (elsewhere the findings are carried over from the child without running a rule)
 * @param firstParentCommits commits of the first-parent line walked (the trend's points)
 * @param blobsAudited distinct (path, blob) pairs read and parsed
 * @param missingObjects git objects missing from the database, skipped
 * @param filesJudged files the rules ran on, over all commits (a full audit of a tree judges every
 *     file; the next commits judge only files whose findings can have changed)
 * @param headTime the time auditing the head took (the same as one full audit)
 * @param walkTime the time the whole walk took, the head's audit included
 */
public record WalkStats(
    int commitsInRange,
    int commitsVisited,
    int commitsAudited,
    int firstParentCommits,
    int blobsAudited,
    int missingObjects,
    long filesJudged,
    Duration headTime,
    Duration walkTime) {}
