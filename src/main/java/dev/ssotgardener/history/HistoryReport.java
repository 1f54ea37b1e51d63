package dev.ssotgardener.history;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.HistoryFacts;

/** The audit of the walked head, the provenance of its findings, the trend and the walk's cost. */
public record HistoryReport(AuditResult result, HistoryFacts history, WalkStats stats) {}
