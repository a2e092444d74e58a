"""What the signed-in user may change, read from the server's own grants.

The server enforces the roles (``planner.store.roles``); this only asks it what
the current login may do, so that the window can grey out what would be refused.
A SQLite file has one user, who may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.store import Database, raw_connection, unit_of_work
from planner.store.roles import ROLES, group

#: Per capability, a table and the privilege that role's edits need.
PLAN = ("activity", "UPDATE")  # planner: plan, activities, sessions, planned amounts
FINANCE = ("payment", "INSERT")  # finance: payments, actual amounts, rates, envelopes
ATTENDANCE = ("mark", "UPDATE")  # trainer: enrolments, attendance, scores, certificates


@dataclass(frozen=True)
class Permissions:
    """What one user may change. ``role`` is the planner role of a server login
    (``planner``, ``finance``, ``trainer``, ``viewer``); None for a file, or for a
    server login in no role (the database's owner, an administrator)."""

    role: str | None = None
    plan: bool = True
    finance: bool = True
    attendance: bool = True
    user: str | None = None
    on_server: bool = False

    @property
    def any_edit(self) -> bool:
        return self.plan or self.finance or self.attendance

    @property
    def everything(self) -> bool:
        return self.plan and self.finance and self.attendance


#: A file's user, or a server's owner: nothing is refused.
EVERYTHING = Permissions()


def what_i_may_do(db: Database) -> Permissions:
    """The current user's permissions on ``db`` (everything on a file)."""
    if not db.is_server:
        return EVERYTHING
    with unit_of_work(db) as s:
        con = raw_connection(s)
        # the login (session_user), not a role it may have SET ROLE to (current_user)
        user = str(con.execute("SELECT session_user").fetchone()[0])
        names = [group(r) for r in ROLES]
        marks = ", ".join("?" for _ in names)
        found = con.execute(
            "SELECT r.rolname FROM pg_auth_members m "
            "JOIN pg_roles r ON r.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member "
            f"WHERE u.rolname = current_user AND r.rolname IN ({marks}) "
            "ORDER BY r.rolname",
            tuple(names),
        ).fetchall()
        role = None
        for name in names:  # add-user puts a person in exactly one role
            if any(str(row[0]) == name for row in found):
                role = name.removeprefix("planner_")
                break

        def may(need: tuple[str, str]) -> bool:
            table, privilege = need
            row = con.execute(
                "SELECT has_table_privilege(current_user, ?, ?)", (table, privilege)
            ).fetchone()
            return bool(row[0])

        return Permissions(
            role=role,
            plan=may(PLAN),
            finance=may(FINANCE),
            attendance=may(ATTENDANCE),
            user=user,
            on_server=True,
        )
