"""Use cases: plain functions over a unit of work. No Qt here."""
