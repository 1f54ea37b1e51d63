/**
 * Layer 5: {@code ssot garden}, the seed's process 0–6 on one group of findings: discovery,
 * choosing and running the protecting tests, remediation one change at a time with a test-fix loop
 * and startup check, and a branch, commit and PR text; its state lives in tracker files under
 * {@code .ssot/issues/}. Uses every lower layer; never the CLI.
 */
package dev.ssotgardener.garden;
