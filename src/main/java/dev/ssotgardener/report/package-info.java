/** Layer 4: one renderer per output format, all reading the same AuditResult. */
package dev.ssotgardener.report;
