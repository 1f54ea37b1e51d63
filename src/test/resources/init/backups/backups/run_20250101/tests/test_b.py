import unittest


class TestB(unittest.TestCase):
    def test_it(self):
        self.assertTrue(True)
