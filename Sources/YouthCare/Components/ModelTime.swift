/// The model's units of time, defined once: the clock runs in days from the first reported 1 January
/// (negative during warm-up); a year is a Julian year and a month a twelfth of it, so that month and budget
/// year boundaries fall on whole months of the reported calendar.
public enum ModelTime {
    public static let daysPerYear = 365.25
    public static let daysPerMonth = daysPerYear / 12

    /// The year a time falls in: 0 for the first reported year, negative during warm-up.
    public static func year(at time: Double) -> Int { Int((time / daysPerYear).rounded(.down)) }
}

/// The model's calendar of months and budget years, and whether the run is past its warm-up. The clock
/// starts a whole number of months before the first reported January, so that month boundaries fall on the
/// reported calendar months.
struct ModelClock {
    /// The start of the run (the start of its first month), at or before 0.
    let start: Double
    let warmUpMonths: Int
    /// Reported years (the horizon is at their end).
    let years: Double
    /// Months begun so far; the current month is `month - 1` once the first has begun.
    private(set) var month = 0
    /// Past the warm-up: statistics are being gathered.
    var measuring = false

    init(run: ModelParameters.Run) {
        warmUpMonths = Int((run.warmUpYears * 12).rounded())
        start = -Double(warmUpMonths) * ModelTime.daysPerMonth
        years = run.years
    }

    var horizon: Double { years * ModelTime.daysPerYear }

    /// When month `index` (0: the first of the run) begins.
    func monthStart(_ index: Int) -> Double { start + Double(index) * ModelTime.daysPerMonth }

    /// Begins the next month: its start, its calendar month (0 = January) and its years from the first
    /// reported January (for growth).
    mutating func beginMonth() -> (start: Double, calendarMonth: Int) {
        let begins = monthStart(month)
        let calendarMonth = ((month - warmUpMonths) % 12 + 12) % 12
        month += 1
        return (begins, calendarMonth)
    }

    /// The current month counted from the first reported January (negative during warm-up).
    var reportedMonth: Int { month - 1 - warmUpMonths }

    /// When the month after the current one begins.
    var nextMonthStart: Double { monthStart(month) }

    /// Whether a time lies inside the reported years (after warm-up, before the horizon).
    func isReported(_ time: Double) -> Bool { time > 0 && time < horizon }
}
