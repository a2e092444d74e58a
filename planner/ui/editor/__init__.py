"""The activity editor's pieces: one module per tab, the shared helpers, and the
Qt-free reads (``data``) that gather what the tabs show."""
