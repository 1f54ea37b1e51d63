package com.acme;

final class Launcher {
  void start() {
    CalledTest.main(new String[0]);
  }
}
