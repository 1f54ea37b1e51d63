/**
 * Layer 0: findings, their fingerprints and one stable order, and the audit result every renderer
 * reads; what can be done about a finding ({@link dev.ssotgardener.finding.Remedy}: a fix with its
 * level, the alternatives a conflict's candidates are, or the reason there is no fix). Uses facts
 * and policy.
 */
package dev.ssotgardener.finding;
