"""The charts of JeugdSim results, drawn one way everywhere: the notebooks and the report use these.

Every function draws on a matplotlib Axes from frames read by `jeugdsim.py` and labels in the language
given (`nl` or `en`). Conventions that hold for every chart:
- months on a time axis are labelled by year, with monthly ticks unlabelled (no labels running together);
- budget years are whole numbers on the axis (never 2026.2);
- an interval band of a count or an amount never goes below zero: the 95 % interval of a mean of
  non-negative values is cut at zero, the smallest value the mean can take;
- numbers on an axis are written as the language writes them (17,5 and 1.000 in Dutch);
- a favourable change is green, an unfavourable one red, one without a better side blue, noise grey.
"""
import base64
import io

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, MaxNLocator

from report_text import in_language

COLOURS = ["black", "tab:red", "tab:blue", "tab:green", "tab:purple", "tab:orange"]
# By judgement (jeugdsim's `<variant>-verdicts.csv`): better, worse, changed without a better side, noise.
JUDGED = {"better": "tab:green", "worse": "tab:red", "neutral": "tab:blue", "noise": "grey"}

WORDS = {
    "nl": {
        "waiting": "kinderen op de wachtlijst", "month": "maand", "year": "begrotingsjaar", "meur": "miljoen euro",
        "spend": "uitgaven", "budget": "macrobudget", "ceiling": "plafond", "interval": "95 %-interval",
        "change": "verschil met de basis, % van de basiswaarde", "share": "aandeel van de opgeloste hulpvragen",
        "level": "niveau", "noise": "niet te onderscheiden van toeval", "green": "groen", "real": "onderscheidbaar van toeval",
        "better": "gunstig", "worse": "ongunstig", "neutral": "veranderd, zonder gunstige kant", "no_budget": "geen budget ingesteld",
        "per_year": "verschil per jaar", "cumulative": "opgeteld sinds de start", "thousand": "duizend euro",
        "points": "verschil in procentpunt", "beyond": "buiten de schaal",
    },
    "en": {
        "waiting": "children on the waiting list", "month": "month", "year": "budget year", "meur": "million euros",
        "spend": "spending", "budget": "macro budget", "ceiling": "ceiling", "interval": "95 % interval",
        "change": "change against the base, % of the base value", "share": "share of needs resolved",
        "level": "level", "noise": "not distinguishable from noise", "green": "green", "real": "distinguishable from noise",
        "better": "better", "worse": "worse", "neutral": "changed, no better side", "no_budget": "no budget set",
        "per_year": "difference per year", "cumulative": "added up since the start", "thousand": "thousand euros",
        "points": "difference in percentage points", "beyond": "off the scale",
    },
}


def written(value, lang, decimals=None):
    """A number on an axis as the language writes it: 1.000 and 17,5 in Dutch, 1,000 and 17.5 in English."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() or abs(value) >= 100 else 1 if abs(value) >= 1 else 2
    return in_language(f"{value:,.{decimals}f}", lang)


def number_axis(ax, lang, axis="y", scale=1.0, suffix=""):
    """The language's decimal mark and thousands separator on an axis, the values divided by `scale`."""
    formatter = FuncFormatter(lambda value, _: written(value / scale, lang) + suffix)
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def months_axis(ax):
    """Every year labelled on a monthly time axis (turned when there are many), no month between."""
    first, last = (mdates.num2date(limit) for limit in ax.get_xlim())
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if last.year - first.year > 5:
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)


def years_axis(ax):
    """Every budget year on the axis, as a whole number (turned when there are many)."""
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, steps=[1]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{int(round(value))}"))
    first, last = ax.get_xlim()
    if last - first > 6:
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)


def band(ax, x, lower, upper, colour):
    """A 95 % interval band of a non-negative quantity, cut at zero."""
    ax.fill_between(x, lower.clip(lower=0), upper.clip(lower=0), color=colour, alpha=0.2, linewidth=0)


def waiting_list(ax, series_by_name, service, title, lang="nl"):
    """Children waiting for `service`, month by month, for each named timeseries frame."""
    for colour, (name, series) in zip(COLOURS, series_by_name.items()):
        rows = series[(series["metric"] == "waitingList") & (series["group"] == service)]
        ax.plot(rows["month"], rows["mean"], color=colour, label=name)
        band(ax, rows["month"], rows["lower95"], rows["upper95"], colour)
    months_axis(ax)
    ax.set_ylim(bottom=0)
    number_axis(ax, lang)
    ax.set_title(title)
    ax.set_ylabel(WORDS[lang]["waiting"])


