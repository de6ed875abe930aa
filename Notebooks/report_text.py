"""The report's words in Dutch and English, and numbers written as each language writes them."""
import math

# The headline figures (the same as jeugdsim's summary table), in each language, and whether a rise is
# good news (None: neither). The verdict sentences are jeugdsim's (its VerdictSentence holds the same labels;
# the report test fails where the two differ).
HEADLINES = {
    "perYear.arrivals": {"nl": ("Nieuwe hulpvragen en terugval", "per jaar"), "en": ("New needs and relapses", "per year"), "better": None},
    "specialistStartsPerYear": {"nl": ("Begonnen trajecten specialistische jeugdhulp (niveau 4-7)", "per jaar"),
                                "en": ("Starts in specialist care (levels 4-7)", "per year"), "better": None},
    "wait.mean.generalist": {"nl": ("De wachttijd voor het wijkteam", "dagen"), "en": ("The wait for the neighbourhood team", "days"), "better": False},
    "wait.mean.specialist": {"nl": ("De wachttijd voor specialistische jeugdhulp", "dagen"),
                             "en": ("The wait for specialist care", "days"), "better": False},
    "wait.p90.specialist5": {"nl": ("De wachttijd voor niveau 5 die 9 op de 10 gezinnen niet overschrijden", "dagen"),
                             "en": ("The wait for level-5 care, 90th percentile", "days"), "better": False},
    "waitingList.mean.specialist": {"nl": ("De wachtlijst voor specialistische jeugdhulp", "kinderen"),
                                    "en": ("The waiting list for specialist care", "children"), "better": False},
    "timeToHelp.mean": {"nl": ("De tijd van begin van de hulpvraag tot passende hulp", "dagen"),
                        "en": ("The time from onset to appropriate help", "days"), "better": False},
    "professionalsPerFamily.mean": {"nl": ("Het aantal professionals per gezin", "personen"),
                                    "en": ("Professionals per family", "people"), "better": False},
    "share.resolvedAtLightLevels": {"nl": ("Het aandeel opgelost met lichte hulp (niveau 2-3)", "%"),
                                    "en": ("The share resolved with light help (levels 2-3)", "%"), "better": True, "share": True},
    "perYear.placements": {"nl": ("Uithuisplaatsingen", "per jaar"), "en": ("Out-of-home placements", "per year"), "better": False},
    "perYear.supervisionOrders": {"nl": ("Ondertoezichtstellingen", "per jaar"), "en": ("Supervision orders", "per year"), "better": False},
    "perYear.droppedOut": {"nl": ("Gezinnen die zonder hulp afhaken", "per jaar"),
                           "en": ("Families that left without help", "per year"), "better": False},
    "unmetNeed.childYears": {"nl": ("Kindjaren met een onvervulde hulpvraag", "kindjaren per jaar"),
                             "en": ("Child-years lived with an unmet need", "child-years per year"), "better": False},
    "perYear.stepUps": {"nl": ("Opschalingen", "per jaar"), "en": ("Step-ups", "per year"), "better": False},
    "relapseShareOfArrivals": {"nl": ("Het aandeel terugval onder nieuwe hulpvragen", "%"),
                               "en": ("The share of relapses among new episodes", "%"), "better": False, "share": True},
    "perYear.consultations": {"nl": ("Consultaties", "per jaar"), "en": ("Consultations", "per year"), "better": None},
    "spend.perYear": {"nl": ("De uitgaven", "euro per jaar"), "en": ("Spending", "euros per year"), "better": False},
    "costPerCase": {"nl": ("De uitgaven per ontstane hulpvraag", "euro"),
                    "en": ("Spending per need that arose", "euros"), "better": False},
}

