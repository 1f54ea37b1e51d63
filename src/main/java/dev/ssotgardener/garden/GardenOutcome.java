package dev.ssotgardener.garden;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run left its issue.
 *
 * @param slug empty when there was nothing to garden
 * @param complete every step done
 * @param tracker the tracker Markdown, when one was written
 * @param message one line for the user: the stop reason, or what was done
 */
public record GardenOutcome(
    Optional<String> slug, boolean complete, Optional<Path> tracker, String message) {}
