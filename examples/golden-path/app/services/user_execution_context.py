"""User execution context: who a request runs for. Build it with create_user_context()."""
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class UserExecutionContext:
    user_id: str
    request_id: str


def create_user_context(user_id: str) -> UserExecutionContext:
    """The one way to build a context: every request gets its own id."""
    return UserExecutionContext(user_id=user_id, request_id=uuid.uuid4().hex)