TEXT = {
    "nl": {
        "title_compare": "{variants} tegenover {base}", "variants": "{count} varianten", "title_run": "Resultaten van {name}", "title_sweep": "Een reeks varianten van {name}",
        "what": "Wat is doorgerekend", "changes": "Wat {variant} anders doet dan {base} ({count} {values}):", "facts": "{replications} herhalingen met toevalsreeks (seed) {seed}, {years} jaar vanaf {start}.",
        "same_draws": " Elke variant gebruikt dezelfde toevalsgetallen als de basis, zodat verschillen niet uit toeval per run komen.",
        "verdicts": "Het oordeel per kerncijfer",
        "verdicts_intro": "<p>Per kerncijfer: het verschil tussen variant en basis, steeds in dezelfde herhaling vergeleken, met het 95 %-interval. "
        "Een verschil waarvan het interval nul niet bevat, is te onderscheiden van toeval.</p>",
        "against": "{variant} tegenover {base}",
        "value": "waarde", "values": "waarden",
        "payback_noise": "Geen van de jaarverschillen is te onderscheiden van toeval: dit opgetelde verschil kan toeval zijn.",
        "when": "Wanneer", "when_intro": "<p>De uitgaven per jaar, variant min basis. Een maatregel met een tijdlijn telt vanaf de maand "
        "waarin die ingaat; zonder tijdlijn geldt hij vanaf het eerste jaar.</p>",
        "when_first": "Het verschil in uitgaven van {variant} is vanaf {year} elk jaar te onderscheiden van toeval.",
        "when_never": "Het verschil in uitgaven van {variant} is niet in elk jaar tot het einde te onderscheiden van toeval.",
        "payback": "Opgeteld is de variant gemiddeld goedkoper vanaf {year}: over de hele periode een verschil van {total} euro "
        "(95 %-interval {lo} tot {hi}).",
        "no_payback": "Opgeteld verdient de variant zich binnen de periode niet terug: over de hele periode een verschil van "
        "{total} euro (95 %-interval {lo} tot {hi}).",
        "total_noise": " Dat opgetelde verschil is niet te onderscheiden van toeval.",
        "year": "jaar", "spend_difference": "Verschil in uitgaven per jaar in euro, variant min basis (95 %-interval)", "interval_head": "95 %-interval",
        "headlines": "Kerncijfers", "figure": "kerncijfer", "mean": "gemiddelde",
        "cautions": "Kanttekeningen",
        "assumptions_caution": "De uitkomsten rusten op {count} aannames (geel gemarkeerd in de modelbeschrijving in de bijlage); "
        "de bronnen geven structuur en mechanismen, zelden getallen.",
        "noise_caution": "Bij {variant} niet te onderscheiden van toeval: {labels}. Trek over deze cijfers geen conclusie.",
        "model_caution": "Dit is een simulatiemodel: het laat zien wat volgt uit de aannames, het voorspelt niet wat er gebeurt.",
        "pictures": "Grafieken",
        "services": {"generalist": "Wijkteam", "level4": "Specialistisch, niveau 4", "level5": "Specialistisch, niveau 5",
                     "level6": "Specialistisch, niveau 6"},
        "waiting_caption": "Kinderen op de wachtlijst, maand voor maand (gemiddelde en 95 %-interval).",
        "spending_caption": "Uitgaven per begrotingsjaar (gemiddelde en 95 %-interval) in euro's van dat jaar (prijzen stijgen "
        "{indexation} % per jaar).",
        "ceilings_caption": "Uitgaven per niveau met een budgetplafond, tegen dat plafond (gemiddelde en 95 %-interval).",
        "forest_caption": "{variant} tegenover {base}: verschil per kerncijfer in % van de basis, met 95 %-interval "
        "(groen gunstig, rood ongunstig, blauw veranderd zonder gunstige kant, grijs niet te onderscheiden van toeval).",
        "pyramid_caption": "De behoeftepiramide: op welk niveau hulpvragen worden opgelost.",
        "group_better": "Gunstig", "group_worse": "Ongunstig", "group_neutral": "Veranderd, zonder gunstige of ongunstige kant",
        "group_noise": "Niet te onderscheiden van toeval", "and": " en ", "appendix": "Bijlage: wat is doorgerekend en waarop het rust",
        "difference_caption": "Uitgaven per begrotingsjaar, variant min {base}: per jaar (balk, met 95 %-interval) en opgeteld "
        "sinds de start (lijn, met 95 %-interval), in duizenden euro's van dat jaar (prijzen stijgen {indexation} % per jaar).",
        "budget_set": "Het budget staat in de grafiek van de uitgaven.", "no_budget": "Er is geen budget ingesteld.",
        "pyramid_difference_caption": "De behoeftepiramide: per niveau het aandeel van de opgeloste hulpvragen dat daar wordt "
        "opgelost, variant min {base}, in procentpunt (rechts: meer opgelost op dat niveau).",
        "sweep_many": "Meer dan één parameter gevarieerd: zie sweep.csv voor alle combinaties.",
        "stress": "Modelbeschrijving (STRESS-DES)",
        "stress_intro": "Opgesteld volgens de STRESS-DES-richtlijn (Monks e.a., 2019) uit het doorgerekende scenario.",
        "objectives": "Doel", "objectives_text": "Hoe stromen gezinnen door de jeugdhulp, waar wachten ze en wat kost het?",
        "logic": "Modellogica", "logic_text": "Hulpvragen ontstaan, worden gesignaleerd, komen via een route binnen en worden "
        "ingeschat; daarna wijkteam, specialistische hulp of uithuisplaatsing, met wachtlijsten, op- en afschalen, terugval, "
        "jeugdbescherming en de consultatiefunctie. Schakelaars in dit scenario:",
        "data": "Gegevens", "data_text": "Alle {count} invoerwaarden van {name} met hun herkomst; {assumptions} daarvan zijn aannames (geel). "
        "Wat de andere scenario's anders doen, staat hierboven.",
        "key": "sleutel", "value": "waarde", "unit": "eenheid", "provenance": "herkomst",
        "experimentation": "Experimenten", "experimentation_text": "{replications} herhalingen, toevalsreeks (seed) {seed}, {warmup} jaar "
        "inloop die niet meetelt, {years} jaar gerapporteerd; 95 %-intervallen (Student-t) over de herhalingen.",
        "implementation": "Implementatie", "implementation_text": "JeugdSim {version}, model {model} (vingerafdruk {fingerprint}, "
        "commit {commit}; Swift, GNU Scientific Library, MT19937-toevalsgenerator per proces).",
        "implementation_timing": " {threads} threads, {seconds} seconden rekentijd.",
    },
    "en": {
        "title_compare": "{variants} against {base}", "variants": "{count} variants", "title_run": "Results of {name}", "title_sweep": "A sweep of {name}",
        "what": "What was simulated", "changes": "What {variant} changes against {base} ({count} {values}):", "facts": "{replications} replications with seed {seed}, {years} years from {start}.",
        "same_draws": " Every variant uses the base's random numbers, so differences do not come from different draws.",
        "verdicts": "The verdict per headline",
        "verdicts_intro": "<p>Per headline: the difference between variant and base, paired replication by replication, with "
        "its 95 % interval. A difference whose interval excludes zero is distinguishable from noise.</p>",
        "against": "{variant} against {base}",
        "value": "value", "values": "values",
        "payback_noise": "None of the yearly differences is distinguishable from noise: this sum may be noise.",
        "when": "When", "when_intro": "<p>Spending per year, variant minus base. A measure with a timeline counts from the month it "
        "takes effect; without one it holds from the first year.</p>",
        "when_first": "The spending difference of {variant} is distinguishable from noise every year from {year}.",
        "when_never": "The spending difference of {variant} is not distinguishable from noise in every year to the end.",
        "payback": "Added up, the variant is cheaper on average from {year}: over the whole period a difference of {total} "
        "euros (95 % interval {lo} to {hi}).",
        "no_payback": "Added up, the variant does not pay for itself within the period: over the whole period a difference of "
        "{total} euros (95 % interval {lo} to {hi}).",
        "total_noise": " That sum is not distinguishable from noise.",
        "year": "year", "spend_difference": "Spending difference per year in euros, variant minus base (95 % interval)", "interval_head": "95 % interval",
        "headlines": "Headline figures", "figure": "figure", "mean": "mean",
        "cautions": "Cautions",
        "assumptions_caution": "The results rest on {count} assumptions (marked yellow in the model description in the appendix); "
        "the sources give structure and mechanisms, rarely numbers.",
        "noise_caution": "Not distinguishable from noise for {variant}: {labels}. Draw no conclusion from these figures.",
        "model_caution": "This is a simulation model: it shows what follows from the assumptions, it does not forecast.",
        "pictures": "Pictures",
        "services": {"generalist": "Neighbourhood team", "level4": "Specialist, level 4", "level5": "Specialist, level 5",
                     "level6": "Specialist, level 6"},
        "waiting_caption": "Children on the waiting list, month by month (mean and 95 % interval).",
        "spending_caption": "Spending per budget year (mean and 95 % interval) in that year's euros (prices rise {indexation} % a year).",
        "ceilings_caption": "Spending of each level with a budget ceiling, against that ceiling (mean and 95 % interval).",
        "forest_caption": "{variant} against {base}: difference per headline as % of the base, with 95 % interval "
        "(green better, red worse, blue changed with no better side, grey not distinguishable from noise).",
        "pyramid_caption": "The need pyramid: the level at which needs are resolved.",
        "group_better": "Better", "group_worse": "Worse", "group_neutral": "Changed, with no better side",
        "group_noise": "Not distinguishable from noise", "and": " and ", "appendix": "Appendix: what was computed and what it rests on",
        "difference_caption": "Spending per budget year, variant minus {base}: each year (bar, with 95 % interval) and added up "
        "since the start (line, with 95 % interval), in thousands of that year's euros (prices rise {indexation} % a year).",
        "budget_set": "The budget is in the spending chart.", "no_budget": "No budget is set.",
        "pyramid_difference_caption": "The need pyramid: per level the share of resolved needs resolved there, variant minus "
        "{base}, in percentage points (right: more resolved at that level).",
        "sweep_many": "More than one parameter varied: sweep.csv holds every combination.",
        "stress": "Model description (STRESS-DES)",
        "stress_intro": "Written to the STRESS-DES guideline (Monks et al., 2019) from the resolved scenario.",
        "objectives": "Objectives", "objectives_text": "How do families flow through youth care, where do they wait, what does it cost?",
        "logic": "Logic", "logic_text": "Needs arise, are signalled, reach care by a route and are triaged; then the neighbourhood "
        "team, specialist care or out-of-home care, with waiting lists, step up and down, relapse, child protection and the "
        "consultation function. Switches in this scenario:",
        "data": "Data", "data_text": "Every one of the {count} input values of {name} with its provenance; {assumptions} are assumptions "
        "(yellow). What the other scenarios change is listed above.",
        "key": "key", "value": "value", "unit": "unit", "provenance": "provenance",
        "experimentation": "Experimentation", "experimentation_text": "{replications} replications, seed {seed}, {warmup} years of "
        "warm-up discarded, {years} years reported; 95 % intervals (Student t) over replications.",
        "implementation": "Implementation", "implementation_text": "JeugdSim {version}, model {model} (fingerprint {fingerprint}, "
        "commit {commit}; Swift, GNU Scientific Library, an MT19937 stream per process).",
        "implementation_timing": " {threads} threads, {seconds} seconds wall time.",
    },
}


