/**
 * tree-sitter for the language front ends: our optimized native library ({@link
 * dev.ssotgardener.lang.treesitter.NativeTreeSitter}, one JNI call per file) or, where it was not
 * built, the bundled natives, both behind {@link dev.ssotgardener.lang.treesitter.TreeQuery}.
 *
 * <p>May use {@code lang} and tree-sitter; with {@code lang.python} and {@code lang.java} the only
 * packages that touch tree-sitter. No tree outlives the call that parsed it.
 */
package dev.ssotgardener.lang.treesitter;
