import unittest
from unittest.mock import patch


class TestLegacy(unittest.TestCase):
    def test_it(self):
        with patch("os.getcwd"):
            pass


if __name__ == "__main__":
    unittest.main()
