package dev.ssotgardener.audit;

import java.util.List;

/** Gives the lines of a file for snippets, read only for the files that have findings. */
@FunctionalInterface
public interface LineSource {
  /** The lines of the file at {@code path}, without line terminators; empty if unreadable. */
  List<String> lines(String path);
}
