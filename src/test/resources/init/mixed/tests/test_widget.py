import unittest


class TestWidget(unittest.TestCase):
    def test_works(self):
        self.assertTrue(True)
