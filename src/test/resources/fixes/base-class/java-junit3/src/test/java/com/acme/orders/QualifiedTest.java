package com.acme.orders;

import java.util.Map;

public class QualifiedTest extends junit.framework.TestCase implements Cloneable {
  private final Map<String, String> seen = Map.of();
}
