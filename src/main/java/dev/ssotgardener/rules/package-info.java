/**
 * Layer 2: one rule class per truth kind and built-in check, built by RuleFactory. Rules read facts
 * and the index, never a syntax tree, and report violations; the auditor applies severity, scope
 * and suppressions.
 */
package dev.ssotgardener.rules;
