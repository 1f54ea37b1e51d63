package com.netra.agents;

/** The registry the Java tests exercise. */
public interface AgentRegistry {
  String lookup(String name);
}
