package com.acme.orders;

import junit.framework.TestCase;

public class TakenTest extends TestCase {
  static class SSotBaseTestCase {}
}
