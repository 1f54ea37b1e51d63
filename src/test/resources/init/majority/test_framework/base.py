import unittest


class BaseTest(unittest.TestCase):
    pass
