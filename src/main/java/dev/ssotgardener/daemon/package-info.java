/**
 * The resident process later runs reuse (issue 16, "small repositories, every commit"): a JVM that
 * serves command lines sent by a small native client ({@code src/main/c/ssot_client.c}) over a Unix
 * domain socket in the user's private folder, so a run costs the client's start and the work, not a
 * JVM's start, class loading and JIT warm-up. This package is the transport only: the request, the
 * frames streamed back, the socket's life (one daemon per identity, idle timeout, stop); what a
 * request runs is the {@link DaemonHandler} the CLI gives it. Uses only the JDK.
 */
package dev.ssotgardener.daemon;
