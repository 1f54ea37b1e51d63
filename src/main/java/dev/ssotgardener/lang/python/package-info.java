/**
 * The Python front end: parses {@code .py} and {@code .pyi} files with tree-sitter, runs one query
 * per tree and computes {@link dev.ssotgardener.facts.FileFacts} in Java from capture offsets;
 * module names come from the repository's source roots ({@link
 * dev.ssotgardener.lang.python.PythonModules}). pytest's configuration files are read here too
 * ({@link dev.ssotgardener.lang.python.PytestConfigFrontend}): which classes pytest collects.
 *
 * <p>May use {@code lang} (its {@code lang.treesitter} runs the query), {@code facts}, {@code
 * workspace} and tree-sitter. No tree outlives the file it was parsed from.
 */
package dev.ssotgardener.lang.python;
