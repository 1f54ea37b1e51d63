"""Bridges the supervisor to the agent engines."""
from app.agents.legacy_execution_engine import LegacyExecutionEngine
from app.agents.user_execution_engine import UserExecutionEngine


def engine_for(context, legacy=False):
    return LegacyExecutionEngine() if legacy else UserExecutionEngine(context)