def spending(ax, levels_by_name, figure, lang="nl"):
    """Total spending per budget year (mean and interval) per scenario, with the macro budget when the
    scenario sets one, and "no budget set" written on the chart when none does. `figure` is jeugdsim.figure."""
    words, budgeted = WORDS[lang], False
    for colour, (name, levels) in zip(COLOURS, levels_by_name.items()):
        total = figure(levels, "spend", "total", yearly=True)
        years = total["year"].astype(int)
        ax.plot(years, total["mean"] / 1e6, marker="o", color=colour, label=f"{name}: {words['spend']}")
        band(ax, years, total["lower95"] / 1e6, total["upper95"] / 1e6, colour)
        if budget_set(levels, figure):
            budgeted = True
            budget = figure(levels, "budget", "total", yearly=True)
            ax.plot(budget["year"].astype(int), budget["mean"] / 1e6, "--", color=colour, label=f"{name}: {words['budget']}")
    if not budgeted:
        ax.text(0.01, 0.04, words["no_budget"], transform=ax.transAxes, fontsize=9, color="#555")
    years_axis(ax)
    ax.set_ylim(bottom=0)
    number_axis(ax, lang)
    ax.set_xlabel(words["year"])
    ax.set_ylabel(words["meur"])
    return budgeted


def budget_set(levels, figure):
    """Whether a scenario's results hold a macro budget (levels.csv's yearly `budget` total above zero)."""
    budget = figure(levels, "budget", "total", yearly=True)
    return bool(len(budget)) and budget["mean"].max() > 0


def spending_difference(axes, years_by_variant, lang="nl"):
    """Spending, variant minus base, per budget year (bars with their 95 % interval) and added up since the
    start (line and band), on two axes in thousands of euros; `years_by_variant` holds each variant's
    `<variant>-years.csv` (jeugdsim compare's paired differences per year)."""
    words = WORDS[lang]
    per_year, cumulative = axes
    width = 0.8 / max(1, len(years_by_variant))
    for i, (colour, (name, years)) in enumerate(zip(COLOURS[1:], years_by_variant.items())):
        spend = years[years["metric"] == "spend.perYear"].sort_values("year")
        x = spend["year"].astype(int) + (i - (len(years_by_variant) - 1) / 2) * width
        mean = spend["difference_mean"] / 1e3
        per_year.bar(x, mean, width, color=colour, alpha=0.6, label=name)
        per_year.errorbar(x, mean, yerr=[mean - spend["difference_lower95"] / 1e3, spend["difference_upper95"] / 1e3 - mean],
                          fmt="none", ecolor="black", capsize=2, lw=0.8)
        since = years[years["metric"] == "spend.cumulative"].sort_values("year")
        cumulative.plot(since["year"].astype(int), since["difference_mean"] / 1e3, marker="o", color=colour, label=name)
        cumulative.fill_between(since["year"].astype(int), since["difference_lower95"] / 1e3, since["difference_upper95"] / 1e3,
                                color=colour, alpha=0.2, linewidth=0)
    for ax, title in ((per_year, words["per_year"]), (cumulative, words["cumulative"])):
        ax.axhline(0, color="black", lw=0.8)
        years_axis(ax)
        number_axis(ax, lang)
        ax.set_title(title)
        ax.set_xlabel(words["year"])
        ax.set_ylabel(words["thousand"])


def ceilings(ax, levels_by_name, figure, lang="nl"):
    """Spending per budget year of every level that has a ceiling, against that ceiling. Returns whether
    any level has one (nothing is drawn otherwise)."""
    words, drawn = WORDS[lang], False
    for colour, (name, levels) in zip(COLOURS, levels_by_name.items()):
        for line in ("level4", "level5", "level6", "level7"):
            ceiling = figure(levels, "budget", line, yearly=True)
            if ceiling.empty or ceiling["mean"].max() <= 0:
                continue
            drawn = True
            spend = figure(levels, "spend", line, yearly=True)
            years = spend["year"].astype(int)
            label = f"{name}, {words['level']} {line[-1]}"
            ax.plot(years, spend["mean"] / 1e6, marker="o", color=colour, label=f"{label}: {words['spend']}")
            band(ax, years, spend["lower95"] / 1e6, spend["upper95"] / 1e6, colour)
            ax.plot(ceiling["year"].astype(int), ceiling["mean"] / 1e6, "--", color=colour, label=f"{label}: {words['ceiling']}")
    years_axis(ax)
    ax.set_ylim(bottom=0)
    number_axis(ax, lang)
    ax.set_xlabel(words["year"])
    ax.set_ylabel(words["meur"])
    return drawn


