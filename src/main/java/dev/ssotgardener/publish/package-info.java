/**
 * Layer 6: {@code ssot garden --publish github}, the garden's {@link
 * dev.ssotgardener.garden.Publisher} on GitHub's REST API (java.net.http and Jackson): the issue, a
 * comment per finished step, the branch pushed with git and the pull request; found again by
 * markers in their bodies, so a rerun adds nothing twice. Also the trust check of a policy's
 * commands against the default branch's. Uses the garden and lower layers; never the CLI.
 */
package dev.ssotgardener.publish;
