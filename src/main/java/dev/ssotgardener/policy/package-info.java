/**
 * The policy: what {@code ssot.yml} declares ({@link dev.ssotgardener.policy.Policy}, its truths,
 * scopes and severities) and {@link dev.ssotgardener.policy.PolicyLoader}, which reads it and
 * reports any mistake as one line naming file, line, column and key. A bottom layer: plain Java,
 * Jackson's YAML parser and JGit's ignore-pattern matching for globs; it knows nothing of facts,
 * files on disk beyond the policy itself, or findings.
 */
package dev.ssotgardener.policy;
