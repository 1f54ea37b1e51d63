package com.acme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxesTest {
  @Test
  void works() {
    assertThat(1).isEqualTo(1);
  }
}
