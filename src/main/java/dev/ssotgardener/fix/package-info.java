/**
 * Layer 4: applying, checking and proving fixes; reporting and resolving committed conflicts;
 * writing files atomically. Fixes come as data from the rules; this package only applies them, and
 * keeps one only when the edited file still parses and a re-audit shows its finding gone and
 * nothing new. Uses audit, rules, lang, workspace, index and the layer-0 packages.
 */
package dev.ssotgardener.fix;
