package dev.ssotgardener.finding;

/**
 * A commit as reports show it.
 *
 * @param commit the full 40-hex id
 * @param date ISO-8601 commit date
 */
public record CommitRef(String commit, String author, String date, String subject) {}
