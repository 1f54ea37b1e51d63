/**
 * Our native library ({@code src/main/c/}, built into the jar where a C compiler was there): its
 * loading, and the JNI entry points that are not tree-sitter's ({@code lang.treesitter} holds
 * those). Every caller has a Java path for when {@link dev.ssotgardener.nativelib.NativeLibrary}
 * cannot load it.
 *
 * <p>Depends on nothing of ours.
 */
package dev.ssotgardener.nativelib;
