package dev.ssotgardener.policy.kinds;

import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Map;

/** A kind's doc filled in for one truth of a policy: its own names first, then the kind's doc. */
public final class RuleDoc {
  /** The sections every doc has, in this order, as {@code ## } headings. */
  public static final List<String> SECTIONS =
      List.of("What it reports", "Why", "Example", "Fix", "Policy keys", "How to suppress");

  private RuleDoc() {}

  public static String forTruth(Truth truth) {
    KindDescriptor kind = truth.kind().descriptor();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(truth.id()).append(" (kind `").append(kind.id()).append("`)\n\n");
    out.append(kind.shortDescription(truth)).append(".\n\n");
    names(out, "canonical", truth.canonical());
    names(out, "replaces", truth.replaces());
    names(out, "forbids", truth.forbids());
    names(out, "names", truth.names());
    for (Map.Entry<String, String> rewrite : truth.rewrite().entrySet()) {
      out.append("- rewrite: ")
          .append(Words.code(rewrite.getKey()))
          .append(" → ")
          .append(Words.code(rewrite.getValue()))
          .append('\n');
    }
    if (!truth.impact().isBlank()) {
      out.append("- impact: ").append(truth.impact().strip()).append('\n');
    }
    out.append("\nSuppress one finding with `# ssot: ignore[")
        .append(truth.id())
        .append("] <reason>` (`//` in Java).\n\n");
    return out + kind.doc();
  }

  private static void names(StringBuilder out, String key, List<String> names) {
    if (!names.isEmpty()) {
      out.append("- ").append(key).append(": ").append(Words.codeEach(names)).append('\n');
    }
  }
}
