"""Item models: plain Python rows behind QTableView, filtered and sorted in Python."""
