import sys
from mock import (
    patch as p,
)
from unittest.mock import Mock, MagicMock


@p("x")
def test_d():
    assert sys
