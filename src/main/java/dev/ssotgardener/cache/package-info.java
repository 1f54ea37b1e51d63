/**
 * Layer 2: the content-addressed facts cache on disk ({@code .ssot/cache/} under the audited root),
 * so a second audit parses only the files that changed. May use {@code facts}.
 */
package dev.ssotgardener.cache;
