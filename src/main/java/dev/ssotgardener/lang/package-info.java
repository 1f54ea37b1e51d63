/**
 * Language front ends: the {@link dev.ssotgardener.lang.Frontend} contract and what every language
 * shares — line and column mapping, the git conflict-marker scanner that runs on every text file,
 * the ours/theirs variants of a conflicted file, and {@code ssot: ignore} suppression comments.
 *
 * <p>May use {@code facts} and {@code workspace} only. Tree-sitter is confined to the subpackages
 * {@code lang.treesitter} (shared by both), {@code lang.python} and {@code lang.java}; this package
 * itself stays plain Java.
 */
package dev.ssotgardener.lang;
