/// The figures a policy maker reads first: the summary table, the comparison and the notebooks use these.
public struct Headline: Sendable {
    public let metric: Metric
    public let label: String
    public let unit: String
    /// Whether a rise is good news (for the plain-language comparison); nil when neither.
    public let higherIsBetter: Bool?

    /// How precisely a headline near zero needs to be known, in its own unit: replications to a stated
    /// precision (`run --precision`) accept an interval half-width of this much when a share of the mean
    /// would ask for more than matters (a team wait of half a day, no consultations at all).
    public var absolutePrecision: Double {
        switch unit {
        case "days": return 0.5
        case "share": return 0.005
        case "people": return 0.01
        case "euros": return 10
        case "euros per year": return 10_000
        default: return 1
        }
    }

    public static let all: [Headline] = [
        Headline(metric: Metric(.perYearArrivals), label: "New needs and relapses", unit: "per year", higherIsBetter: nil),
        Headline(
            metric: Metric(.specialistStartsPerYear), label: "Starts in specialist care (levels 4-7)", unit: "per year", higherIsBetter: nil
        ),
        Headline(
            metric: Metric(.waitMean, .service(.generalist)), label: "Wait for the neighbourhood team", unit: "days",
            higherIsBetter: false),
        Headline(metric: Metric(.waitMean, .pooledSpecialist), label: "Wait for specialist care", unit: "days", higherIsBetter: false),
        Headline(
            metric: Metric(.waitP90, .service(.specialist(5))), label: "Wait for level-5 care, 90th percentile", unit: "days",
            higherIsBetter: false),
        Headline(
            metric: Metric(.waitingListMean, .pooledSpecialist), label: "Waiting list for specialist care", unit: "children",
            higherIsBetter: false),
        Headline(metric: Metric(.timeToHelpMean), label: "Onset to appropriate help", unit: "days", higherIsBetter: false),
        Headline(
            metric: Metric(.unmetNeedChildYears), label: "Child-years lived with an unmet need", unit: "child-years per year",
            higherIsBetter: false),
        Headline(metric: Metric(.professionalsPerFamilyMean), label: "Professionals per family", unit: "people", higherIsBetter: false),
        Headline(
            metric: Metric(.shareResolvedAtLightLevels), label: "Resolved with light help (levels 2-3)", unit: "share", higherIsBetter: true
        ),
        Headline(metric: Metric(.perYearPlacements), label: "Out-of-home placements", unit: "per year", higherIsBetter: false),
        Headline(metric: Metric(.perYearSupervisionOrders), label: "Supervision orders", unit: "per year", higherIsBetter: false),
        Headline(
            metric: Metric(.perYearDroppedOut), label: "Families that left without help (gave up waiting, stopped care)",
            unit: "per year", higherIsBetter: false),
        Headline(metric: Metric(.perYearStepUps), label: "Step-ups", unit: "per year", higherIsBetter: false),
        Headline(metric: Metric(.relapseShareOfArrivals), label: "Relapses among new episodes", unit: "share", higherIsBetter: false),
        Headline(metric: Metric(.perYearConsultations), label: "Consultations given", unit: "per year", higherIsBetter: nil),
        Headline(
            metric: Metric(.perYearResolvedLocally), label: "Needs resolved at the front without referral", unit: "per year",
            higherIsBetter: nil),
        Headline(metric: Metric(.spendPerYear), label: "Spending", unit: "euros per year", higherIsBetter: false),
        Headline(metric: Metric(.costPerCase), label: "Spending per need that arose", unit: "euros", higherIsBetter: false),
    ]
}
