VALUE_b = 1
