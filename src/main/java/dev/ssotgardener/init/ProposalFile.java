package dev.ssotgardener.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a proposal beside the code: as {@code ssot.yml} when the repository has no policy, else as
 * {@code ssot.proposed.yml}, never over the team's policy. The file appears whole or not at all (a
 * temporary file moved into place).
 */
public final class ProposalFile {
  static final String POLICY = "ssot.yml";
  static final String PROPOSED = "ssot.proposed.yml";

  /** Writes {@code text} under {@code root}; returns the file written. */
  public Path write(Path root, String text) throws IOException {
    boolean hasPolicy =
        Files.exists(root.resolve(POLICY)) || Files.exists(root.resolve("ssot.yaml"));
    Path target = root.resolve(hasPolicy ? PROPOSED : POLICY);
    Path temp = Files.createTempFile(root, ".ssot-init", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
