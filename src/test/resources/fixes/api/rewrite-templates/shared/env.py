def get_env():
    return {}
