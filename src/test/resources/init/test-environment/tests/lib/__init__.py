import os


class PipTestEnvironment:
    """A scratch environment tests run the tool in; not how the tool reads its settings."""

    def __init__(self):
        self.home = os.environ["HOME"]
