package dev.ssotgardener.workspace;

import java.util.Optional;

/** Every {@link FileWalkerTest} again, with each folder listed by the JDK (no native library). */
class FileWalkerJdkListingTest extends FileWalkerTest {
  @Override
  FileWalker walker(WalkOptions options) {
    return new FileWalker(options, Optional.empty());
  }
}
