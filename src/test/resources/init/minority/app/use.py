from app.engine import LegacyExecutionEngine, UserExecutionEngine

ENGINES = [LegacyExecutionEngine, UserExecutionEngine]
