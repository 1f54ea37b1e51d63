"""SSOT base test cases: every test class inherits one of these."""
import unittest

from shared.isolated_environment import IsolatedEnvironment


class SSotBaseTestCase(unittest.TestCase):
    """Gives each test an isolated environment it may change freely."""

    def setUp(self):
        super().setUp()
        self.env = IsolatedEnvironment()


class SSotAsyncTestCase(unittest.IsolatedAsyncioTestCase):
    """The asynchronous twin of SSotBaseTestCase."""

    def setUp(self):
        super().setUp()
        self.env = IsolatedEnvironment()
