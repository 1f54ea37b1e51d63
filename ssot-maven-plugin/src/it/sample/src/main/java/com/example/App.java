package com.example;

public final class App {
  private App() {}

  public static void main(String[] args) {
    System.out.println(System.getenv("HOME"));
  }
}
