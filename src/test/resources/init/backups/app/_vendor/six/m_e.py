VALUE_e = 1
