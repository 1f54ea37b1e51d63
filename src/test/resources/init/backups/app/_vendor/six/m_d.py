VALUE_d = 1
