"""The charts of JeugdSim results, drawn one way everywhere: the notebooks and the report use these.

Every function draws on a matplotlib Axes from frames read by `jeugdsim.py` and labels in the language
given (`nl` or `en`). Conventions that hold for every chart:
- months on a time axis are labelled by year, with monthly ticks unlabelled (no labels running together);
- budget years are whole numbers on the axis (never 2026.2);
- an interval band of a count or an amount never goes below zero: the 95 % interval of a mean of
  non-negative values is cut at zero, the smallest value the mean can take.
"""
import base64
import io

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, MaxNLocator

COLOURS = ["black", "tab:red", "tab:blue", "tab:green", "tab:purple", "tab:orange"]

WORDS = {
    "nl": {
        "waiting": "kinderen op de wachtlijst", "month": "maand", "year": "begrotingsjaar", "meur": "miljoen euro",
        "spend": "uitgaven", "budget": "macrobudget", "ceiling": "plafond", "interval": "95 %-interval",
        "change": "verschil met de basis, % van de basiswaarde", "share": "aandeel van de opgeloste hulpvragen",
        "level": "niveau", "noise": "niet te onderscheiden van toeval", "green": "groen", "real": "onderscheidbaar van toeval",
    },
    "en": {
        "waiting": "children on the waiting list", "month": "month", "year": "budget year", "meur": "million euros",
        "spend": "spending", "budget": "macro budget", "ceiling": "ceiling", "interval": "95 % interval",
        "change": "change against the base, % of the base value", "share": "share of needs resolved",
        "level": "level", "noise": "not distinguishable from noise", "green": "green", "real": "distinguishable from noise",
    },
}


def months_axis(ax, labels=5):
    """Year labels on a monthly time axis, at most about `labels` of them (every year on a short run, every
    second or third on a long one), with unlabelled ticks per year between."""
    first, last = (mdates.num2date(limit) for limit in ax.get_xlim())
    step = max(1, -(-(last.year - first.year + 1) // labels))
    ax.xaxis.set_major_locator(mdates.YearLocator(base=step))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.YearLocator())


def years_axis(ax):
    """Whole budget years on the axis."""
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{int(round(value))}"))


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
    ax.set_title(title)
    ax.set_ylabel(WORDS[lang]["waiting"])


def spending(ax, levels_by_name, figure, lang="nl"):
    """Total spending per budget year (mean and interval) per scenario, with the macro budget and level
    ceilings when the scenario sets them. `figure` is jeugdsim.figure."""
    words = WORDS[lang]
    for colour, (name, levels) in zip(COLOURS, levels_by_name.items()):
        total = figure(levels, "spend", "total", yearly=True)
        years = total["year"].astype(int)
        ax.plot(years, total["mean"] / 1e6, marker="o", color=colour, label=f"{name}: {words['spend']}")
        band(ax, years, total["lower95"] / 1e6, total["upper95"] / 1e6, colour)
        budget = figure(levels, "budget", "total", yearly=True)
        if len(budget) and budget["mean"].max() > 0:
            ax.plot(budget["year"].astype(int), budget["mean"] / 1e6, "--", color=colour, label=f"{name}: {words['budget']}")
    years_axis(ax)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(words["year"])
    ax.set_ylabel(words["meur"])


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
    ax.set_xlabel(words["year"])
    ax.set_ylabel(words["meur"])
    return drawn


def forest(ax, rows, lang="nl"):
    """Paired differences as % of the base value with their 95 % interval; `rows` holds (label, row of a
    comparison CSV). Green where distinguishable from noise, grey where not."""
    words = WORDS[lang]
    for i, (label, row) in enumerate(rows):
        base = abs(row["base_mean"]) or 1.0
        centre = 100 * row["difference_mean"] / base
        low, high = 100 * row["difference_lower95"] / base, 100 * row["difference_upper95"] / base
        colour = "tab:green" if row["distinguishable"] == "yes" else "grey"
        ax.errorbar(centre, i, xerr=[[centre - low], [high - centre]], fmt="o", color=colour, capsize=3)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks(range(len(rows)), [label for label, _ in rows])
    ax.invert_yaxis()
    ax.set_xlabel(words["change"])
    ax.set_title(f"{words['interval']}; {words['green']}: {words['real']}")


def pyramid(ax, levels_by_name, figure, lang="nl"):
    """The need pyramid: the share of needs resolved at each level 2-7, per scenario (horizontal bars)."""
    words = WORDS[lang]
    height = 0.8 / max(1, len(levels_by_name))
    for i, (colour, (name, levels)) in enumerate(zip(COLOURS, levels_by_name.items())):
        resolved = [figure(levels, "resolved", f"level{level}")["mean"].sum() for level in range(2, 8)]
        total = sum(resolved) or 1.0
        ax.barh([level + i * height for level in range(2, 8)], [r / total for r in resolved], height, color=colour, label=name)
    ax.set_yticks([level + 0.4 - height / 2 for level in range(2, 8)], [f"{words['level']} {level}" for level in range(2, 8)])
    ax.set_xlabel(words["share"])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{100 * value:.0f} %"))


def swept(ax, sweep, key, metric, group, label):
    """A figure against the swept value of `key`, with its 95 % interval (a sweep of one key)."""
    rows = sweep[(sweep["metric"] == metric) & (sweep["group"].fillna("") == group) & sweep["year"].isna()].sort_values(key)
    ax.errorbar(rows[key], rows["mean"], yerr=[rows["mean"] - rows["lower95"], rows["upper95"] - rows["mean"]], marker="o", capsize=3)
    ax.set_xlabel(key)
    ax.set_title(label)


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
    separator = "." if lang == "nl" else ","
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}".replace(",", separator)))
    ax.legend(fontsize=8)
