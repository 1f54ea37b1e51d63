package dev.ssotgardener.fix;

import dev.ssotgardener.finding.Finding;

/** A finding left as it is, and why: no safe fix is known, or its fix failed a check. */
public record Refusal(Finding finding, String reason) {}
