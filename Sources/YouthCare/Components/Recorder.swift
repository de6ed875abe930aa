import SimKernel

/// Care counting: the statistics of one replication as the model gathers them (`docs/model.md`, outputs).
/// The flow counts from the start, and what it counted during the warm-up is thrown away at its end
/// (`discardWarmUp`): no step of the flow asks whether the run is measuring before it counts (only the
/// counts made at a reported year's start, and unmet need, which starts at the warm-up's end). `stockAtStart`
/// is what was in the system then, so arrivals and exits balance.
struct Recorder: Codable {
    let yearCount: Int
    private let years: Double
    private let services: Int
    /// Whether what it counts now will be thrown away.
    private var inWarmUp = true

    var arrivals = 0
    var onsets = [Int](repeating: 0, count: 8)
    var relapses = [Int](repeating: 0, count: 8)
    /// Episode starts by the level delivered, per reported year.
    var starts: [[Int]]
    var stepUps = [Int](repeating: 0, count: 8)
    var stepDowns = [Int](repeating: 0, count: 8)
    var resolvedAt = [Int](repeating: 0, count: 8)
    var resolvedUnaided = 0
    var droppedOut = 0
    var gaveUpWaiting = 0
    /// Youths whose help ended where their age ends it (`ageOut`), and youths who turned 23 with their need
    /// unresolved, leaving the population the model follows (`Exit.grownUp`).
    var agedOut = 0
    var grownUp = 0
    /// Families who left each service's waiting list, by why (`WaitingListExit`, then service index).
    var leftWaitingList: [[Int]]
    var returned = 0
    var placements = 0
    var supervisionOrders = 0
    /// Families whose safety worsened while help had not come, and crisis placements (M12).
    var escalations = 0
    var crisisPlacements = 0
    /// Consultations given and lapsed, per `ConsultationRoute`.
    var consultationsGiven = [Int](repeating: 0, count: ConsultationRoute.allCases.count)
    var consultationsLapsed = [Int](repeating: 0, count: ConsultationRoute.allCases.count)
    var consultationAskerHours = [Double](repeating: 0, count: ConsultationRoute.allCases.count)
    /// The team's consultations by the form they took, and the days consultations waited for hours.
    var consultationForms = [Int](repeating: 0, count: ConsultationForm.allCases.count)
    var consultationWaitDays = 0.0
    /// Needs resolved at the front without a referral, per `LocalResolution`.
    var resolvedLocally = [Int](repeating: 0, count: LocalResolution.allCases.count)
    /// Needs the access threshold turned away, and applications again of turned-away families (M14).
    var turnedAway = 0
    var reapplications = 0
    /// Professionals met beyond a family's first (M15).
    var handOffs = 0
    var stockAtStart = 0
    /// Distinct cases receiving care (any service episode) and with a stay (out-of-home), per reported year.
    var inCare: [Int]
    /// Budget ceilings per reported year and level: the day it was reached (nil: not reached), starts after
    /// it, cases stepped down because of it, and starts deferred to the next budget year.
    var ceilingDay: [[Double?]]
    var startsAfterCeiling: [[Int]]
    var steppedDownByCeiling: [[Int]]
    var deferredByCeiling: [[Int]]
    var withStay: [Int]
    var timeToHelp = Tally()
    var timeToHelpQuantiles = QuantileSketch()
    /// Episodes completed per level delivered (aftercare not counted, as its start is not).
    var completions = [Int](repeating: 0, count: 8)
    /// CBS trajectories started, by `ProviderType`, and those started by a child whose need returned.
    var trajectoryStarts = [Int](repeating: 0, count: 3)
    var repeatTrajectoryStarts = 0
    /// Per reported year and `ProviderType`: trajectories open on 1 January and started in January-June;
    /// together the trajectories active in the first half-year, as CBS counts them.
    var trajectoriesOpenAtYearStart: [[Int]]
    var trajectoryStartsFirstHalf: [[Int]]
    /// CBS trajectories that ended, by `DurationBand`, in all and per referrer (`Route`) and provider type.
    var endedTrajectories = [Int](repeating: 0, count: DurationBand.allCases.count)
    var endedTrajectoriesByRoute = [[Int]](
        repeating: [Int](repeating: 0, count: DurationBand.allCases.count), count: Route.allCases.count)
    var endedTrajectoriesByType = [[Int]](repeating: [Int](repeating: 0, count: DurationBand.allCases.count), count: 3)
    /// Professionals a family met over its need episodes, relapses included; recorded when its last one ends.
    var professionals = Tally()
    /// Every headline's makings, per reported year.
    var yearly: [YearFigures]
    /// Month by month: families in care (in an episode at any care service) and in the system at all (the
    /// stocks whose settling the warm-up diagnostic watches, beside the waiting lists).
    var inCareSeries: TimeSeries
    var inSystemSeries: TimeSeries

