from app.removed_api import Thing3

Thing3()
