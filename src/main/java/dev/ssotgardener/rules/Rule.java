package dev.ssotgardener.rules;

/**
 * A check built from one truth or built-in check. Rules only find violations: severity, scope,
 * exemptions and suppressions are the auditor's job, applied the same way to every rule.
 */
public sealed interface Rule permits FileRule, RepositoryRule {}
