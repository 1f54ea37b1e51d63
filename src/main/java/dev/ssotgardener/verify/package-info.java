/**
 * Layer 3: verification against the project's own tests: choosing the tests that protect changed
 * files (import graph) and running the project's test command with a time limit.
 */
package dev.ssotgardener.verify;
