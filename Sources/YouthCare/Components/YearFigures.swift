import SimKernel

/// What the headlines are made of in one reported year, so that every headline is reported per year as
/// well as over the run (`Headline`; "and when?" is a question of years). Counted when things happen:
/// arrivals, starts and their waits in the year they start, exits in the year they leave.
struct YearFigures: Codable {
    var arrivals = 0, relapses = 0
    var placements = 0, supervisionOrders = 0, droppedOut = 0, stepUps = 0
    var consultations = 0, resolvedLocally = 0
    /// Youths whose help ended where their age ends it (`ageOut`).
    var agedOut = 0
    /// Needs resolved with light help (levels 2-3) or at the front, and resolved with any help: the need
    /// pyramid.
    var resolvedLightly = 0, resolvedWithHelp = 0
    /// Waits of those who started at the neighbourhood team, at specialist care (levels 4-6), and the
    /// quantiles of the waits at level 5.
    var generalistWait = Tally(), specialistWait = Tally()
    var level5Waits = QuantileSketch()
    var timeToHelp = Tally()
    /// Professionals per family, for families whose last need episode ended in the year.
    var professionals = Tally()
}
