package dev.ssotgardener.lang;

import java.util.List;
import java.util.Map;

/**
 * What code in a language usually looks like, for {@code ssot init} to look for and {@code ssot
 * garden} to assume where the policy says nothing: the names that read the environment and that
 * mock, the calls that start a test runner, and the names and folders test files usually have.
 *
 * @param environmentReads qualified names whose use reads an environment variable or property
 * @param mockLibraries the modules or packages of the usual mocking libraries
 * @param runnerCalls calls that start the test runner on their own ({@code pytest.main})
 * @param testRunning names whose call runs tests: the runner calls and the runner's building blocks
 * @param processModules modules whose calls start a process, which may be the runner
 * @param runnerProgram the runner's program name as a process argument; empty: none
 * @param testFileNames file-name patterns test files usually follow, most usual first
 * @param collectedTestFiles the file-name patterns of the tests the usual test command runs when
 *     told nothing (Maven's {@code mvn test} runs no {@code *IT.java})
 * @param testFolders folders ({@code "a/b/"}) that hold tests by convention, each with the layout
 *     it belongs to ({@code Maven/Gradle layout})
 * @param libraryChoices groups of libraries that do one job, of which code usually uses one
 */
public record Idioms(
    List<String> environmentReads,
    List<String> mockLibraries,
    List<String> runnerCalls,
    List<String> testRunning,
    List<String> processModules,
    String runnerProgram,
    List<String> testFileNames,
    List<String> collectedTestFiles,
    Map<String, String> testFolders,
    List<LibraryChoice> libraryChoices) {
  public Idioms {
    environmentReads = List.copyOf(environmentReads);
    mockLibraries = List.copyOf(mockLibraries);
    runnerCalls = List.copyOf(runnerCalls);
    testRunning = List.copyOf(testRunning);
    processModules = List.copyOf(processModules);
    testFileNames = List.copyOf(testFileNames);
    collectedTestFiles = List.copyOf(collectedTestFiles);
    testFolders = Map.copyOf(testFolders);
    libraryChoices = List.copyOf(libraryChoices);
  }
}
