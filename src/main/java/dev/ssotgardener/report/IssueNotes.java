package dev.ssotgardener.report;

import static dev.ssotgardener.policy.kinds.Words.code;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An issue's technical notes (conflicts, introducing commits, fixes) and related documents. */
final class IssueNotes {
  private final ReportContext context;
  private final GroupBy groupBy;
  private final RuleTexts texts;

  IssueNotes(ReportContext context, GroupBy groupBy, RuleTexts texts) {
    this.context = context;
    this.groupBy = groupBy;
    this.texts = texts;
  }

  List<String> notes(IssueGroup group) {
    List<String> md = new ArrayList<>();
    for (Finding f : group.findings()) {
      if (f.truth().equals(BuiltinCheck.CONFLICT_MARKERS.id())) {
        md.add(
            (groupBy == GroupBy.FILE ? "File shows" : code(f.path()) + " shows")
                + " merge conflict markers at line "
                + f.span().startLine()
                + ": "
                + f.message());
      }
    }
    Map<String, List<Finding>> byCommit = new LinkedHashMap<>();
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    for (Finding f : group.findings()) {
      Provenance p = context.history().byFingerprint().get(f.fingerprint());
      if (p != null) {
        byCommit.computeIfAbsent(p.introducedBy().commit(), k -> new ArrayList<>()).add(f);
        provenance.putIfAbsent(p.introducedBy().commit(), p);
      }
    }
    byCommit.forEach(
        (commit, findings) -> {
          Provenance p = provenance.get(commit);
          md.add(
              "Introduced by commit "
                  + describe(p.introducedBy())
                  + p.mergedBy().map(m -> ", merged by " + describe(m)).orElse("")
                  + ": "
                  + findings.stream()
                      .map(f -> f.truth() + " line " + f.span().startLine())
                      .collect(Collectors.joining(", ")));
        });
    if (byCommit.isEmpty()) {
      md.add("Introducing commit unknown: run `ssot history` to name it");
    }
    long fixable = group.findings().stream().filter(Finding::fixable).count();
    md.add(
        fixable == 0
            ? "No finding here has a safe automatic fix; remediation is by hand or through `ssot garden`"
            : "%d of %d findings have a safe fix: preview with `ssot fix`, apply with `ssot fix --apply`"
                .formatted(fixable, group.findings().size()));
    List<String> bypassed = context.declared(group.truths());
    if (!bypassed.isEmpty()) {
      md.add(
          "SSOT infrastructure bypassed: "
              + bypassed.stream()
                  .map(t -> code(t) + " (" + texts.shortDescription(t) + ")")
                  .collect(Collectors.joining("; ")));
    }
    return md;
  }

  /** The policy, and the canonical sources of the violated truths that exist in the repository. */
  List<String> related(IssueGroup group) {
    List<String> related = new ArrayList<>();
    context
        .policy()
        .source()
        .ifPresent(
            source ->
                related.add(code(relative(source)) + " - SSOT policy declaring these truths"));
    for (String id : group.truths()) {
      Optional<Truth> truth = context.truth(id);
      if (truth.isEmpty()) {
        continue;
      }
      for (String canonical : truth.get().canonical()) {
        Optional<String> file = canonicalFile(truth.get(), canonical);
        if (file.isPresent()) {
          String line = code(file.get()) + " - SSOT " + IssueTitle.truthWords(id);
          if (!related.contains(line)) {
            related.add(line);
          }
          break;
        }
      }
    }
    return related;
  }

  private Optional<String> canonicalFile(Truth truth, String canonical) {
    List<String> candidates = new ArrayList<>();
    if (truth.kind() == TruthKind.ENTRYPOINT) {
      candidates.add(canonical);
    } else {
      String[] parts = canonical.split("\\.");
      for (int n = parts.length; n > 0; n--) {
        String module = String.join("/", List.of(parts).subList(0, n));
        for (Dialect dialect : Dialects.all()) {
          candidates.addAll(dialect.moduleFiles(module));
        }
      }
    }
    return candidates.stream()
        .filter(c -> Files.isRegularFile(context.onDisk(context.root()).resolve(c)))
        .findFirst();
  }

  private String relative(Path source) {
    Path root = context.onDisk(context.root()).toAbsolutePath().normalize();
    Path file = context.onDisk(source).toAbsolutePath().normalize();
    return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
  }

  private static String describe(CommitRef ref) {
    return Words.shortId(ref.commit())
        + " \""
        + ref.subject()
        + "\" ("
        + ref.author()
        + ", "
        + ref.date()
        + ")";
  }
}
