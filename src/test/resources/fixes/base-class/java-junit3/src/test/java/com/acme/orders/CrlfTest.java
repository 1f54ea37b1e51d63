package com.acme.orders;

import junit.framework.TestCase;
import org.junit.Assert;

public class CrlfTest extends TestCase {
  public void testOne() {
    Assert.assertTrue(true);
  }
}
