"""UserExecutionEngine keeps each user's work apart."""
from app.agents.user_execution_engine import UserExecutionEngine
from app.services.user_execution_context import create_user_context
from shared.isolated_environment import get_env
from test_framework.ssot import SSotBaseTestCase, SSotMockFactory


class TestUserExecutionEngine(SSotBaseTestCase):
    def test_runs_for_its_user(self):
        engine = UserExecutionEngine(create_user_context("bob"))
        self.assertEqual(engine.run("plan")["user_id"], "bob")

    def test_collaborators_are_mocked_through_the_factory(self):
        notifier = SSotMockFactory.create_mock()
        notifier.send("done")
        notifier.send.assert_called_once_with("done")

    def test_environment_comes_from_the_isolated_environment(self):
        self.env.set("AGENT_MODE", "test")
        self.assertEqual(self.env.get("AGENT_MODE"), "test")
        self.assertIsNotNone(get_env())
