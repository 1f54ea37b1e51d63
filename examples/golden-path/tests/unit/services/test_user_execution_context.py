"""Contexts are built only through create_user_context."""
import os

from app.services.user_execution_context import create_user_context
from test_framework.ssot.base_test_case import SSotBaseTestCase


class BaseContextTest(SSotBaseTestCase):
    """Shared set-up for context tests: inherits the SSOT base, so its subclasses do too."""

    def setUp(self):
        super().setUp()
        self.user = "carol"


class TestUserExecutionContext(BaseContextTest):
    def test_each_context_gets_its_own_request_id(self):
        first = create_user_context(self.user)
        second = create_user_context(self.user)
        self.assertNotEqual(first.request_id, second.request_id)

    def test_ci_flag_is_read_before_the_environment_exists(self):
        # ssot: ignore[environment] the CI flag decides how the isolated environment is built
        ci = os.getenv("CI")
        self.assertIn(ci, (None, "", "true", "1"))
