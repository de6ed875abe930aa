import SimKernel

/// The outcome a euro buys (`docs/model.md`, unmet need): child-years lived with a need that nobody meets,
/// per reported year and per level of the need. A child lives with an unmet need from its onset until help
/// at or above its level begins, and again whenever it waits for the next step or has left without help
/// (gave up waiting, stopped its care, turned away at access), and when its help ended with its age until
/// the need resolves or the youth turns 23 (`ageOut`). Aftercare and a supervision order that runs
/// on after care do not count: the need they follow was met.
///
/// Each level keeps the moment its count last changed, so a case that moves touches two levels, not eight.
struct UnmetNeed {
    /// Cases living with an unmet need now, per level of their need.
    private var count = [Int](repeating: 0, count: 8)
    private var since = [Double](repeating: 0, count: 8)
    /// Child-days per reported year and level, up to `since` of the level.
    private var childDays: [[Double]]

    init(years: Int) {
        childDays = Array(repeating: Array(repeating: 0, count: 8), count: years)
    }

    /// Counting starts at the end of the warm-up with the cases that live with an unmet need then.
    mutating func start(counting levels: [Int8], at time: Double) {
        count = Array(repeating: 0, count: 8)
        since = Array(repeating: time, count: 8)
        for level in levels where level >= 0 { count[Int(level)] += 1 }
    }

    /// A case moves from living with an unmet need at `old` to `new` (-1: none).
    mutating func move(from old: Int8, to new: Int8, at time: Double) {
        if old >= 0 {
            advance(Int(old), to: time)
            count[Int(old)] -= 1
        }
        if new >= 0 {
            advance(Int(new), to: time)
            count[Int(new)] += 1
        }
    }

    /// Child-years per reported year and level, up to `end`.
    func childYears(at end: Double) -> [[Double]] {
        var copy = self
        for level in 0..<8 { copy.advance(level, to: end) }
        return copy.childDays.map { $0.map { $0 / ModelTime.daysPerYear } }
    }

    /// Adds the level's count over [since, time] to the years it spans (time past the horizon to the last).
    private mutating func advance(_ level: Int, to time: Double) {
        let years = childDays.count
        while since[level] < time {
            let year = min(years - 1, max(0, ModelTime.year(at: since[level])))
            let end = year == years - 1 ? time : min(time, Double(year + 1) * ModelTime.daysPerYear)
            childDays[year][level] += Double(count[level]) * (end - since[level])
            since[level] = end
        }
    }
}

extension YouthCareModel {
    /// The level at which case `id` lives with an unmet need now, -1 when its need is met or being met.
    /// `mutating` though it changes nothing: called from mutating code, a non-mutating method copied the
    /// whole model to borrow it (a tenth of the run's instructions went to that copy).
    mutating func unmetLevel(_ id: Int32) -> Int8 {
        let need = Int8(cases[id].need)
        switch cases[id].phase {
        case .supervisionOnly: return -1
        case .waiting: return cases[id].aftercare ? -1 : need
        case .inService:
            let service = Service(index: cases[id].service)
            if cases[id].aftercare { return -1 }
            if service == .access { return need }
            return (service.level ?? cases[id].assigned) >= cases[id].need ? -1 : need
        case .undetected, .investigating, .away, .turnedAway, .pastAge: return need
        }
    }

    /// Counts case `id` where it lives now: called wherever its phase, service or need may have changed (an
    /// extra call changes nothing). Not during the warm-up: `endWarmUp` counts every case once.
    mutating func recountUnmetNeed(_ id: Int32, at time: Double) {
        guard clock.measuring else { return }
        let level = unmetLevel(id)
        let old = cases[id].unmetLevel
        guard level != old else { return }
        unmetNeed.move(from: old, to: level, at: time)
        cases[id].unmetLevel = level
    }

    /// A case leaves the system: it no longer counts.
    mutating func stopCountingUnmetNeed(_ id: Int32, at time: Double) {
        let old = cases[id].unmetLevel
        guard old >= 0 else { return }
        unmetNeed.move(from: old, to: -1, at: time)
        cases[id].unmetLevel = -1
    }

    /// The end of the warm-up: every case in the system counted where it lives.
    mutating func startCountingUnmetNeed(at time: Double, in municipality: Int = 0) {
        let ids = cases.liveIds.filter { isOf(municipality, $0) }
        for id in ids { cases[id].unmetLevel = unmetLevel(id) }
        unmetNeed.start(counting: ids.map { cases[$0].unmetLevel }, at: time)
    }
}
