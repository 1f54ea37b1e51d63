"""Validates the migration from the shared ExecutionEngine to UserExecutionEngine."""
import os
import unittest
from unittest.mock import MagicMock, patch

from app.agents.user_execution_engine import UserExecutionEngine
from app.services.user_execution_context import create_user_context


class TestExecutionEngineMigrationValidation(unittest.TestCase):
    def setUp(self):
        self.mode = os.environ.get("AGENT_MODE", "test")
        self.context = create_user_context("alice")

    def test_engine_isolates_users(self):
<<<<<<< HEAD
        engine = UserExecutionEngine(self.context)
        self.assertEqual(engine.context.user_id, "alice")
=======
        engine = UserExecutionEngine(self.context)
        self.assertEqual(engine.user_id, "alice")
>>>>>>> 7af8f5475 (Migrate agents to UserExecutionEngine)

    def test_run_records_the_user(self):
        engine = UserExecutionEngine(self.context)
        engine.run = MagicMock(return_value={"status": "done"})
        self.assertEqual(engine.run("plan")["status"], "done")

    @patch("app.agents.user_execution_engine.UserExecutionEngine.run")
    def test_mode_is_known(self, run):
        run.return_value = {"status": "done"}
        self.assertIn(self.mode, ("test", "ci"))


if __name__ == "__main__":
    unittest.main()
