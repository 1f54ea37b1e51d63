package dev.ssotgardener.workspace;

/** Why a file or directory was left out of the audit. */
public enum SkipReason {
  BINARY("binary"),
  TOO_LARGE("too-large"),
  UNREADABLE("unreadable"),
  SYMLINK_LOOP("symlink-loop");

  private final String id;

  SkipReason(String id) {
    this.id = id;
  }

  /** The kebab-case id shown to users and written to reports. */
  public String id() {
    return id;
  }
}
