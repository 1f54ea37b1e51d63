VALUE_a = 1
