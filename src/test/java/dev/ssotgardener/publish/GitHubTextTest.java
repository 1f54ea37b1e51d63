package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GitHubTextTest {
  private static final String HEAD = "<!-- ssot-issue: s -->\n";
  private static final String TAIL = "\n<!-- ssot-garden: s step 3 -->\n";
  private static final String WHOLE = "see the tracker";

  @Test
  void aBodyWithinTheLimitIsUnchanged() {
    assertThat(GitHubText.fit(HEAD, "# Title\n- [ ] a\n", TAIL, WHOLE))
        .isEqualTo(HEAD + "# Title\n- [ ] a\n" + TAIL);
  }

  @Test
  void aLongBodyIsCutAtALineKeepingBothMarkersAndSayingHowManyLinesWereLeftOut() {
    List<String> lines =
        IntStream.range(0, 5_000).mapToObj(i -> "- [ ] finding number " + i).toList();
    String text = String.join("\n", lines) + "\n";

    String fitted = GitHubText.fit(HEAD, text, TAIL, WHOLE);

    assertThat(fitted.length()).isLessThanOrEqualTo(GitHubText.LIMIT).isGreaterThan(65_000);
    assertThat(fitted).startsWith(HEAD).endsWith(TAIL);
    String body = fitted.substring(HEAD.length(), fitted.indexOf("\n… "));
    List<String> kept = body.lines().toList();
    assertThat(kept).isEqualTo(lines.subList(0, kept.size()));
    assertThat(fitted).contains("\n… " + (lines.size() - kept.size()) + " more lines: " + WHOLE);
  }

  @Test
  void aCutInsideAFenceClosesItWithTheSameFence() {
    String code = IntStream.range(0, 12_000).mapToObj(i -> "x = " + i).collect(joined());
    String text = "Before\n````python\n" + code + "\n```\nstill code\n````\nAfter\n";

    String fitted = GitHubText.fit(HEAD, text, TAIL, WHOLE);

    assertThat(fitted.length()).isLessThanOrEqualTo(GitHubText.LIMIT);
    assertThat(fitted).contains("x = 1\n").doesNotContain("After");
    // the inner ``` does not close a ```` fence; the cut does
    assertThat(fitted.substring(0, fitted.indexOf("\n… "))).endsWith("\n````\n");
  }

  @Test
  void aCutAfterAClosedFenceAddsNoFence() {
    String text =
        "```\ncode\n```\n"
            + IntStream.range(0, 10_000).mapToObj(i -> "line " + i).collect(joined())
            + "\n";

    String fitted = GitHubText.fit(HEAD, text, TAIL, WHOLE);

    assertThat(fitted.substring(0, fitted.indexOf("\n… "))).doesNotEndWith("```\n");
    assertThat(fitted.lines().filter(l -> l.startsWith("```")).count()).isEqualTo(2);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joined() {
    return Collectors.joining("\n");
  }
}
