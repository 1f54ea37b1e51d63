import unittest
from unittest.mock import MagicMock


class TestC(unittest.TestCase):
    def test_it(self):
        assert MagicMock()
