"""The SSOT test infrastructure: base test cases and the mock factory."""
from test_framework.ssot.base_test_case import SSotAsyncTestCase, SSotBaseTestCase
from test_framework.ssot.mock_factory import SSotMockFactory

__all__ = ["SSotAsyncTestCase", "SSotBaseTestCase", "SSotMockFactory"]
