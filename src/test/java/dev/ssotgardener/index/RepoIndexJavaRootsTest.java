package dev.ssotgardener.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which Java names count as the repository's own: its packages' roots, by whole segments. */
class RepoIndexJavaRootsTest {
  private final RepoIndex index =
      RepoIndex.of(
          List.of(
              java("a/org/hibernate/orm/test/A.java", "org.hibernate.orm.test"),
              java("a/org/hibernate/boot/B.java", "org.hibernate.boot"),
              java("b/org/hibernatex/tools/C.java", "org.hibernatex.tools"),
              java("c/org/hibernatex/tools/gen/D.java", "org.hibernatex.tools.gen"),
              java("d/com/acme/E.java", "com.acme"),
              java("d/com/acme/util/F.java", "com.acme.util"),
              java("e/single/G.java", "single")));

  @Test
  void eachGroupOfTwoSegmentsOwnsItsLongestCommonPrefix() {
    assertThat(index.isLocal("org.hibernate")).isTrue();
    assertThat(index.isLocal("org.hibernate.engine.spi.X")).isTrue();
    assertThat(index.isLocal("org.hibernatex.tools.Y")).isTrue();
    assertThat(index.isLocal("org.hibernatex.other")).isFalse();
    assertThat(index.isLocal("com.acme.Z")).isTrue();
    assertThat(index.isLocal("com.acmex")).isFalse();
    assertThat(index.isLocal("single.Q")).isTrue();
  }

  @Test
  void aSharedTopLevelDomainIsNotOwned() {
    assertThat(index.isLocal("org.junit.Test")).isFalse();
    assertThat(index.isLocal("org")).isFalse();
    assertThat(index.isLocal("com")).isFalse();
  }

  private static FileFacts java(String path, String pkg) {
    return new FileFacts(
        path,
        Language.JAVA,
        pkg,
        List.of(),
        List.of(),
        List.of(),
        Set.of(),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
