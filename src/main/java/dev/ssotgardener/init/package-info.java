/**
 * Layer 4: {@code ssot init}'s inference of a policy from what a repository already does most. It
 * reads the same facts and index an audit builds ({@code audit}), judges test classes as the rules
 * do ({@code rules.TestClasses}) and proposes truths as data ({@link
 * dev.ssotgardener.init.Proposal}), rendered as YAML or JSON the policy loader reads back. Uses
 * audit, rules, index, facts, policy and workspace.
 */
package dev.ssotgardener.init;
