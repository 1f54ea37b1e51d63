package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.SkippedFile;
import java.util.List;
import java.util.Set;

/**
 * What an audit judges, gathered before any rule runs ({@link Auditor#gather}): a shard of an audit
 * stops here and writes it out, the merge of the shards puts their parts together and judges them
 * ({@link Auditor#judge}) as the audit of the whole would.
 *
 * @param root the audited folder as the user gave it
 * @param judged the facts of the files judged, in path order, paths relative to the folder
 * @param context the facts of files outside the folder that names resolve to (the audit of a folder
 *     of a larger repository), in path order, paths leading up out of the folder
 * @param listed the paths of the files listed for judging, read or skipped: where the policy's
 *     globs must match something
 * @param skipped the listed files that were not read, and why
 * @param lines the lines of a judged file, for the snippets of its findings
 */
public record Gathered(
    String root,
    List<FileFacts> judged,
    List<FileFacts> context,
    Set<String> listed,
    List<SkippedFile> skipped,
    LineSource lines) {
  public Gathered {
    judged = List.copyOf(judged);
    context = List.copyOf(context);
    listed = Set.copyOf(listed);
    skipped = List.copyOf(skipped);
  }
}
