package dev.ssotgardener.garden;

import java.io.IOException;

/**
 * Where the tracker is mirrored as the run goes: an issue with a comment per completed step, and
 * the pull request once step 6 has committed ({@code ssot garden --publish github}). The garden
 * calls it at each step boundary and knows nothing of the service behind it, so it runs and is
 * tested without one.
 */
public interface Publisher {
  /**
   * Brings the mirror up to date with the tracker as it is now. Idempotent: a second call with the
   * same tracker, or a call after an interrupted one, adds nothing already there.
   *
   * @return the number of the mirror's issue, which the commit closes ({@code Fixes #N})
   * @throws IOException with a one-line message naming what failed
   */
  int publish(PublishedTracker tracker) throws IOException;
}
