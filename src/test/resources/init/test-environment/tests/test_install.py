from tests.lib import PipTestEnvironment


def test_install():
    assert PipTestEnvironment().home
