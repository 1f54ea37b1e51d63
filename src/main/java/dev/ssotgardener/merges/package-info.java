/**
 * Layer 4: merge resolutions that lost code. Each two-parent merge's parents are merged again with
 * JGit's recursive merger in memory (nothing is written to the repository), every conflict hunk is
 * aligned with the committed merge and classified, and the lossy ones become {@code lossy-merge}
 * findings. Uses finding, policy and the JSON renderer of report.
 */
package dev.ssotgardener.merges;
