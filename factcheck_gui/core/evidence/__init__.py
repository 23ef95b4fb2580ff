"""The evidence store: the only SQL, editing with history, import and export, migrations."""
