"""Settings of the whole database (not of one plan), one row per name."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

#: The secret that keys certificate codes (64 hex digits; migration 0002 makes it).
CERTIFICATE_KEY = "certificate_key"


class AppSetting(SQLModel, table=True):
    """A database-wide setting. Never exported: the exchange file carries plans."""

    __tablename__ = "app_setting"

    name: str = Field(primary_key=True)
    value: str
