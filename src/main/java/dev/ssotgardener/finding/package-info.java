/**
 * Layer 0: findings, their fingerprints and one stable order, and the audit result every renderer
 * reads. Uses facts and policy.
 */
package dev.ssotgardener.finding;
