import SimKernel
import XCTest

/// One more place never makes a family wait longer: at a first-come-first-served station with c places, the
/// same families arriving at the same moments and each needing the same time in care (its duration tied to
/// the family, not to the place or the order of starts, as the model draws it from the case's own stream)
/// leave no later with c + 1 places, family by family (the starts in arrival order are a monotone
/// function of the arrival and service times and fall with c: Kiefer and Wolfowitz's recursion). Exact, on
/// the kernel's `Station` that every service of the model and of the Jackson network uses.
///
/// The property holds per station, not per family through a network: downstream, a family whose earlier
/// arrival lets it overtake another can delay that one (one place; family A arrives at 4 needing 1 day,
/// family B at 5 needing 100: A leaves at 5; with B arriving at 3 instead, A waits until 103 and leaves at
/// 104). So in the Jackson network and the full model a monotone relation is held in the mean, paired on
/// common random numbers (`MetamorphicCeilingMonotonicityTests`), not family by family.
final class MetamorphicServerMonotonicityTests: XCTestCase {
    /// A station fed a fixed list of families: arrival times and durations per family.
    struct FixedStation: DiscreteEventModel {
        enum Event {
            case arrival(Int32)
            case departure(Int32)
        }
        var station: Station
        let durations: [Double]
        var left: [Double]

        mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
            switch event {
            case .arrival(let family):
                if station.arrive(family, at: calendar.now) == .started {
                    calendar.schedule(.departure(family), after: durations[Int(family)])
                }
            case .departure(let family):
                left[Int(family)] = calendar.now
                if let (next, _) = station.complete(at: calendar.now) {
                    calendar.schedule(.departure(next), after: durations[Int(next)])
                }
            }
        }
    }

    /// When each family leaves a station of `places` places.
    func departures(arrivals: [Double], durations: [Double], places: Int) -> [Double] {
        var model = FixedStation(station: Station(servers: places), durations: durations, left: arrivals.map { _ in .nan })
        var calendar = EventCalendar<FixedStation.Event>()
        for (family, time) in arrivals.enumerated() { calendar.schedule(.arrival(Int32(family)), at: time) }
        calendar.run(&model, until: .infinity)
        return model.left
    }

    /// Families at an offered load of 0.95 of c places, durations of a coefficient of variation of 2 (so
    /// that families overtake one another often), c from 1 to 6, on ten seeds: nobody leaves later with
    /// one place more, and somebody leaves earlier.
    func testOneMorePlaceNeverMakesAFamilyLeaveLater() {
        let families = 3_000
        for seed in 0..<10 {
            for places in 1...6 {
                let streams = RandomStreams(seed: UInt64(seed), replication: places)
                let arrivalStream = streams.stream("arrivals")
                let durationStream = streams.stream("durations")
                let meanDuration = 100.0
                let gap = Distribution.exponential(mean: meanDuration / (0.95 * Double(places)))
                let duration = Distribution.withMean(meanDuration, cv: 2)
                var time = 0.0
                let arrivals = (0..<families).map { _ in
                    time += gap.sample(arrivalStream)
                    return time
                }
                let durations = (0..<families).map { _ in duration.sample(durationStream) }
                let fewer = departures(arrivals: arrivals, durations: durations, places: places)
                let more = departures(arrivals: arrivals, durations: durations, places: places + 1)
                let later = (0..<families).filter { more[$0] > fewer[$0] }
                XCTAssertEqual(later, [], "seed \(seed), \(places) places: families leave later with one place more")
                XCTAssertTrue(fewer.allSatisfy(\.isFinite) && more.allSatisfy(\.isFinite), "every family leaves")
                XCTAssertTrue((0..<families).contains { more[$0] < fewer[$0] }, "seed \(seed), \(places) places: one more place helps")
            }
        }
    }
}
