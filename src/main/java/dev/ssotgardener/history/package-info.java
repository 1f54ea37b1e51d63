/**
 * Layer 4: the git history of findings, read from the object database with JGit (no checkouts): the
 * commit that introduced each current finding, the findings trend along the first-parent line, and
 * the findings introduced and fixed between two refs. Each blob is parsed once per walk through the
 * audit's facts cache. Uses audit, workspace, finding, policy and the JSON renderer of report.
 */
package dev.ssotgardener.history;
