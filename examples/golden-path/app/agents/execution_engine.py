"""Legacy engine shared by all users; kept "for compatibility" during the migration."""


class ExecutionEngine:
    """Runs agent tasks without a user context: the isolation bug the migration removes."""

    def __init__(self):
        self.completed = []

    def run(self, task):
        self.completed.append(task)
        return {"task": task, "status": "done"}
