import os
import unittest as ut
from collections import (
    OrderedDict,
)


class Mixin:
    pass


class TestA(Mixin, ut.IsolatedAsyncioTestCase):
    def test_x(self):
        self.assertTrue(OrderedDict() is not None and os.sep)
