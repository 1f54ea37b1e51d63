package dev.ssotgardener.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalFileTest {
  @Test
  void writesThePolicyWhereThereIsNone(@TempDir Path root) throws Exception {
    Path written = new ProposalFile().write(root, "version: 1\n");
    assertThat(written).isEqualTo(root.resolve("ssot.yml"));
    assertThat(Files.readString(written)).isEqualTo("version: 1\n");
  }

  @Test
  void neverOverwritesAnExistingPolicy(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("ssot.yml"), "version: 1 # ours\n");
    Path written = new ProposalFile().write(root, "version: 1\n");
    assertThat(written).isEqualTo(root.resolve("ssot.proposed.yml"));
    assertThat(Files.readString(root.resolve("ssot.yml"))).isEqualTo("version: 1 # ours\n");
    try (var files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ssot.yml", "ssot.proposed.yml");
    }
  }
}
