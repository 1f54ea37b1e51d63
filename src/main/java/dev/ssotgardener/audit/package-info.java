/**
 * Layer 3: the auditor: workspace to facts to index to rules to findings. The one place scope,
 * exemptions, suppressions and severity are applied.
 */
package dev.ssotgardener.audit;