def forest(ax, rows, lang="nl", judgements=None):
    """Paired differences as % of the base value with their 95 % interval; `rows` holds (label, row of a
    comparison CSV), `judgements` each row's verdict from `<variant>-verdicts.csv` ("better", "worse", or
    "" for a change without a better side); without them a distinguishable change is "neutral". The scale
    holds the ordinary changes: one far larger (as -76 % beside a few percent) is drawn at the edge with an
    arrow and its figure, and an interval far wider is cut at the edge, so that neither hides the others."""
    words = WORDS[lang]
    judgements = judgements or [""] * len(rows)
    points = []
    for label, row in rows:
        base = abs(row["base_mean"]) or 1.0
        points.append(tuple(100 * row[c] / base for c in ("difference_mean", "difference_lower95", "difference_upper95")))
    extents = sorted(max(abs(low), abs(high)) for _, low, high in points)
    ordinary = [e for e in extents if e <= 10 * extents[len(extents) // 2]] or extents
    limit = 1.15 * max(ordinary[-1], 1e-9)
    for i, ((label, row), (centre, low, high), judgement) in enumerate(zip(rows, points, judgements)):
        kind = "noise" if row["distinguishable"] != "yes" else judgement or "neutral"
        colour = JUDGED[kind]
        if abs(centre) > limit:
            edge = limit if centre > 0 else -limit
            ax.annotate(f"{written(centre, lang, 0)} % ({words['beyond']})", xy=(edge, i), xytext=(edge * 0.55, i),
                        color=colour, va="center", fontsize=8, arrowprops=dict(arrowstyle="->", color=colour))
            continue
        ax.errorbar(centre, i, xerr=[[centre - low], [high - centre]], fmt="o", color=colour, capsize=3)
    ax.set_xlim(-limit, limit)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks(range(len(rows)), [label for label, _ in rows])
    ax.invert_yaxis()
    number_axis(ax, lang, axis="x", suffix=" %")
    ax.set_xlabel(words["change"])
    handles = [plt.Line2D([], [], marker="o", ls="", color=JUDGED[k], label=words[k])
               for k in ("better", "worse", "neutral", "noise")]
    ax.legend(handles=handles, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=4, frameon=False)


def pyramid(ax, levels_by_name, figure, lang="nl"):
    """The need pyramid: the share of needs resolved at each level 2-7, per scenario (horizontal bars)."""
    words = WORDS[lang]
    height = 0.8 / max(1, len(levels_by_name))
    for i, (colour, (name, levels)) in enumerate(zip(COLOURS, levels_by_name.items())):
        shares = resolved_shares(levels, figure)
        ax.barh([level + i * height for level in range(2, 8)], shares, height, color=colour, label=name)
    ax.set_yticks([level + 0.4 - height / 2 for level in range(2, 8)], [f"{words['level']} {level}" for level in range(2, 8)])
    ax.invert_yaxis()
    ax.set_xlabel(words["share"])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{written(100 * value, lang, 0)} %"))


def resolved_shares(levels, figure):
    """The share of needs resolved at each level 2-7."""
    resolved = [figure(levels, "resolved", f"level{level}")["mean"].sum() for level in range(2, 8)]
    total = sum(resolved) or 1.0
    return [r / total for r in resolved]


def pyramid_difference(ax, base_levels, levels_by_variant, figure, lang="nl"):
    """The need pyramid as a diverging chart: per level 2-7, each variant's share of needs resolved there
    minus the base's, in percentage points (right: more resolved at that level)."""
    words = WORDS[lang]
    base = resolved_shares(base_levels, figure)
    height = 0.8 / max(1, len(levels_by_variant))
    for i, (colour, (name, levels)) in enumerate(zip(COLOURS[1:], levels_by_variant.items())):
        shares = resolved_shares(levels, figure)
        ax.barh([level + i * height for level in range(2, 8)], [100 * (s - b) for s, b in zip(shares, base)], height,
                color=colour, label=name)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks([level + 0.4 - height / 2 for level in range(2, 8)], [f"{words['level']} {level}" for level in range(2, 8)])
    ax.invert_yaxis()
    limit = max(abs(v) for v in ax.get_xlim())
    ax.set_xlim(-limit, limit)
    number_axis(ax, lang, axis="x")
    ax.set_xlabel(words["points"])


def swept(ax, sweep, key, metric, group, label, lang="nl"):
    """A figure against the swept value of `key`, with its 95 % interval (a sweep of one key)."""
    rows = sweep[(sweep["metric"] == metric) & (sweep["group"].fillna("") == group) & sweep["year"].isna()].sort_values(key)
    ax.errorbar(rows[key], rows["mean"], yerr=[rows["mean"] - rows["lower95"], rows["upper95"] - rows["mean"]], marker="o", capsize=3)
    ax.set_xlabel(key)
    ax.set_title(label)
    number_axis(ax, lang)


def data_uri(fig):
    """The figure as an inline PNG (data URI), and closed: a report carries its pictures inside."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def acceptability(ax, curve, x_label, y_label, lang="nl"):
    """The cost-effectiveness acceptability curve: per option, the share of draws in which it has the highest net
    benefit, against the willingness to pay per child-year of unmet need avoided (`acceptability.csv`)."""
    for colour, (option, rows) in zip(COLOURS, curve.groupby("option", sort=False)):
        ax.plot(rows["willingness_to_pay"], rows["probability_best"], color=colour, label=option, marker=".")
    ax.set_ylim(0, 1)
    ax.set_xlabel(x_label)
    ax.set_ylabel(y_label)
    number_axis(ax, lang, axis="x")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{written(100 * value, lang, 0)} %"))
    ax.legend(fontsize=8)
