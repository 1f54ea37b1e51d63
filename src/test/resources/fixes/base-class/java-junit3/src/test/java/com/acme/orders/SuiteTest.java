package com.acme.orders;

import junit.framework.TestCase;
import junit.framework.TestSuite;

public class SuiteTest extends TestCase {
  public static TestSuite suite() {
    return new TestSuite(TestCase.class);
  }
}
