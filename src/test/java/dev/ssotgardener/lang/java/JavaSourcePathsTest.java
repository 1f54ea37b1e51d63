package dev.ssotgardener.lang.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.lang.PathChanges;
import dev.ssotgardener.lang.RandomPathChanges;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSourcePathsTest {
  private final JavaSourcePaths paths =
      new JavaSourcePaths(
          List.of(
              "core/src/main/java/com/acme/util/Strings.java",
              "com/acme/Top.java",
              "Root.java",
              "lib/src/main/java/org/xutil/Other.java",
              "kt/src/main/kotlin/com/acme/Helper.KT"));

  @Test
  void aPackageHasTheTypesOfItsFolderUnderAnySourceRoot() {
    assertThat(paths.packageHasType("com.acme.util", "Strings")).isTrue();
    assertThat(paths.packageHasType("acme.util", "Strings")).isTrue();
    assertThat(paths.packageHasType("util", "Strings")).isTrue();
    assertThat(paths.packageHasType("com.acme", "Top")).isTrue();
  }

  @Test
  void aFolderNameMustMatchWhole() {
    assertThat(paths.packageHasType("me.util", "Strings")).isFalse();
    assertThat(paths.packageHasType("org.util", "Other")).isFalse();
    assertThat(paths.packageHasType("com.acme.util", "String")).isFalse();
    assertThat(paths.packageHasType("com.acme", "Strings")).isFalse();
  }

  @Test
  void foldersAndOtherJvmSourcesAreKnownByFolder() {
    assertThat(paths.folderHasType("com/acme/", "Top")).isTrue();
    assertThat(paths.folderHasType("", "Root")).isTrue();
    assertThat(paths.folderHasType("com/", "Top")).isFalse();
    assertThat(paths.hasOtherJvmSources("kt/src/main/kotlin/com/acme/")).isTrue();
    assertThat(paths.hasOtherJvmSources("com/acme/")).isFalse();
  }

  @Test
  void recordedAnswersAreCheckedAgainstThisLayout() {
    assertThat(
            paths.answersAsBefore(
                List.of(
                    "folder-type\tcom/acme/\tTop\ttrue",
                    "package-type\tcom.acme.util\tStrings\ttrue",
                    "other-jvm\tcom/acme/\t\tfalse")))
        .isTrue();
    assertThat(paths.answersAsBefore(List.of("package-type\tcom.acme\tGone\ttrue"))).isFalse();
    assertThat(paths.answersAsBefore(List.of("folder-type\tcom/acme/\tTop"))).isFalse();
    assertThat(paths.answersAsBefore(List.of("folder-type\tcom/acme/\tTop\ttrue\textra")))
        .isFalse();
    assertThat(paths.answersAsBefore(List.of("unknown\ta\tb\ttrue"))).isFalse();
  }

  @Test
  void afterPathsChangedOnlyRecordsNamingWhatDiffersAreAskedAgain() {
    JavaSourcePaths later =
        new JavaSourcePaths(
            List.of(
                "core/src/main/java/com/acme/util/Strings.java",
                "core/src/main/java/com/acme/util/Top.java",
                "Root.java",
                "lib/src/main/java/org/xutil/Other.java",
                "kt/src/main/kotlin/com/acme/Helper.KT",
                "README.md"));
    var holds = later.answersAsBeforeAfter(paths);
    // Top.java moved out of com/acme/ into the util package: questions about Top change
    assertThat(holds.test(List.of("folder-type\tcom/acme/\tTop\ttrue"))).isFalse();
    assertThat(holds.test(List.of("package-type\tcom.acme.util\tTop\tfalse"))).isFalse();
    assertThat(holds.test(List.of("package-type\tcom.acme.util\tTop\ttrue"))).isTrue();
    // others are not asked again, and hold
    assertThat(holds.test(List.of("package-type\tcom.acme.util\tStrings\ttrue"))).isTrue();
    assertThat(holds.test(List.of("unreadable"))).isFalse();
    assertThat(holds.test(List.of("unknown\ta\tb\ttrue"))).isFalse();
    // a folder whose other JVM sources differ, asked by the same record in a later commit too
    JavaSourcePaths withKotlin =
        new JavaSourcePaths(List.of("core/src/main/java/com/acme/util/Top.java", "app/src/A.kt"));
    List<String> asksApp =
        List.of("folder-type\tapp/src/\tA\tfalse", "other-jvm\tapp/src/\t\tfalse");
    assertThat(withKotlin.answersAsBeforeAfter(later).test(asksApp)).isFalse();
    JavaSourcePaths withoutKotlin =
        new JavaSourcePaths(List.of("core/src/main/java/com/acme/util/Top.java"));
    assertThat(withoutKotlin.answersAsBeforeAfter(withKotlin).test(asksApp)).isTrue();
    assertThat(
            withoutKotlin
                .answersAsBeforeAfter(withKotlin)
                .test(List.of("other-jvm\tapp/src/\t\ttrue")))
        .isFalse();
    // the same paths: everything holds
    assertThat(paths.answersAsBeforeAfter(paths).test(List.of("anything"))).isTrue();
  }

  @Test
  void aCommitAddingManyTypesIsFilteredTheSameWay() {
    List<String> more = new java.util.ArrayList<>(List.of("com/acme/Top.java"));
    for (int i = 0; i < 10; i++) {
      more.add("com/acme/Added" + i + ".java");
    }
    var holds = new JavaSourcePaths(more).answersAsBeforeAfter(new JavaSourcePaths(List.of()));
    assertThat(holds.test(List.of("folder-type\tcom/acme/\tAdded7\tfalse"))).isFalse();
    assertThat(holds.test(List.of("folder-type\tcom/acme/\tAdded7\ttrue"))).isTrue();
    assertThat(holds.test(List.of("folder-type\tcom/acme/\tUnrelated\tfalse"))).isTrue();
  }

  /**
   * A layout derived step by step ({@link JavaSourcePaths#after}) answers every question as one
   * made from the same paths, and tells the same records to ask again as the full comparison does.
   */
  @Test
  void aLayoutDerivedFromChangesAnswersAsOneMadeFromThePaths() {
    List<String> folders =
        List.of("", "com/x/", "a/src/main/java/com/x/", "b/com/x/y/", "app/src/");
    List<String> pool = new ArrayList<>();
    for (String folder : folders) {
      for (String name : List.of("A", "B")) {
        for (String ext : List.of(".java", ".kt", ".GROOVY", ".md")) {
          pool.add(folder + name + ext);
        }
      }
    }
    List<String> records = new ArrayList<>();
    for (String folder : folders) {
      for (String name : List.of("A", "B", "C")) {
        for (boolean answer : List.of(true, false)) {
          records.add("folder-type\t" + folder + "\t" + name + "\t" + answer);
          records.add("other-jvm\t" + folder + "\t\t" + answer);
        }
      }
    }
    for (String pkg : List.of("com.x", "x", "com.x.y", "x.y")) {
      records.add("package-type\t" + pkg + "\tA\ttrue");
      records.add("package-type\t" + pkg + "\tB\tfalse");
    }
    RandomPathChanges steps = new RandomPathChanges(pool, 7);
    JavaSourcePaths derived = new JavaSourcePaths(List.of());
    for (int step = 0; step < 300; step++) {
      PathChanges changes = steps.next(4);
      JavaSourcePaths earlier = derived;
      JavaSourcePaths fresh = new JavaSourcePaths(changes.paths());
      derived = earlier.after(changes);
      for (String record : records) {
        List<String> one = List.of(record);
        assertThat(derived.answersAsBefore(one)).as(record).isEqualTo(fresh.answersAsBefore(one));
        assertThat(derived.answersAsBeforeAfter(earlier).test(one))
            .as("%s after %s", record, changes)
            .isEqualTo(fresh.answersAsBeforeAfter(earlier).test(one));
      }
    }
  }
}
