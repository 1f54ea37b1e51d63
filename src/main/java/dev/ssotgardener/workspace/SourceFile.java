package dev.ssotgardener.workspace;

import java.nio.charset.Charset;

/**
 * A text file read from the repository.
 *
 * @param path repo-relative, {@code /}-separated
 * @param text the decoded content, without a byte-order mark
 * @param charset how the bytes were decoded; fixes write back with the same
 * @param bom the file started with a byte-order mark (UTF-8 or UTF-16), to be written back
 */
public record SourceFile(String path, String text, Charset charset, boolean bom) {}
