def f():
<<<<<<< HEAD
    return 1  

=======
    return 1
>>>>>>> feature
