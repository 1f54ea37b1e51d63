package dev.ssotgardener.policy;

import java.util.Arrays;
import java.util.Optional;

/** The six kinds of single source of truth a policy can declare. */
public enum TruthKind {
  BASE_CLASS("base-class"),
  IMPORT("import"),
  API("api"),
  ENTRYPOINT("entrypoint"),
  SINGLE_DEFINITION("single-definition"),
  FACTORY("factory");

  private final String id;

  TruthKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<TruthKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
