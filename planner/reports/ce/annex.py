"""The cost-effectiveness PDF's annex: what each figure means, and the data-quality warnings."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from planner.i18n import _
from planner.reports.common import BODY, FRAME_WIDTH, HEADING, TITLE, data_table, para
from planner.reports.formats import Formats, na
from planner.services.metrics import PlanFigures


def definitions(figures: PlanFigures, fmt: Formats) -> list[tuple[str, str]]:
    """Each figure in words a director reads (docs/methodology.md)."""
    base = figures.base_currency
    threshold = fmt.rate(figures.threshold)
    return [
        (
            _("Input"),
            _("The money set aside for a year: the sum of that year's funding envelopes."),
        ),
        (
            _("Planned cost"),
            _(
                "The amounts budgeted for the activities, converted into {base}; cancelled "
                "activities are left out."
            ).format(base=base),
        ),
        (
            _("Actual cost"),
            _(
                "The money actually spent: the actual amounts of the budget lines, converted into "
                "{base} at the exchange rate of the year the activity starts. Money spent on a "
                "cancelled activity counts (a lost deposit is a cost to the plan). A budget line "
                "with no actual amount yet counts as nothing spent."
            ).format(base=base),
        ),
        (
            _("Execution rate"),
            _("The actual cost of the year's activities divided by the year's input."),
        ),
        (
            _("Participants"),
            _(
                "People who attended at least one session of a delivered activity. A person who "
                "took part in two activities counts twice."
            ),
        ),
        (
            _("Completers"),
            _(
                "Participants who attended at least {threshold} of the sessions they were "
                "expected at (sessions they were excused from are not expected)."
            ).format(threshold=threshold),
        ),
        (_("Participant-days"), _("Each session attended by one participant counts as one day.")),
        (_("Participant-hours"), _("Participant-days multiplied by the hours of one session.")),
        (
            _("Cost per participant, per completer, per participant-day, per participant-hour"),
            _(
                "The actual cost divided by the participants, completers, participant-days or "
                "participant-hours. For a year, theme, kind or administration it is the group's "
                "whole cost divided by the group's whole count, never an average of the "
                "activities' own figures."
            ),
        ),
        (_("Completion rate"), _("Completers divided by participants.")),
        (
            _("Learning gain"),
            _(
                "The average rise in test score, in points out of 100 (final test minus first "
                "test), among completers who took both tests."
            ),
        ),
        (
            _("Normalised gain"),
            _(
                "Of what a completer could still learn, the share they learned: (final test "
                "minus first test) divided by (maximum score minus first test), averaged over "
                "completers with both tests in activities that have a maximum score, and shown "
                "with the number of completers behind it."
            ),
        ),
        (
            _("Cost per learning-gain point"),
            _(
                "The actual cost divided by all the points gained: the final test minus the "
                "first test, summed over the completers who took both."
            ),
        ),
        (
            _("People reached"),
            _("Different people who took part: a person in two activities counts once."),
        ),
        (
            _("Partner participations"),
            _(
                "Participations of people whose administration is not in the plan's host "
                "country; host participations are those of people whose administration is."
            ),
        ),
        # the results page's figures, in the words of the results report
        (
            _("Application rate"),
            _(
                "Application rate = (yes + partly / 2) / follow-ups with an answer; coverage = "
                "completers followed up / completers."
            ),
        ),
        (
            _("Progress"),
            _(
                "Each year shows target / actual and the status: progress = (actual - "
                "baseline) / (target - baseline); on track when it reaches 1, at risk from "
                "0.8, off track below."
            ),
        ),
        (_("Rating"), _("The average rating that participants gave the activity, from 1 to 5.")),
        (_("Women's share"), _("The share of participants who are women.")),
        (
            _("Trend"),
            _(
                "A year's cost per completer compared with the first year that has completers, "
                "as a percentage: -10% means a completer cost a tenth less than in that year."
            ),
        ),
        (
            _("Administrations"),
            _(
                "An activity's planned and actual cost is shared out to administrations in "
                "proportion to their participants' days."
            ),
        ),
        (
            _("Which activities count"),
            _(
                "Money counts for every activity; participation, scores and ratings count "
                "delivered activities only. An activity's year is the year it starts."
            ),
        ),
        (
            na(),
            _(
                "Not available: the figure divides by zero (for example, no completers yet). It "
                "is never shown as 0."
            ),
        ),
        (
            _("Rounding"),
            _(
                "Figures are exact and rounded only when shown: money to 2 decimals, rates to "
                "one decimal of a percent, half away from zero; they match the CSV export."
            ),
        ),
    ]


def annex(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
    rows = [[term, meaning] for term, meaning in definitions(figures, fmt)]
    story: list[Flowable] = [
        PageBreak(),
        para(_("Methodology"), TITLE),
        para(_("What each figure means"), HEADING),
        *data_table([_("Figure"), _("Definition")], rows, [FRAME_WIDTH * 0.25, FRAME_WIDTH * 0.75]),
        para(_("Data-quality warnings"), HEADING),
        para(
            _(
                "The program checks for budget lines without an actual amount, amounts in a "
                "currency that has no exchange rate for the year (left out of every total) "
                "and delivered activities without recorded attendance."
            ),
            BODY,
        ),
    ]
    if figures.warnings:
        story.append(
            para(_("The figures above were computed despite these problems in the data:"), BODY)
        )
        story += [para("• " + warning, BODY) for warning in figures.warnings]
    else:
        story.append(para(_("No data-quality problems were found."), BODY))
    return story
