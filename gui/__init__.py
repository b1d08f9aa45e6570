"""On Record's Qt window: views and models over ``core``; no SQL here."""
