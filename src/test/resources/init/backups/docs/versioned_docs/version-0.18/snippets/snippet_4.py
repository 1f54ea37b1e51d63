from app.removed_api import Thing4

Thing4()
