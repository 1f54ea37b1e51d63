from app.core import real, gone
from app.legacy import Old

VALUE = real()
