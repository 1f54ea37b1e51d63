package com.netra.shared;

/** The one place that reads the process environment. */
public final class IsolatedEnvironment {
  private IsolatedEnvironment() {}

  public static String get(String name) {
    return System.getenv(name);
  }
}
