package com.acme;

/** What replaced com.acme.legacy.LegacyWidget in the migration. */
public final class Widget {
  public String name() {
    return "widget";
  }
}
