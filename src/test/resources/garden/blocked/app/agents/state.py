class AgentState:
    """What replaced app.agents.legacy_state in the migration."""

    name = "agent"
