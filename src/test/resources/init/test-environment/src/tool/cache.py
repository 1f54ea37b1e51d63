import os

VALUE = os.environ.get("TOOL_CACHE")
