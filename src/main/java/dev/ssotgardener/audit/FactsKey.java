package dev.ssotgardener.audit;

/**
 * What a file's facts are a function of.
 *
 * @param path repo-relative, {@code /}-separated
 * @param contentId a hash of the file's bytes (a git blob id, or a content hash on disk)
 * @param context what the front end adds to path and content, e.g. the Python module name
 */
public record FactsKey(String path, String contentId, String context) {}
