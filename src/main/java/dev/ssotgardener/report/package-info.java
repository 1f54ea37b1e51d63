/**
 * Layer 4: one renderer per output format (text, JSON, SARIF, Markdown issue, HTML dashboard,
 * GitHub annotations), all reading the same AuditResult plus a ReportContext; and the issue
 * grouping, priority and naming that {@code garden} reuses. Uses finding, policy and facts.
 */
package dev.ssotgardener.report;
