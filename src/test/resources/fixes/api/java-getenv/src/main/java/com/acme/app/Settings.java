package com.acme.app;

import java.util.Map;
import java.util.Optional;

final class Settings {
  String home() {
    return Optional.ofNullable(System.getenv("HOME")).orElse("/");
  }

  String user() {
    return java.lang.System.getenv(
        "USER");
  }

  Map<String, String> all() {
    return System.getenv();
  }
}
