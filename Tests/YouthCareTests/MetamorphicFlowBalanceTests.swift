import Scenarios
import SimKernel
import XCTest

@testable import YouthCare

/// Properties every run must have, over scenarios drawn at random within sensible ranges (demand, places,
/// waiting hazards, consultation, threshold, discipline, add-on, comparing and switching unequal providers; a fixed seed, so the draws are the same on
/// every run), each run from an empty system with no warm-up so that every service starts with nobody
/// waiting and nobody served:
/// - per service (over its providers), families balance: those who joined the list or started at once are
///   those who started, left the list, or still wait; those who started are those who finished or are still
///   in care; and overall (`imbalance`) every case is resolved, dropped out or still in the system;
/// - no provider ever has more families in care than places (busy places at most the capacity, at every
///   moment: the maximum of its busy count against its places), so utilisation is at most 1;
/// - Little's law on each waiting list, on the sample path: the area under the waiting list equals the
///   waits of those who left it (started, at once or after waiting, or gave up, resolved or were re-triaged)
///   plus the time those still waiting have waited so far, which lies between 0 and the list at the end x
///   the run's length. Exact bounds, not an interval: the figures do not tell when each family still waiting
///   joined, so the equality itself cannot be checked, only its sandwich (and, reported beside it, how
///   close the mean list is to arrival rate x mean wait).
final class MetamorphicFlowBalanceTests: XCTestCase {
    /// A scenario drawn within sensible ranges, for the small municipality.
    func randomScenario(_ generator: inout SplitMix) -> ModelParameters {
        func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &generator) }
        func defaultValue(_ key: String) -> Double { ParameterCatalog.definition(key)!.defaultValue }
        var changes: [String: Double] = ["run.warmUpYears": 0]
        for level in 2...7 {
            changes["onset.incidencePer1000.level\(level)"] = defaultValue("onset.incidencePer1000.level\(level)") * draw(0.6...1.5)
        }
        changes["generalist.fte"] = defaultValue("generalist.fte") * draw(0.6...1.4)
        for level in 4...6 {
            changes["specialist.capacity.level\(level)"] = (defaultValue("specialist.capacity.level\(level)") * draw(0.6...1.4)).rounded()
        }
        for placement in Placement.allCases {
            let key = "specialist.placementCapacity.\(placement.key)"
            changes[key] = (defaultValue(key) * draw(0.3...1.5)).rounded()
        }
        changes["childProtection.caseworkerCapacity"] = (defaultValue("childProtection.caseworkerCapacity") * draw(0.3...1.5)).rounded()
        changes["waiting.enabled"] = draw(0...1) < 0.8 ? 1 : 0
        changes["waiting.dropoutPerYear"] = draw(0...3)
        changes["naturalCourse.enabled"] = draw(0...1) < 0.8 ? 1 : 0
        changes["consultation.fte"] = (draw(0...4) * 2).rounded() / 2
        changes["threshold.level"] = draw(0...1) < 0.5 ? 2 : draw(2...3)
        changes["specialist.discipline"] = draw(0...1) < 0.5 ? 0 : 1
        changes["addOn.mode"] = draw(0...1) < 0.5 ? 0 : 1
        changes["specialist.shorterListChoice"] = draw(0...1) < 0.5 ? 0 : draw(0...1)
        changes["specialist.switchAfterDays"] = draw(0...1) < 0.5 ? 0 : draw(10...120)
        changes["specialist.providerSizeSkew"] = draw(0...1) < 0.5 ? 0 : draw(0...2)
        return smallMunicipality(changes, youths: 4_000, years: 4)
    }

    func testFamiliesBalanceAndLittlesLawHoldsOnEveryService() {
        var generator = SplitMix(seed: 20_261_205)
        for draw in 0..<16 {
            let p = randomScenario(&generator)
            for replication in 0..<2 {
                var model = YouthCareModel(p, seed: 36, replication: replication)
                var calendar = EventCalendar<YouthCareModel.Event>(startingAt: model.startTime, bucketWidth: 1)
                model.start(&calendar)
                let horizon = p.run.years * ModelTime.daysPerYear
                calendar.run(&model, until: horizon)
                let label = "draw \(draw), replication \(replication)"
                XCTAssertNil(imbalance(model.result(at: horizon)), label)
                for service in Service.all {
                    check(model.services[service.index], "\(service) in \(label)", at: horizon)
                }
            }
        }
    }

    func check(_ providers: Providers, _ label: String, at now: Double) {
        let s = providers.books
        let waiting = providers.members.reduce(0) { $0 + $1.waiting }
        let inCare = providers.members.reduce(0) { $0 + $1.busy }
        XCTAssertEqual(s.arrivals, s.starts + s.abandonments + waiting, "\(label): joined = started + left + waiting")
        XCTAssertEqual(s.starts, s.completions + inCare, "\(label): started = finished + in care")
        // The service's books follow its providers' lists, families in care and places as they change.
        XCTAssertEqual(s.queueLength.value, Double(waiting), "\(label): the books' waiting list")
        XCTAssertEqual(providers.waiting, waiting, "\(label): the service's count of those waiting")
        XCTAssertEqual(s.busyServers.value, Double(inCare), "\(label): the books' families in care")
        XCTAssertEqual(s.capacity.value, Double(providers.servers), "\(label): the books' places")
        XCTAssertEqual(providers.servers, providers.members.reduce(0) { $0 + $1.servers }, "\(label): the service's places")
        XCTAssertLessThanOrEqual(s.utilisation(at: now), 1 + 1e-12, "\(label): utilisation")
        // Little on the sample path: area = waits of those who left + time waited so far by those waiting.
        let span = now - s.queueLength.start
        let area = s.queueLength.mean(at: now) * span
        let waited = s.wait.total + s.leaverWait.total
        let slack = 1e-9 * max(area, 1)
        XCTAssertGreaterThanOrEqual(area, waited - slack, "\(label): the list's area below the waits of those who left it")
        XCTAssertLessThanOrEqual(area, waited + Double(waiting) * span + slack, "\(label): the list's area beyond what those waiting add")
    }
}
