package dev.ssotgardener.workspace;

/**
 * A file or directory that was not audited.
 *
 * @param path repo-relative, {@code /}-separated
 * @param reason why
 * @param detail one human-readable phrase, e.g. the size or the I/O error
 */
public record SkippedFile(String path, SkipReason reason, String detail) {}
