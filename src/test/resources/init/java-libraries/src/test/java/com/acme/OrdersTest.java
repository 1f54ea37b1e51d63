package com.acme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class OrdersTest {
  @Test
  void works() {
    assertThat(Mockito.mock(Object.class)).isNotNull();
  }
}
