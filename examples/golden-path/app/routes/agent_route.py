"""HTTP route that starts an agent run for the calling user."""
from app.agents.user_execution_engine import UserExecutionEngine
from app.services.user_execution_context import UserExecutionContext


def start_agent(user_id, task):
    context = UserExecutionContext(user_id=user_id, request_id="fixed")
    return UserExecutionEngine(context).run(task)