# The services a caution names, as a reader calls them.
SERVICES = {
    "nl": {"access": "de toegang", "generalist": "het wijkteam", "specialist4": "specialistische hulp niveau 4",
           "specialist5": "specialistische hulp niveau 5", "specialist6": "specialistische hulp niveau 6",
           "specialist7": "uithuisplaatsing", "longTerm": "langdurige hulp", "childProtection": "de jeugdbescherming"},
    "en": {"access": "access", "generalist": "the neighbourhood team", "specialist4": "specialist care level 4",
           "specialist5": "specialist care level 5", "specialist6": "specialist care level 6", "specialist7": "out-of-home care",
           "longTerm": "long-term care", "childProtection": "child protection"},
}

CAUTIONS = {
    "nl": {
        "overload": "{name}: {services} {can} de vraag niet bijhouden (het werk dat binnenkomt, als veelvoud van wat de capaciteit aankan: {loads}). "
        "De wachttijden daar hangen af van de looptijd en van gezinnen die afhaken; lees ze als een tussenstand, niet als evenwicht.",
        "recommended": "{name}: de inloop van {years} jaar is korter dan de {recommended} jaar die <code>jeugdsim warmup</code> "
        "aanraadt; de eerste jaren kunnen nog naar hun evenwicht bewegen.",
        "moving": "{name}: na de inloop van {years} jaar bewegen de wachtlijsten nog {share} % in de eerste {months} maanden; "
        "de eerste jaren kunnen nog naar hun evenwicht bewegen (<code>jeugdsim warmup</code> zegt hoeveel inloop nodig is).",
        "scale": "{name}: het aantal jeugdigen wijkt af van de standaard, maar de capaciteit is niet meegeschaald; de wachttijden "
        "beschrijven dan een ander stelsel dan bedoeld.",
    },
    "en": {
        "overload": "{name}: {services} {can} keep up (the work arriving, as a multiple of what the capacity can do: {loads}). Its waits depend "
        "on the horizon and on families giving up; read them as a transient, not a steady state.",
        "recommended": "{name}: the warm-up of {years} years is shorter than the {recommended} years <code>jeugdsim warmup</code> "
        "recommends; the first years may still be settling.",
        "moving": "{name}: after the warm-up of {years} years the waiting lists still move {share} % in the first {months} months; "
        "the first years may still be settling (<code>jeugdsim warmup</code> says how long a warm-up is needed).",
        "scale": "{name}: the number of youths differs from the default but the capacities were not scaled with it; the waits "
        "then describe another system than meant.",
    },
}


