"""The desktop window (Qt): renders reports made by the core; never decides verdicts."""
