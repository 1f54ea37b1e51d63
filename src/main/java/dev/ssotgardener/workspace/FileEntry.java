package dev.ssotgardener.workspace;

import java.nio.file.Path;

/**
 * A file the walker listed for reading.
 *
 * @param path repo-relative, {@code /}-separated, never starting with {@code /}
 * @param file where to read it (under the walked root; a followed link is not resolved)
 * @param size its size in bytes when listed
 */
public record FileEntry(String path, Path file, long size) {}
