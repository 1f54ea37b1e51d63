/**
 * Layer 2: one rule class per truth kind and built-in check, built by RuleFactory. Rules read facts
 * and the index, never a syntax tree, and report violations; the auditor applies severity, scope
 * and suppressions. What differs by language (import syntax, test framework) they ask of the file's
 * {@code lang.Dialect}, never naming a language.
 */
package dev.ssotgardener.rules;
