import Foundation
import YouthCare

/// A headline's verdict as one sentence in Dutch or English, written once here into `<variant>-verdicts.csv`
/// so that the report and the notebooks present it and phrase nothing again: the difference with its 95 %
/// interval, a fall said with its size (no "falls by -3.8"), figures rounded to what the interval supports, a
/// share in percent and its difference in percentage points, verbs that agree with a plural headline.
public enum VerdictSentence {
    /// How a headline reads in a language: its label (the sentence's subject), unit, and whether the label
    /// is plural ("De uitgaven dalen").
    public struct Words: Sendable {
        public let label: String
        public let unit: String
        public let plural: Bool
    }

    /// Which of a headline's labels is plural: "De uitgaven dalen", but "Spending falls".
    enum Plural { case both, dutch, none }

    /// The headlines' words by metric (`Headline.all`'s): the Dutch label and unit, which are plural, then the
    /// English label and unit.
    static let words: [String: (nl: Words, en: Words)] = Dictionary(
        uniqueKeysWithValues: [(String, String, String, Plural, String, String)]([
            (
                "perYear.arrivals", "Nieuwe hulpvragen en terugval", "per jaar", .both,
                "New needs and relapses", "per year"
            ),
            (
                "specialistStartsPerYear", "Begonnen trajecten specialistische jeugdhulp (niveau 4-7)", "per jaar", .both,
                "Starts in specialist care (levels 4-7)", "per year"
            ),
            (
                "wait.mean.generalist", "De wachttijd voor het wijkteam", "dagen", .none,
                "The wait for the neighbourhood team", "days"
            ),
            (
                "wait.mean.specialist", "De wachttijd voor specialistische jeugdhulp", "dagen", .none,
                "The wait for specialist care", "days"
            ),
            (
                "wait.p90.specialist5", "De wachttijd voor niveau 5 die 9 op de 10 gezinnen niet overschrijden", "dagen", .none,
                "The wait for level-5 care, 90th percentile", "days"
            ),
            (
                "waitingList.mean.specialist", "De wachtlijst voor specialistische jeugdhulp", "kinderen", .none,
                "The waiting list for specialist care", "children"
            ),
            (
                "timeToHelp.mean", "De tijd van begin van de hulpvraag tot passende hulp", "dagen", .none,
                "The time from onset to appropriate help", "days"
            ),
            (
                "professionalsPerFamily.mean", "Het aantal professionals per gezin", "personen", .none,
                "Professionals per family", "people"
            ),
            (
                "share.resolvedAtLightLevels", "Het aandeel opgelost met lichte hulp (niveau 2-3)", "%", .none,
                "The share resolved with light help (levels 2-3)", "%"
            ),
            (
                "perYear.placements", "Uithuisplaatsingen", "per jaar", .both,
                "Out-of-home placements", "per year"
            ),
            (
                "perYear.supervisionOrders", "Ondertoezichtstellingen", "per jaar", .both,
                "Supervision orders", "per year"
            ),
            (
                "perYear.droppedOut", "Gezinnen die zonder hulp afhaken", "per jaar", .both,
                "Families that left without help", "per year"
            ),
            (
                "unmetNeed.childYears", "Kindjaren met een onvervulde hulpvraag", "kindjaren per jaar", .both,
                "Child-years lived with an unmet need", "child-years per year"
            ),
            (
                "perYear.stepUps", "Opschalingen", "per jaar", .both,
                "Step-ups", "per year"
            ),
            (
                "relapseShareOfArrivals", "Het aandeel terugval onder nieuwe hulpvragen", "%", .none,
                "The share of relapses among new episodes", "%"
            ),
            (
                "perYear.consultations", "Consultaties", "per jaar", .both,
                "Consultations", "per year"
            ),
            (
                "perYear.resolvedLocally", "Hulpvragen opgelost aan de voorkant zonder verwijzing", "per jaar", .both,
                "Needs resolved at the front without referral", "per year"
            ),
            (
                "spend.perYear", "De uitgaven", "euro per jaar", .dutch,
                "Spending", "euros per year"
            ),
            (
                "costPerCase", "De uitgaven per ontstane hulpvraag", "euro", .dutch,
                "Spending per need that arose", "euros"
            ),
        ]).map { metric, nl, nlUnit, plural, en, enUnit in
            (metric, (Words(label: nl, unit: nlUnit, plural: plural != .none), Words(label: en, unit: enUnit, plural: plural == .both)))
        })

