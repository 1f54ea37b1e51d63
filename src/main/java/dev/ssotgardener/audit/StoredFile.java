package dev.ssotgardener.audit;

import dev.ssotgardener.workspace.ReadOutcome;
import java.util.function.Supplier;

/**
 * A file known by its content id before it is read (a git blob): it is read and parsed only when
 * its facts are not cached.
 *
 * @param path repo-relative, {@code /}-separated
 * @param contentId a hash of the bytes, the cache key
 * @param content reads and decodes the file
 */
public record StoredFile(String path, String contentId, Supplier<ReadOutcome> content) {}
