"""The activity editor's pieces: one module per tab, the shared helpers
(``common``), its tables (``tables``) and lists to choose from (``choices``).
What the tabs show is read by :mod:`planner.services.editor_data`."""
