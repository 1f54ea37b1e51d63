package com.acme.env;

public final class IsolatedEnvironment {
  private IsolatedEnvironment() {}

  public static String get(String name) {
    return System.getenv(name);
  }
}
