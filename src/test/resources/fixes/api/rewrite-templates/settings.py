"""Settings."""
import os
from getpass import getuser

HOME = os.environ["HOME"]
DEBUG = os.getenv("DEBUG", "0")
os.environ["MODE"] = "x"
os.environ["PATH"] += ":/opt"
del os.environ["TMP"]
USER = getuser()
