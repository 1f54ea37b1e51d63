package dev.ssotgardener.policy.kinds;

import java.util.Optional;

/**
 * What one finding is about, as its issue line names it.
 *
 * @param forbidden the forbidden name the finding's message names
 * @param defined the class a duplicate definition defines, when its source line shows it
 */
public record Defect(String forbidden, Optional<String> defined) {}
