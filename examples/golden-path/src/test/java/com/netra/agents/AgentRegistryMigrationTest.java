package com.netra.agents;

import static org.mockito.Mockito.mock;

import org.junit.Test;
import org.junit.runner.JUnitCore;

/** The seed's regression in Java: every SSOT pattern bypassed at once. */
public class AgentRegistryMigrationTest {
  @Test
  public void registryUsesTheDatabaseUrl() {
    String url = System.getenv("DATABASE_URL");
    AgentRegistry registry = mock(AgentRegistry.class);
    registry.lookup(url);
  }

  public static void main(String[] args) {
    JUnitCore.runClasses(AgentRegistryMigrationTest.class);
  }
}
