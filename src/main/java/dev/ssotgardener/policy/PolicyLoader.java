package dev.ssotgardener.policy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads {@code ssot.yml}. Every problem, from unreadable bytes to a key that does not apply to its
 * truth's kind, is a {@link PolicyException} whose message is one line naming the file, the line
 * and column, and the key path ({@code truths[1].kind}).
 */
public final class PolicyLoader {
  private static final String[] NAMES = {"ssot.yml", "ssot.yaml"};

  private final Path base;

  /** Reads the paths it is given as they are. */
  public PolicyLoader() {
    this(Path.of(""));
  }

  /**
   * Reads a relative path at {@code base}, for a caller whose working directory is not this
   * process's (the daemon serving a client); errors, warnings and {@link Policy#source()} still
   * name the path as given.
   */
  public PolicyLoader(Path base) {
    this.base = base;
  }

  /**
   * The policy at the root of a repository: {@code ssot.yml}, or {@code ssot.yaml}; empty when
   * there is neither.
   */
  public Optional<Policy> loadFromRoot(Path repoRoot) throws PolicyException {
    Path yml = repoRoot.resolve(NAMES[0]);
    Path yaml = repoRoot.resolve(NAMES[1]);
    if (Files.exists(base.resolve(yml)) && Files.exists(base.resolve(yaml))) {
      throw new PolicyException(
          yaml.toString(), 0, 0, "both ssot.yml and ssot.yaml exist; keep one");
    }
    if (Files.exists(base.resolve(yml))) {
      return Optional.of(load(yml));
    }
    return Files.exists(base.resolve(yaml)) ? Optional.of(load(yaml)) : Optional.empty();
  }

  /** Reads and checks one policy file; {@code file} appears in error messages as given. */
  public Policy load(Path file) throws PolicyException {
    return load(file, bytes(file));
  }

  /**
   * Reads and checks a policy's content, such as a commit's {@code ssot.yml}; {@code file} names it
   * in error messages.
   */
  public Policy load(Path file, byte[] content) throws PolicyException {
    String name = file.toString();
    ValueReader values = new ValueReader(name);
    YamlNode root =
        new YamlReader(name)
            .read(content)
            .filter(
                node ->
                    !(node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL))
            .orElseThrow(
                () ->
                    new PolicyException(name, 1, 1, "policy is empty; start it with 'version: 1'"));
    return new PolicyReader(values).read(root, file);
  }

  private byte[] bytes(Path file) throws PolicyException {
    if (Files.isDirectory(base.resolve(file))) {
      throw new PolicyException(file.toString(), 0, 0, "is a directory, not a policy file");
    }
    try {
      return Files.readAllBytes(base.resolve(file));
    } catch (NoSuchFileException e) {
      throw new PolicyException(file.toString(), 0, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw new PolicyException(file.toString(), 0, 0, "cannot read: permission denied");
    } catch (IOException e) {
      throw new PolicyException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
    }
  }
}
