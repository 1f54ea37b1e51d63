package com.netra.agents;

import com.netra.testframework.SSotBaseTestCase;
import com.netra.testframework.SSotMockFactory;
import org.junit.Test;

/** The compliant shape: canonical base, mock factory and environment accessor. */
public class AgentRegistryTest extends SSotBaseTestCase {
  @Test
  public void registryUsesTheDatabaseUrl() {
    AgentRegistry registry = SSotMockFactory.create(AgentRegistry.class);
    registry.lookup(env("DATABASE_URL"));
  }
}
