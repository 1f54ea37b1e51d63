from test_framework.base import BaseTest


class TestB(BaseTest):
    def test_it(self):
        self.assertTrue(True)
