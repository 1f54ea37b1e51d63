package com.acme.orders;

import java.util.List;
import org.legacy.mocks.MockBuilder;
import org.mockito.Mock;
import org.mockito.Spy;

public class RewriteTest {
  private final List<MockBuilder> builders = List.of();
  @Spy private Object spy;
}
