/**
 * Layer 6: the picocli commands, exit codes and terminal handling; a thin shell over the library.
 * The only package that touches picocli, System.exit and the standard streams.
 */
package dev.ssotgardener.cli;
