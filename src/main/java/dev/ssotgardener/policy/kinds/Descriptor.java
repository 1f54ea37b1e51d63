package dev.ssotgardener.policy.kinds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What a truth kind or built-in check says about itself, wherever it is shown. */
public sealed interface Descriptor permits KindDescriptor, CheckDescriptor {
  /** The kind or check id users type: {@code base-class}, {@code conflict-markers}. */
  String id();

  /** One line for listings, independent of any policy. */
  String summary();

  Fixability fixability();

  /** The defect in title case, for issue titles: {@code Merge Conflict}. */
  String defectWords();

  /** Where the user doc lives on the class path. */
  default String docResource() {
    return "/rules/" + id() + ".md";
  }

  /** The user doc, {@code src/main/resources/rules/<id>.md}; it ships with every build. */
  default String doc() {
    try (InputStream in = Descriptor.class.getResourceAsStream(docResource())) {
      if (in == null) {
        throw new IllegalStateException("no rule doc " + docResource() + " in this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
