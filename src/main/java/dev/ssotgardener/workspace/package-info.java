/**
 * The workspace: which files of a tree to audit and how to read them as text.
 *
 * <p>{@link dev.ssotgardener.workspace.FileWalker} lists a tree as git would (its {@code
 * .gitignore} files and {@code .git/info/exclude}, matched by JGit's {@code IgnoreNode}), without
 * needing a repository; {@link dev.ssotgardener.workspace.SourceReader} reads one listed file into
 * a {@link dev.ssotgardener.workspace.SourceFile}, detecting binary content and the encoding. Files
 * left out are reported as {@link dev.ssotgardener.workspace.SkippedFile}, never as exceptions.
 *
 * <p>May use: {@code java.nio} and JGit's ignore rules ({@code org.eclipse.jgit.ignore}) only; no
 * other project package.
 */
package dev.ssotgardener.workspace;
