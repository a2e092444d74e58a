"""Translatable names of the fixed vocabularies (the values stay English codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("vocabulary", text)


def kind_text(kind: str) -> str:
    return {"course": _t("Course"), "symposium": _t("Symposium")}.get(kind, kind)


def status_text(status: str) -> str:
    return {
        "planned": _t("Planned"),
        "approved": _t("Approved"),
        "scheduled": _t("Scheduled"),
        "delivered": _t("Delivered"),
        "cancelled": _t("Cancelled"),
    }.get(status, status)


def mode_text(mode: str) -> str:
    return {"in_person": _t("In person"), "online": _t("Online"), "hybrid": _t("Hybrid")}.get(
        mode, mode
    )


def category_text(category: str) -> str:
    return {
        "travel": _t("Travel"),
        "accommodation": _t("Accommodation"),
        "per_diem": _t("Per diem"),
        "venue": _t("Venue"),
        "interpretation": _t("Interpretation"),
        "materials": _t("Materials"),
        "experts": _t("Experts"),
        "other": _t("Other"),
    }.get(category, category)


def enrolment_text(status: str) -> str:
    return {
        "nominated": _t("Nominated"),
        "confirmed": _t("Confirmed"),
        "withdrawn": _t("Withdrawn"),
    }.get(status, status)


def mark_text(status: str) -> str:
    return {
        "present": _t("Present"),
        "late": _t("Late"),
        "excused": _t("Excused"),
        "absent": _t("Absent"),
    }.get(status, status)


def gender_text(gender: str | None) -> str:
    return {"F": _t("Woman"), "M": _t("Man"), "X": _t("Other")}.get(gender or "", "")
