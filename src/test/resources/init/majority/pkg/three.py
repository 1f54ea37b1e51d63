from pkg.env import get_env

VALUE = get_env("X")
