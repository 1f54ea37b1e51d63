package dev.ssotgardener.finding;

import java.util.Map;

/**
 * Totals of one audit.
 *
 * @param files text files audited
 * @param parsed source files a front end parsed without unexplained errors
 * @param unparsable source files with syntax errors
 * @param byTruth finding counts per truth id, sorted by id
 * @param skipped files not audited, by reason ({@code binary}, {@code too-large}, ...)
 */
public record Summary(
    int files,
    int parsed,
    int unparsable,
    int findings,
    Map<String, Integer> byTruth,
    Map<String, Integer> skipped) {}
