import Foundation
import SimKernel

/// Where new needs come from (M1): per level a Poisson process of needs from incidence and one of extra
/// needs (an access door open wider than the baseline's, last month's consultations), and one process of
/// needs for long low-intensity help. It keeps their rates this month, how many needs each has given (a
/// need's place in its process names it, and so its random stream), the demand growth they follow, and the
/// stamp of this month's pending onsets (`EventStamps`).
///
/// Each process draws its gaps from a stream of its own: apart, needs from incidence arise at the same
/// moments in two scenarios whatever their doors and consultations. Everything that happens to a case
/// draws from the case's own stream (`YouthCareModel.caseStreams`), so that a case keeps its durations and
/// outcomes between scenarios while its own path is the same, which keeps paired comparisons tight.
struct Onsets {
    /// Rates per day this month, per level (from incidence, and extra), and of needs for long-term help.
    var rate = [Double](repeating: 0, count: 8)
    var extraRate = [Double](repeating: 0, count: 8)
    var longTermRate = 0.0
    /// The stamp of the onsets drawn this month: each month boundary draws every next onset afresh at the
    /// month's rates (exact: they are memoryless), voiding those drawn before.
    private(set) var stamp: UInt32 = 0
    private var count = [UInt64](repeating: 0, count: 8)
    private var extraCount = [UInt64](repeating: 0, count: 8)
    private var longTermCount: UInt64 = 0
    /// Where demand growth compounds from: a month, the growth reached by then, and the yearly rate since.
    private var growthAnchor: (month: Int, factor: Double, rate: Double)
    private let streams: [RandomStream]
    private let extraStreams: [RandomStream]
    private let longTermStream: RandomStream

    init(streams: RandomStreams, annualGrowth: Double) {
        self.streams = (0..<8).map { streams.stream("onset/level\($0)") }
        extraStreams = (0..<8).map { streams.stream("onset/extra/level\($0)") }
        longTermStream = streams.stream("onset/long-term")
        growthAnchor = (0, 1, annualGrowth)
    }

    /// Kinds of need, for their identity: the level's onsets, the extra ones, and needs for long-term help.
    static let extraNeed: UInt64 = 1 << 8
    static let longTermNeed: UInt64 = 2 << 8
    static let returningNeed: UInt64 = 3 << 8

    /// Demand relative to the first reported January, compounding at the yearly growth in force: from the
    /// month a timeline changed the growth, at the new rate. Growth starts at the run's start: the warm-up
    /// runs at the demand of the first reported January, as the warm start's pilot does (growing into it
    /// from a lower demand, the first reported years began with shorter lists than the baseline's).
    func growth(atMonth month: Int) -> Double {
        growthAnchor.factor * pow(1 + growthAnchor.rate, Double(max(month, 0) - growthAnchor.month) / 12)
    }

    /// A timeline step changes the yearly growth from `month` on.
    mutating func changeGrowth(to rate: Double, atMonth month: Int) {
        growthAnchor = (month, growth(atMonth: month), rate)
    }

    /// Voids every onset drawn before this month's.
    mutating func beginMonth() { stamp &+= 1 }

    /// The time to the next need of a level's process (nil when its rate is zero).
    func gap(level: Level, extra: Bool) -> Double? {
        let rate = extra ? extraRate[level] : rate[level]
        guard rate > 0 else { return nil }
        return Distribution.exponential(mean: 1 / rate).sample(extra ? extraStreams[level] : streams[level])
    }

    /// The time to the next need for long-term help (nil when its rate is zero).
    func longTermGap() -> Double? {
        guard longTermRate > 0 else { return nil }
        return Distribution.exponential(mean: 1 / longTermRate).sample(longTermStream)
    }

    /// The identity of a level's process's next need: its key names the need's random stream.
    mutating func nextKey(level: Level, extra: Bool) -> UInt64 {
        if extra {
            extraCount[level] += 1
            return EntityStreams.key(Self.extraNeed | UInt64(level), extraCount[level])
        }
        count[level] += 1
        return EntityStreams.key(UInt64(level), count[level])
    }

    mutating func nextLongTermKey() -> UInt64 {
        longTermCount += 1
        return EntityStreams.key(Self.longTermNeed, longTermCount)
    }
}
