"""Who may change what on a server: PostgreSQL roles and grants, enforced by the
server itself (a raw SQL connection is refused just as the window is).

Four group roles, the same in every planner database of a server:

- ``planner_viewer``: reads everything (reports only);
- ``planner_planner``: the plan, activities, sessions, quotas, themes,
  administrations, the results framework, budget lines with their planned amounts;
- ``planner_finance``: payments (the actual amounts), exchange rates, envelopes,
  funding sources, and which source pays a budget line;
- ``planner_trainer``: participants, enrolments, attendance, scores, certificates,
  follow-ups.

Every editing role also writes the change journal (so its edits are recorded and
can be undone). A person is a login role that is a member of one of them.
"""

from __future__ import annotations

import re
from typing import Any

from planner.errors import PlannerError
from planner.i18n import _

ROLES = ("planner", "finance", "trainer", "viewer")
JOURNAL = ("change", "change_row", "undo_entry")

#: Per role, the tables it writes whole, and (table, columns) it may only update.
WRITES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "planner": (
        (
            "plan",
            "activity",
            "session",
            "quota",
            "theme",
            "administration",
            "budget_line",
            "result",
            "indicator",
            "indicator_target",
            "indicator_actual",
        ),
        (),
    ),
    "finance": (
        ("payment", "exchange_rate", "envelope", "funding_source", "baseline", "baseline_line"),
        (
            # which source pays a line; ``version``: every update counts the row's version
            ("budget_line", ("funding_source_id", "version")),
            # the budget report's reference and sign-off (Reference data > Plan settings)
            (
                "plan",
                (
                    "report_reference",
                    "report_version",
                    "prepared_name",
                    "prepared_title",
                    "reviewed_name",
                    "reviewed_title",
                    "approved_name",
                    "approved_title",
                    "version",
                ),
            ),
        ),
    ),
    "trainer": (
        ("participant", "enrolment", "mark", "certificate", "follow_up"),
        (),
    ),
    "viewer": ((), ()),
}

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def group(role: str) -> str:
    return f"planner_{role}"


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise PlannerError(
            _(
                "{name!r} cannot be a user name here: use lowercase letters, digits and _ "
                "(at most 63, not starting with a digit)"
            ).format(name=name)
        )
    return name


def grant_roles(con: Any) -> None:
    """Create the four group roles if missing and (re)grant them on this database."""
    for role in ROLES:
        name = group(role)
        exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
        if exists is None:
            con.execute(f"CREATE ROLE {name} NOLOGIN")
        con.execute(f"GRANT USAGE ON SCHEMA public TO {name}")
        con.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}")
        tables, columns = WRITES[role]
        if role == "viewer":
            continue
        con.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
        for table in (*JOURNAL, *tables):
            con.execute(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {name}')
        for table, cols in columns:
            names = ", ".join(f'"{c}"' for c in cols)
            con.execute(f'GRANT UPDATE ({names}) ON "{table}" TO {name}')


def add_user(con: Any, name: str, role: str, full_name: str | None = None) -> bool:
    """Make ``name`` a login role (if new) in ``role``'s group; True if it was created.

    ``full_name``: how the history shows the person (kept by the server as the
    login's comment, so every desk shows the same name)."""
    if role not in ROLES:
        raise PlannerError(
            _("there is no role {role!r}; the roles are {roles}").format(
                role=role, roles=", ".join(ROLES)
            )
        )
    _check_name(name)
    mighty = con.execute(
        "SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND (r.rolsuper OR r.oid = "
        "(SELECT datdba FROM pg_database WHERE datname = current_database()))",
        (name,),
    ).fetchone()
    if mighty is not None:  # a role would say it may do less than it does
        raise PlannerError(
            _(
                "{name} owns this database or is a superuser: it may change everything, "
                "whatever role it is given; give each colleague a login of their own"
            ).format(name=name)
        )
    grant_roles(con)
    exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
    if exists is None:
        con.execute(f"CREATE ROLE {name} LOGIN")
    for other in ROLES:
        if other != role:
            con.execute(f"REVOKE {group(other)} FROM {name}")
    con.execute(f"GRANT {group(role)} TO {name}")
    if full_name is not None:
        set_full_name(con, name, full_name)
    return exists is None


def set_full_name(con: Any, name: str, full_name: str) -> None:
    """Record the person's name for the login ``name`` (empty: none)."""
    from planner.text import describe, forbidden_character

    _check_name(name)
    full_name = " ".join(full_name.split())
    bad = forbidden_character(full_name)
    if bad:
        raise PlannerError(
            "--full-name "
            + _(
                "holds the control character {describe}; control characters are not "
                "allowed in text (they can hide or disguise what is shown)"
            ).format(describe=describe(bad))
        )
    # the server quotes the text itself: COMMENT takes no parameters
    literal = con.execute("SELECT quote_literal(?)", (full_name,)).fetchone()[0]
    con.execute(f"COMMENT ON ROLE {name} IS {literal if full_name else 'NULL'}")
