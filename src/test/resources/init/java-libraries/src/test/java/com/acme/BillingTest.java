package com.acme;

import static org.easymock.EasyMock.createMock;

import org.junit.jupiter.api.Test;

class BillingTest {
  @Test
  void works() {
    createMock(Object.class);
  }
}