    init(years: Double, services: Int) {
        self.years = years
        self.services = services
        yearCount = max(1, Int(years.rounded(.up)))
        starts = Array(repeating: Array(repeating: 0, count: 8), count: yearCount)
        inCare = Array(repeating: 0, count: yearCount)
        ceilingDay = Array(repeating: Array(repeating: nil, count: 8), count: yearCount)
        startsAfterCeiling = Array(repeating: Array(repeating: 0, count: 8), count: yearCount)
        steppedDownByCeiling = startsAfterCeiling
        deferredByCeiling = startsAfterCeiling
        withStay = Array(repeating: 0, count: yearCount)
        trajectoriesOpenAtYearStart = Array(repeating: [0, 0, 0], count: yearCount)
        trajectoryStartsFirstHalf = trajectoriesOpenAtYearStart
        let months = max(1, Int((years * 12).rounded(.up)))
        leftWaitingList = WaitingListExit.allCases.map { _ in [Int](repeating: 0, count: services) }
        yearly = Array(repeating: YearFigures(), count: yearCount)
        inCareSeries = TimeSeries(start: 0, interval: ModelTime.daysPerMonth, count: months)
        inSystemSeries = inCareSeries
    }

    /// The reported year a time is counted in (times past the horizon count in the last; the warm-up's, in
    /// the first, before they are thrown away).
    func year(at time: Double) -> Int { min(yearCount - 1, max(0, ModelTime.year(at: time))) }

    /// The end of the warm-up: every count starts again from nothing. The month-by-month stocks go on (the
    /// warm-up diagnostic reads them; a change before the first month credits nothing).
    mutating func discardWarmUp() {
        var fresh = Recorder(years: years, services: services)
        fresh.inCareSeries = inCareSeries
        fresh.inSystemSeries = inSystemSeries
        fresh.inWarmUp = false
        self = fresh
    }

    mutating func recordTimeToHelp(_ days: Double, at time: Double) {
        timeToHelp.record(days)
        timeToHelpQuantiles.record(days)
        yearly[year(at: time)].timeToHelp.record(days)
    }

    /// A family's last need episode ended: the professionals it met over all of them.
    mutating func recordProfessionals(_ count: Int, at time: Double) {
        professionals.record(Double(count))
        yearly[year(at: time)].professionals.record(Double(count))
    }

    /// An episode started after `waited` days on the list of `service`.
    mutating func recordWait(_ waited: Double, at service: Service, time: Double) {
        let y = year(at: time)
        switch service {
        case .generalist: yearly[y].generalistWait.record(waited)
        case .specialist(let level):
            yearly[y].specialistWait.record(waited)
            if level == 5 { yearly[y].level5Waits.record(waited) }
        default: break
        }
    }

    /// Trajectories active in the first half of a reported year (open on 1 January or started by 30 June),
    /// averaged over the years whose first half was reported.
    func activeInFirstHalf(_ type: ProviderType, reportedYears: Double) -> Double {
        let halves = max(1, Int((reportedYears + 0.5).rounded(.down)))
        let total = (0..<min(halves, yearCount)).reduce(0) {
            $0 + trajectoriesOpenAtYearStart[$1][Int(type.rawValue)] + trajectoryStartsFirstHalf[$1][Int(type.rawValue)]
        }
        return Double(total) / Double(min(halves, yearCount))
    }

    mutating func recordStart(level: Level, at time: Double) {
        starts[year(at: time)][level] += 1
    }

    /// Episode starts per level over the horizon.
    var startsByLevel: [Int] {
        var total = [Int](repeating: 0, count: 8)
        for yearStarts in starts { for level in Levels.all { total[level] += yearStarts[level] } }
        return total
    }

    /// Counts a case once per reported year as receiving care (CBS: youths with youth care in a year), and
    /// once as receiving care with a stay when placed out of home. A case's stamp during the warm-up is
    /// not a reported year's, so that the first year counts it again.
    mutating func countInCare(_ record: inout Case, placed: Bool, at time: Double) {
        let year = year(at: time)
        let stamp = inWarmUp ? -1 : Int32(year)
        if record.countedInCare != stamp {
            record.countedInCare = stamp
            inCare[year] += 1
        }
        if placed && record.countedWithStay != stamp {
            record.countedWithStay = stamp
            withStay[year] += 1
        }
    }
}
