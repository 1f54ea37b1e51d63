package dev.ssotgardener.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One issue's content, decided once by {@link IssueComposer} and only formatted by {@link
 * MarkdownRenderer}: every list holds the text of one Markdown bullet.
 *
 * @param type the type line: {@code Regression blocking Golden Path}
 * @param summary the summary paragraph, sentences joined
 * @param impact business impact bullets
 * @param checklist the violations, each ticked once every finding of it is resolved
 * @param files the files involved, primary marked
 * @param notes technical notes
 * @param criteria success criteria, each ticked once met
 * @param related related documents; none leaves the section out
 * @param command the command that wrote the issue, named in its footer
 */
public record IssueDocument(
    String title,
    String priority,
    String type,
    LocalDate created,
    String summary,
    List<String> impact,
    List<Check> checklist,
    List<String> files,
    List<TrackedStep> steps,
    List<String> notes,
    List<Check> criteria,
    List<String> related,
    String command) {
  public IssueDocument {
    impact = List.copyOf(impact);
    checklist = List.copyOf(checklist);
    files = List.copyOf(files);
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
    criteria = List.copyOf(criteria);
    related = List.copyOf(related);
  }

  /** A checkbox line. */
  public record Check(String text, boolean done) {}
}
