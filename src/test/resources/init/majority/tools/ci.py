from scripts.run_tests import main

main()
