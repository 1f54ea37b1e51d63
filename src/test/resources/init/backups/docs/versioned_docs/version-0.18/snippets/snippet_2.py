from app.removed_api import Thing2

Thing2()
