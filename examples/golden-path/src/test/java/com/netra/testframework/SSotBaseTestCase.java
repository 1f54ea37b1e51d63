package com.netra.testframework;

/** SSOT base class of every Java test: the isolated environment is set up the same way. */
public abstract class SSotBaseTestCase {
  protected final String env(String name) {
    return com.netra.shared.IsolatedEnvironment.get(name);
  }
}
