"""`python -m extract` runs the command line."""
from .cli import main

main()
