package dev.ssotgardener.lang;

import dev.ssotgardener.facts.FileFacts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a {@link StartupProbe} may use: the project's commands, and the repository as the run knows
 * it.
 *
 * @param commands runs the project's commands
 * @param testCommand the project's test command, which names its interpreter
 * @param compileCommand the project's own compile command; empty: compile in process
 * @param classpath the project's dependencies, for an in-process compile; empty: none
 * @param moduleOf the module name of a repository file as its facts say now
 * @param sources the repository's files and which names are its own, made only when a probe needs
 *     them
 */
public record ProbeContext(
    StartupProbe.Commands commands,
    String testCommand,
    Optional<String> compileCommand,
    List<Path> classpath,
    Function<String, String> moduleOf,
    Supplier<Sources> sources) {
  public ProbeContext {
    classpath = List.copyOf(classpath);
  }

  /** The repository's files, and whether a qualified name is the repository's own. */
  public record Sources(Collection<FileFacts> files, Predicate<String> isLocal) {}
}
