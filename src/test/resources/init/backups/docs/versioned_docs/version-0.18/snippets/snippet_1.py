from app.removed_api import Thing1

Thing1()
