package dev.ssotgardener.init;

import java.util.List;

/** What one inference found: the truths it proposes, or why it proposes none. */
record Outcome(List<ProposedTruth> truths, String whyNone) {
  Outcome {
    truths = List.copyOf(truths);
  }

  static Outcome proposed(ProposedTruth truth) {
    return new Outcome(List.of(truth), "");
  }

  static Outcome none(String why) {
    return new Outcome(List.of(), why);
  }
}