def caution(entry, name, lang="nl"):
    """A caution from run.json (`kind`, `figures`; what the console warned about a run) in the report's language."""
    words, figures = CAUTIONS[lang], entry.get("figures", {})
    if entry["kind"] == "overload":
        services = [SERVICES[lang].get(s, s) for s in figures]
        joined = (" en " if lang == "nl" else " and ").join(services)
        loads = ", ".join(f"{SERVICES[lang].get(s, s)} {number(v, lang)}" for s, v in figures.items())
        can = ("kan" if len(services) == 1 else "kunnen") if lang == "nl" else "cannot"
        return words["overload"].format(name=name, services=joined, can=can, loads=loads)
    if entry["kind"] == "warmUp":
        years = number(figures.get("warmUpYears", 0), lang)
        if "recommendedYears" in figures:
            return words["recommended"].format(name=name, years=years, recommended=number(figures["recommendedYears"], lang))
        return words["moving"].format(name=name, years=years, share=number(100 * figures["share"], lang), months=int(figures["months"]))
    return words["scale"].format(name=name)


def in_language(text, lang):
    """English digits ("1,234.5") as the language writes them: "1.234,5" in Dutch."""
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def rounded(value, half_width, lang="nl"):
    """A figure to the digits its interval supports (the interval's half-width to two significant digits: tenths,
    or whole thousands), with the language's decimal mark and thousands separator; without an interval, as
    `number` rounds it."""
    if not half_width or not math.isfinite(half_width) or half_width <= 0:
        return number(value, lang)
    decimals = min(4, 1 - math.floor(math.log10(half_width)))
    if decimals < 0:
        # Whole tens, hundreds, thousands...: 30.460.000, not 30.459.323, when the interval is 278.000 wide.
        value = round(float(value) / 10 ** -decimals) * 10 ** -decimals
    text = f"{float(value):,.{max(0, decimals)}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")
    return in_language(text, lang)


def number(value, lang="nl"):
    """A figure rounded as a reader wants it (whole above 100, one decimal above 10, else three digits), with
    the language's decimal mark and thousands separator."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    value = float(value)
    magnitude = abs(value)
    text = f"{value:,.0f}" if magnitude >= 100 else f"{value:,.1f}" if magnitude >= 10 else f"{value:.3g}"
    return in_language(text, lang)
