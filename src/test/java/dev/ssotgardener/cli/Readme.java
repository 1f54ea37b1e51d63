package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's fenced code blocks, so tests run the snippets users copy. */
final class Readme {
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w+)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

  private Readme() {}

  /** The one block in {@code language} that contains {@code marker}. */
  static String block(String language, String marker) throws IOException {
    Matcher m = FENCE.matcher(Files.readString(Path.of("README.md")));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(language) && m.group(2).contains(marker)) {
        found.add(m.group(2));
      }
    }
    assertThat(found).as("README blocks in %s containing %s", language, marker).hasSize(1);
    return found.get(0);
  }
}
