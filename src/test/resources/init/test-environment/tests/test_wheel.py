from tests.lib import PipTestEnvironment


def test_wheel():
    assert PipTestEnvironment().home
