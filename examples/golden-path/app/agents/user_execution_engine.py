"""The one execution engine: runs an agent task for exactly one user's context."""
from app.services.user_execution_context import UserExecutionContext


class UserExecutionEngine:
    """Executes agent tasks in the isolation of one user's execution context."""

    def __init__(self, context: UserExecutionContext):
        self.context = context
        self.completed = []

    def run(self, task):
        self.completed.append((self.context.user_id, task))
        return {"user_id": self.context.user_id, "task": task, "status": "done"}
