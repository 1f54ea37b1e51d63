package dev.ssotgardener.finding;

import java.util.Optional;

/**
 * Where a finding came from in the git history.
 *
 * @param introducedBy the oldest commit from which the finding is present without interruption
 * @param mergedBy the first-parent commit that brought it in, when {@code introducedBy} is off the
 *     walked branch's first-parent line
 */
public record Provenance(CommitRef introducedBy, Optional<CommitRef> mergedBy) {}
