package dev.ssotgardener.fix;

import dev.ssotgardener.finding.Finding;

/** Why a finding of each kind comes without a fix, in words a reviewer can act on. */
final class Unfixable {
  private Unfixable() {}

  static String reason(Finding finding) {
    return switch (finding.kind()) {
      case "base-class" ->
          "no automatic fix: only a replaced base written in the class itself, through a named"
              + " import or in full, is swapped";
      case "import" ->
          "no automatic fix: the imported names are still used and the policy gives no rewrite:"
              + " mapping for them";
      case "api" -> "no automatic fix: no rewrite: template of the truth matches this use";
      case "entrypoint" ->
          "no automatic fix: the runner call is neither alone in an if __name__ == \"__main__\""
              + " block nor inside the main method of a test class that nothing else calls";
      case "dangling-imports" -> "no automatic fix: the missing names are still used";
      case "conflict-markers" ->
          "no automatic fix: a broken marker is never guessed at; edit it by hand";
      case "single-definition" ->
          "no automatic fix: merging a second definition into the canonical one needs a person";
      case "factory" -> "no automatic fix: the factory's arguments differ from the constructor's";
      default -> "no automatic fix for " + finding.kind();
    };
  }
}
