package dev.ssotgardener.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code src/test/resources/init/} is a small repository with an {@code expect.txt}:
 * {@code tests GLOB...} (the proposed tests), {@code untested GLOB...} (globs not among them),
 * {@code exclude FOLDER...} (exactly these folders proposed for {@code exclude:}), {@code + id
 * canonical [forbids=a,b] [replaces=a]} (a proposed truth; {@code except=a,b} too), {@code ~ id
 * canonical} (proposed commented out), {@code - kind} (nothing of that kind proposed). Every
 * proposal also loads back through the policy loader and comes out the same twice.
 */
class InitFixtureTest {
  private static final Path ROOT = Path.of("src/test/resources/init");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static Proposal propose(Path repo) throws IOException {
    return new PolicyInference(new WalkOptions(5L << 20, false), FactsCache.none()).infer(repo);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void proposesWhatExpectSays(Path repo) throws IOException {
    Proposal proposal = propose(repo);
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(repo.resolve("expect.txt"))) {
      String[] words = line.split(" ");
      switch (words[0]) {
        case "tests" -> {
          List<String> wanted = Arrays.asList(words).subList(1, words.length);
          if (!proposal.tests().containsAll(wanted)) {
            problems.add("tests " + proposal.tests() + " lack some of " + wanted);
          }
        }
        case "untested" -> {
          List<String> unwanted = Arrays.asList(words).subList(1, words.length);
          if (proposal.tests().stream().anyMatch(unwanted::contains)) {
            problems.add("tests " + proposal.tests() + " hold one of " + unwanted);
          }
        }
        case "exclude" -> {
          List<String> wanted = Arrays.asList(words).subList(1, words.length);
          List<String> got = proposal.exclude().stream().map(x -> x.folder()).toList();
          if (!got.equals(wanted)) {
            problems.add("exclude " + got + ", expected " + wanted);
          }
        }
        case "+", "~" -> {
          ProposedTruth t =
              proposal.truths().stream()
                  .filter(p -> p.id().equals(words[1]))
                  .findFirst()
                  .orElse(null);
          if (t == null) {
            problems.add("not proposed: " + line + "; proposed " + proposal);
            continue;
          }
          if (!t.canonical().equals(List.of(words[2])) || t.tentative() != words[0].equals("~")) {
            problems.add("expected " + line + ", got " + t);
          }
          for (int i = 3; i < words.length; i++) {
            String[] kv = words[i].split("=");
            List<String> want = List.of(kv[1].split(","));
            List<String> got =
                switch (kv[0]) {
                  case "forbids" -> t.forbids();
                  case "except" -> t.except();
                  default -> t.replaces();
                };
            if (!got.equals(want)) {
              problems.add(t.id() + " " + kv[0] + ": expected " + want + ", got " + got);
            }
          }
        }
        case "-" -> {
          proposal.truths().stream()
              .filter(t -> t.kind().id().equals(words[1]))
              .forEach(t -> problems.add("unexpected: " + t));
          if (proposal.notProposed().stream()
              .noneMatch(w -> w.startsWith(words[1] + ":") || w.contains(words[1]))) {
            problems.add("no reason given for no " + words[1] + ": " + proposal.notProposed());
          }
        }
        default -> {}
      }
    }
    assertThat(problems).as(repo.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void outputLoadsAsAPolicyAndIsDeterministic(Path repo, @TempDir Path temp) throws Exception {
    Proposal first = propose(repo);
    Proposal second = propose(repo);
    for (String format : List.of("yaml", "json")) {
      String text = render(first, format);
      assertThat(render(second, format)).isEqualTo(text);
      Path file = temp.resolve("ssot-" + format + ".yml");
      Files.writeString(file, text);
      Policy policy = new PolicyLoader().load(file);
      assertThat(policy.truths().stream().map(Truth::id))
          .as(text)
          .containsExactlyElementsOf(
              first.truths().stream().filter(t -> !t.tentative()).map(ProposedTruth::id).toList());
      assertThat(policy.tests().patterns()).containsExactlyElementsOf(first.tests());
      assertThat(policy.exclude().patterns())
          .containsExactlyElementsOf(
              first.exclude().stream().map(ExcludeInference.Excluded::glob).toList());
    }
  }

  private static String render(Proposal proposal, String format) {
    return format.equals("json")
        ? new ProposalJson().render(proposal)
        : new ProposalYaml().render(proposal);
  }
}
