package dev.ssotgardener.lang;

import java.util.List;

/**
 * Libraries that do the same job, of which a code base usually settles on one: JUnit 5 or JUnit 4,
 * AssertJ or Hamcrest, SLF4J or {@code java.util.logging}. {@code ssot init} proposes the one most
 * modules use and forbids the others the code still imports.
 *
 * @param id the truth id a proposal gets ({@code test-framework})
 * @param testsOnly the choice is made in tests only: counted there, proposed with {@code scope:
 *     tests}
 * @param libraries the alternatives
 */
public record LibraryChoice(String id, boolean testsOnly, List<Library> libraries) {
  public LibraryChoice {
    libraries = List.copyOf(libraries);
  }

  /**
   * One alternative.
   *
   * @param name what people call it ({@code JUnit 4})
   * @param modules the qualified names it lives under
   * @param except names under {@code modules} that belong to another library ({@code
   *     org.junit.jupiter} under JUnit 4's {@code org.junit})
   */
  public record Library(String name, List<String> modules, List<String> except) {
    public Library {
      modules = List.copyOf(modules);
      except = List.copyOf(except);
    }

    public Library(String name, String module) {
      this(name, List.of(module), List.of());
    }

    /** Whether {@code name} is one of this library's names. */
    public boolean covers(String name) {
      return under(name, modules) && !under(name, except);
    }

    private static boolean under(String name, List<String> prefixes) {
      return prefixes.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }
  }
}
