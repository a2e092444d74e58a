"""What the window holds of a database, without touching the store or the ORM.

The window (``planner/ui``) reads and writes only through services: it opens a
:data:`Workspace`, runs a use case inside :func:`transaction`, and types the
callbacks it hands to a worker with :data:`Transaction`. Those names are the
store's and the ORM's own, re-exported here so that the layers stay in one
direction (ui -> reports -> services -> store -> models) and a test can check
that ``planner/ui`` never imports ``sqlalchemy``, ``sqlmodel`` or ``planner.store``.
"""

from __future__ import annotations

from sqlmodel import Session as Transaction

from planner.addresses import location, remembered, short_name
from planner.store import Database as Workspace
from planner.store import open_database as open_workspace
from planner.store import unit_of_work as transaction

__all__ = [
    "Transaction",
    "Workspace",
    "location",
    "open_workspace",
    "remembered",
    "short_name",
    "transaction",
]
