import unittest
from unittest.mock import MagicMock


class TestB(unittest.TestCase):
    def test_it(self):
        assert MagicMock()
