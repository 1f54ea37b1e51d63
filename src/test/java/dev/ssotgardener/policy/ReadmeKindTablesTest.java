package dev.ssotgardener.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.policy.kinds.Descriptor;
import dev.ssotgardener.policy.kinds.Fixability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's tables of kinds follow the descriptors: a kind added, removed or renamed without its row
 * fails here, so the contributor guide's "its rows in the README's tables" cannot be forgotten.
 */
class ReadmeKindTablesTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

  private static List<String> kinds() {
    return Arrays.stream(TruthKind.values()).map(TruthKind::id).toList();
  }

  @Test
  void theKindsTableHasOneRowPerKindInOrder() throws IOException {
    assertThat(rows("| kind | reports |")).isEqualTo(kinds());
  }

  @Test
  void theJavaFormsTableHasOneRowPerKindInOrder() throws IOException {
    assertThat(rows("| kind | Java forms |")).isEqualTo(kinds());
  }

  @Test
  void theFixesTableHasARowForEveryKindAndCheckThatCanFix() throws IOException {
    List<String> fixable =
        Stream.concat(
                Arrays.stream(TruthKind.values()).map(TruthKind::descriptor),
                Arrays.stream(BuiltinCheck.values()).map(BuiltinCheck::descriptor))
            .filter(d -> d.fixability() != Fixability.NEVER)
            .map(Descriptor::id)
            .toList();
    assertThat(rows("| kind | Python | Java |")).containsExactlyInAnyOrderElementsOf(fixable);
  }

  @Test
  void thePolicyExampleNamesEveryKind() throws IOException {
    Matcher comment =
        Pattern.compile("kind: \\w+ +# ([a-z| -]+)$", Pattern.MULTILINE).matcher(readme());
    assertThat(comment.find()).as("the annotated kind line of README's ssot.yml").isTrue();
    assertThat(comment.group(1).split(" \\| ")).containsExactlyElementsOf(kinds());
  }

  /** The first-column ids of the table under {@code header}, in order. */
  private static List<String> rows(String header) throws IOException {
    String readme = readme();
    int at = readme.indexOf(header + "\n");
    assertThat(at).as("README table " + header).isNotNegative();
    List<String> ids = new ArrayList<>();
    for (String line : readme.substring(at).split("\n", -1)) {
      if (!line.startsWith("|")) {
        break;
      }
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"));
  }
}
