package dev.ssotgardener.cli;

import picocli.CommandLine.Command;

/** The top-level {@code ssot} command; all work happens in subcommands. */
@Command(
    name = "ssot",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps a codebase's single sources of truth intact.",
    subcommands = {
      AuditCommand.class,
      FixCommand.class,
      GardenCommand.class,
      BaselineCommand.class,
      HistoryCommand.class,
      DiffCommand.class,
      MergesCommand.class,
      MergeCommand.class,
      RuleCommand.class,
      InitCommand.class,
      DaemonCommand.class
    })
final class SsotCommand {}
