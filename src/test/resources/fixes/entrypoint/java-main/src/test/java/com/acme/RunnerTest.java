package com.acme;

import org.junit.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;

public class RunnerTest {
  @Test
  public void adds() {}

  public static void main(String[] args) {
    Result result = JUnitCore.runClasses(RunnerTest.class);
    System.exit(result.wasSuccessful() ? 0 : 1);
  }
}
