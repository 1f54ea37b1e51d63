/**
 * Layer 1: the repository index built from all files' facts: modules, class hierarchy, re-exports.
 * Uses facts only.
 */
package dev.ssotgardener.index;
