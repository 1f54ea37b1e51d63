import unittest


class BaseTest(unittest.TestCase):
    """The project's test base."""
