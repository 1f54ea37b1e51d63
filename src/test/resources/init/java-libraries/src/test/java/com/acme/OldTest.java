package com.acme;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class OldTest {
  @Test
  public void works() {
    assertThat(1, is(1));
  }
}
