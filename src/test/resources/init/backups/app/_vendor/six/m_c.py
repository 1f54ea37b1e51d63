VALUE_c = 1
