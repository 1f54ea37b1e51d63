import os

VALUE = os.getenv("X")
