class UserExecutionEngine:
    pass


class LegacyExecutionEngine:
    pass


class ToolExecutionEngine:
    pass
