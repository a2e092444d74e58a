"""The action-plan PDF's pieces: the timeline's layout and drawing, the list (see plan_pdf)."""
