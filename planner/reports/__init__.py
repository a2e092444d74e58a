"""Reports: data gathered into plain dataclasses, laid out as CSV, XLSX or PDF."""
