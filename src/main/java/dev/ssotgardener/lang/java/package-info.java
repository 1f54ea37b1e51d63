/**
 * The Java front end: parses {@code .java} files with tree-sitter, runs one query per tree and
 * computes {@link dev.ssotgardener.facts.FileFacts} in Java from capture offsets. Names resolve the
 * way javac does, as far as one file and the repository's file layout tell: same-file types,
 * single-type and static imports, same-package types, on-demand imports and the implicit {@code
 * java.lang}. Its startup probe compiles changed sources in process ({@code javax.tools}).
 *
 * <p>May use {@code lang} (its {@code lang.treesitter} runs the query), {@code facts}, {@code
 * workspace} and tree-sitter. No tree outlives the file it was parsed from.
 */
package dev.ssotgardener.lang.java;
