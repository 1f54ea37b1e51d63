package dev.ssotgardener.workspace;

import java.util.Optional;

/** Every {@link SourceReaderTest} again, with each file read by the JDK (no native library). */
class SourceReaderJdkTest extends SourceReaderTest {
  @Override
  SourceReader reader() {
    return new SourceReader(Optional.empty());
  }
}