    /// The words of `headline` in `language`.
    public static func words(_ headline: Headline, _ language: String) -> Words {
        // A headline without its words (none: VerdictSentenceTests holds every one to have them) reads in English.
        guard let pair = words[headline.metric.description] else { return Words(label: headline.label, unit: headline.unit, plural: false) }
        return language == "nl" ? pair.nl : pair.en
    }

    static let phrases: [String: [String: String]] = [
        "nl": [
            "change": "%@ %@ met %@ %@ (95 %%-interval %@ tot %@ %@), van %@ naar %@%@.",
            "noise": "%@: het verschil van %@ %@ (95 %%-interval %@ tot %@ %@) is niet te onderscheiden van toeval.",
            "rises": "stijgt", "falls": "daalt", "rise": "stijgen", "fall": "dalen", "better": " (gunstig)", "worse": " (ongunstig)",
            "points": "procentpunt",
        ],
        "en": [
            "change": "%@ %@ by %@ %@ (95 %% interval %@ to %@ %@), from %@ to %@%@.",
            "noise": "%@: the difference of %@ %@ (95 %% interval %@ to %@ %@) is not distinguishable from noise.",
            "rises": "rises", "falls": "falls", "rise": "rise", "fall": "fall", "better": " (better)", "worse": " (worse)",
            "points": "percentage points",
        ],
    ]

    /// The verdict `v` in `language`.
    static func text(_ v: Comparison.Verdict, _ language: String) -> String {
        let w = words(v.headline, language)
        let p = phrases[language]!
        let share = v.headline.unit == "share"
        // Shares read as percentages, their differences as percentage points.
        let scale = share ? 100.0 : 1.0
        var (d, lo, hi) = (scale * v.difference.mean, scale * v.difference.lower, scale * v.difference.upper)
        let (b, x) = (scale * v.base, scale * v.variant)
        if abs(d) < 1e-9 * max(1, abs(b)) { d = 0 }
        let half = (hi - lo) / 2
        let unit = share ? p["points"]! : w.unit
        func n(_ value: Double) -> String { rounded(value, halfWidth: half, language) }
        guard v.distinguishable else { return String(format: p["noise"]!, w.label, n(d), unit, n(lo), n(hi), unit) }
        let rises = d > 0
        let verb = p[rises ? (w.plural ? "rise" : "rises") : (w.plural ? "fall" : "falls")]!
        let (from, to) = rises ? (lo, hi) : (-hi, -lo)
        let percent = share ? " %" : ""
        let judgement = v.judgement.map { p[$0]! } ?? ""
        return String(format: p["change"]!, w.label, verb, n(abs(d)), unit, n(from), n(to), unit, n(b) + percent, n(x) + percent, judgement)
    }

    /// A figure to the digits its interval supports (the half-width to two significant digits, at most four
    /// decimals; tens, hundreds or thousands when the interval is that wide), with the language's decimal mark
    /// and thousands separator; without an interval, whole above 100, one decimal above 10, else three digits.
    public static func rounded(_ value: Double, halfWidth: Double, _ language: String) -> String {
        guard value.isFinite else { return "–" }
        var text: String
        if halfWidth.isFinite && halfWidth > 0 {
            let decimals = min(4, 1 - Int(log10(halfWidth).rounded(.down)))
            let shown = decimals < 0 ? (value / pow(10, Double(-decimals))).rounded() * pow(10, Double(-decimals)) : value
            text = CompareTable.number(shown, decimals: max(0, decimals))
        } else {
            let m = abs(value)
            text = m >= 10 ? CompareTable.number(value, decimals: m >= 100 ? 0 : 1) : String(format: "%.3g", value)
        }
        if text.hasPrefix("-") && text.dropFirst().allSatisfy({ "0.,".contains($0) }) { text.removeFirst() }
        guard language == "nl" else { return text }
        return String(text.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
    }
}
