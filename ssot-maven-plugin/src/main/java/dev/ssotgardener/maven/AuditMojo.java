package dev.ssotgardener.maven;

import dev.ssotgardener.cli.Main;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code ssot:audit}: {@code ssot audit} inside the build, failing it on findings at or above
 * {@code failOn}. It runs the CLI's own command line, so options, defaults, messages and exit codes
 * are exactly the tool's.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY)
public final class AuditMojo extends AbstractMojo {
  /** The folder to audit; names resolve against its whole repository. */
  @Parameter(property = "ssot.path", defaultValue = "${project.basedir}")
  private File path;

  /** The policy file (default: the ssot.yml found as {@code ssot audit} finds it). */
  @Parameter(property = "ssot.policy")
  private File policy;

  /** Known findings (from {@code ssot baseline write}): only findings missing from it fail. */
  @Parameter(property = "ssot.baseline")
  private File baseline;

  /** Fail the build on findings at least this severe: error, warning or never. */
  @Parameter(property = "ssot.failOn", defaultValue = "error")
  private String failOn;

  /** The report's format: text, json, sarif, markdown, html or github. */
  @Parameter(property = "ssot.format", defaultValue = "text")
  private String format;

  /** Where the report goes; the build log then shows the findings as text as well. */
  @Parameter(property = "ssot.output")
  private File output;

  @Parameter(property = "ssot.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ssot: skipped");
      return;
    }
    int exit;
    if (output == null) {
      exit = audit("--format", format, "--fail-on", failOn);
    } else {
      // The report file is for tools; a person reading the log sees the findings as text.
      exit = audit("--format", format, "--output", output.getPath(), "--fail-on", "never");
      if (exit == 0) {
        exit = audit("--fail-on", failOn);
      }
    }
    if (exit == 1) {
      throw new MojoFailureException(
          "ssot: findings at or above failOn="
              + failOn
              + " (listed above)"
              + (output == null ? "" : "; report: " + output));
    }
    if (exit != 0) {
      throw new MojoExecutionException("ssot audit could not run (exit " + exit + "): see above");
    }
  }

  private int audit(String... options) {
    List<String> args = new ArrayList<>(List.of("audit", path.getPath()));
    if (policy != null) {
      args.addAll(List.of("--policy", policy.getPath()));
    }
    if (baseline != null) {
      args.addAll(List.of("--baseline", baseline.getPath()));
    }
    args.addAll(List.of(options));
    getLog().debug("ssot " + String.join(" ", args));
    return Main.run(args.toArray(String[]::new));
  }
}
