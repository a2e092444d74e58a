"""The cost-effectiveness PDF's pages: summary, charts, tables and annex (see ce_pdf)."""
