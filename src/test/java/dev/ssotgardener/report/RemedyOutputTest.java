package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.finding.Alternative;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.FixLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What can be done about each finding reaches the reports: a conflict's candidate resolutions as
 * typed alternatives, and for a finding without a fix the reason its rule gave at that site.
 */
class RemedyOutputTest {
  private static GoldenPathExample example;

  @BeforeAll
  static void load() {
    example = new GoldenPathExample();
  }

  @Test
  void aConflictCarriesItsCandidatesAsDecisionAlternatives() {
    Finding conflict = example.finding("conflict-markers");

    assertThat(conflict.fix()).isEmpty();
    assertThat(conflict.remedy().alternatives())
        .extracting(Alternative::choice)
        .containsExactly(ConflictChoice.values());
    assertThat(conflict.remedy().alternatives())
        .allMatch(a -> a.fix().level() == FixLevel.DECISION && !a.fix().edits().isEmpty());
  }

  @Test
  void jsonListsTheAlternativesAndTheReasonThereIsNoFix() throws Exception {
    JsonNode findings =
        new ObjectMapper()
            .readTree(GoldenPathExample.render(new JsonRenderer("0.1.0"), example.result))
            .get("findings");
    List<JsonNode> all = new ArrayList<>();
    findings.forEach(all::add);
    JsonNode conflict =
        all.stream()
            .filter(f -> f.get("truth").asText().equals("conflict-markers"))
            .findFirst()
            .orElseThrow();
    List<String> choices = new ArrayList<>();
    conflict.get("alternatives").forEach(a -> choices.add(a.get("choice").asText()));
    assertThat(choices).containsExactly("ours", "theirs", "ours+theirs", "theirs+ours");
    assertThat(conflict.at("/alternatives/0/fixLevel").asText()).isEqualTo("decision");
    assertThat(conflict.at("/alternatives/2/description").asText())
        .isEqualTo("keep union (chosen)");

    for (JsonNode f : all) {
      assertThat(f.has("unfixedReason"))
          .as("%s: a finding without a fix says why", f)
          .isEqualTo(!f.get("fixable").asBoolean());
    }
    JsonNode unfixedImport =
        all.stream()
            .filter(f -> f.get("kind").asText().equals("import") && f.has("unfixedReason"))
            .findFirst()
            .orElseThrow();
    assertThat(unfixedImport.get("unfixedReason").asText())
        .isEqualTo(
            "the import of mock stays whatever uses it: a static import: a constant it brings in is a"
                + " plain name the facts miss");
  }

  @Test
  void textOffersTheAlternativesOnAHelpLine() {
    String text = GoldenPathExample.render(new TextRenderer(false), example.result);

    assertThat(text)
        .contains(
            "help: choose one of ours, theirs, ours+theirs, theirs+ours (decision: `ssot fix"
                + " --conflict`, or `ssot garden` tries them in order)");
  }
}
