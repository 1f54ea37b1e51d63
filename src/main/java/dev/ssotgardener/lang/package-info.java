/**
 * Language front ends: the {@link dev.ssotgardener.lang.Frontend} contract and what every language
 * shares — line and column mapping, the git conflict-marker scanner that runs on every text file,
 * the ours/theirs variants of a conflicted file, {@code ssot: ignore} suppression comments and
 * syntax errors — and the {@link dev.ssotgardener.lang.Dialect} contract with its one registry,
 * {@link dev.ssotgardener.lang.Dialects}: what the rest of the tool asks of a language besides its
 * facts (module paths, import syntax and placement, test framework, the {@link
 * dev.ssotgardener.lang.Idioms} {@code ssot init} looks for, and the {@link
 * dev.ssotgardener.lang.StartupProbe} garden runs after a change).
 *
 * <p>May use {@code facts} and {@code workspace} only. Tree-sitter is confined to the subpackages
 * {@code lang.treesitter} (shared by both), {@code lang.python} and {@code lang.java}; this package
 * itself stays plain Java.
 */
package dev.ssotgardener.lang;
