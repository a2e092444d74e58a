"""The budget report\x27s pieces: figures, cells, cover, summaries and annex (see budget_pdf)."""
