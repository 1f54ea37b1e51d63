package dev.ssotgardener.init;

import java.util.List;

/**
 * A proposal as {@code ssot.yml}: each truth headed by its evidence and the command that documents
 * its kind; tentative truths and the kinds not proposed as comments.
 */
public final class ProposalYaml {
  private static final String HEADER =
      "# Proposed by `ssot init` from what this repository already does most: each truth is what\n"
          + "# the majority does, its findings will be the minority. Review, then keep as ssot.yml.\n";

  public String render(Proposal proposal) {
    StringBuilder out = new StringBuilder(HEADER).append("version: 1\n");
    if (!proposal.tests().isEmpty()) {
      out.append("# tests ").append(proposal.testsEvidence()).append('\n');
      out.append("tests: ").append(list(proposal.tests())).append('\n');
    }
    if (!proposal.exclude().isEmpty()) {
      out.append("# exclude: vendored code and folders of copies\n");
      proposal.exclude().forEach(x -> out.append("#   ").append(x.evidence()).append('\n'));
      out.append("exclude: ")
          .append(list(proposal.exclude().stream().map(ExcludeInference.Excluded::glob).toList()))
          .append('\n');
    }
    List<ProposedTruth> firm = proposal.truths().stream().filter(t -> !t.tentative()).toList();
    List<ProposedTruth> tentative =
        proposal.truths().stream().filter(ProposedTruth::tentative).toList();
    out.append(firm.isEmpty() ? "truths: []\n" : "truths:\n");
    firm.forEach(t -> truth(out, t, ""));
    if (!tentative.isEmpty()) {
      out.append("  # Candidates for a person to decide; uncomment those that hold:\n");
      tentative.forEach(t -> truth(out, t, "# "));
    }
    if (!proposal.notProposed().isEmpty()) {
      out.append("# Not proposed:\n");
      proposal.notProposed().forEach(why -> out.append("#   ").append(why).append('\n'));
    }
    return out.toString();
  }

  private static void truth(StringBuilder out, ProposedTruth t, String comment) {
    String kind = t.kind().id();
    out.append("  # ").append(t.evidence()).append('\n');
    out.append("  # see `ssot rule ").append(kind).append("`\n");
    String in = "  " + comment;
    out.append(in).append("- id: ").append(t.id()).append('\n');
    out.append(in).append("  kind: ").append(kind).append('\n');
    out.append(in).append("  canonical: ").append(list(t.canonical())).append('\n');
    key(out, in, "forbids", t.forbids());
    key(out, in, "except", t.except());
    key(out, in, "replaces", t.replaces());
    key(out, in, "names", t.names());
    if (t.testsScope()) {
      out.append(in).append("  scope: tests\n");
    }
  }

  private static void key(StringBuilder out, String in, String key, List<String> values) {
    if (!values.isEmpty()) {
      out.append(in).append("  ").append(key).append(": ").append(list(values)).append('\n');
    }
  }

  /** A flow list of double-quoted strings: safe for any glob or name. */
  private static String list(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (String v : values) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return out.append(']').toString();
  }
}
