/**
 * Layer 4: the baseline file of known findings, so only new findings fail CI. Entries are matched
 * by fingerprint; the file is sorted with one finding a line, so its diffs are readable. Uses
 * finding and the JSON renderer of report.
 */
package dev.ssotgardener.baseline;
