package com.acme;

import org.junit.Test;

public class SampleAppTest {
  @Test
  public void findsTheMainMethod() {}

  static class SampleApp {
    public static void main(String[] args) {}
  }
}
