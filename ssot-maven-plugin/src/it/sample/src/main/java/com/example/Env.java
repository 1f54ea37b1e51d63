package com.example;

/** The one place that reads the environment. */
public final class Env {
  private Env() {}

  public static String get(String name) {
    return System.getenv(name);
  }
}
