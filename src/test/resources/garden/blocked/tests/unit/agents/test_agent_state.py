import unittest

from app.agents.state import AgentState
from app.agents.legacy_state import LegacyState


class TestAgentState(unittest.TestCase):
    def test_name(self):
<<<<<<< HEAD
        self.assertEqual(AgentState().name, "agent")
=======
        self.assertEqual(AgentState().name, "legacy")
>>>>>>> 7af8f5475 (Migrate agents to AgentState)

    def test_legacy_is_gone(self):
        self.assertIsNone(LegacyState)
