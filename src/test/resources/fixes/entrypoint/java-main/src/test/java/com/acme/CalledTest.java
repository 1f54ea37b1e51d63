package com.acme;

import org.junit.Test;

public class CalledTest {
  @Test
  public void adds() {}

  public static void main(String[] args) {
    System.out.println("run me");
  }
}
