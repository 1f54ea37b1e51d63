package com.acme;

import org.junit.jupiter.api.Test;

class WidgetTest {
  @Test
  void works() {}
}
