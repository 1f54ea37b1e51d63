package com.acme.orders;

import java.util.List;

import junit.framework.TestCase;
import org.junit.Assert;

public class OrderTest extends TestCase {
  public void testTotal() {
    Assert.assertEquals(3, List.of(1, 2).size() + 1);
  }
}
