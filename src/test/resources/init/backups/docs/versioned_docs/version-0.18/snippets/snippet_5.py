from app.removed_api import Thing5

Thing5()
