/**
 * One descriptor per truth kind and built-in check, the way Ruff's rule metadata and Error Prone's
 * {@code @BugPattern} describe a rule: the policy keys it takes and how its {@code rewrite:} values
 * are checked, its summary and help, its issue wording and title words, whether its findings can be
 * fixed, and the Markdown doc users read with {@code ssot rule}. It sits in the policy layer
 * because the policy reader asks it which keys a kind takes; reports, fixes and the CLI read the
 * same descriptor. Plain Java; uses only {@code policy}.
 */
package dev.ssotgardener.policy.kinds;
