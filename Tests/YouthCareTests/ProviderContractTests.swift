import SimKernel
import XCTest

@testable import YouthCare

/// Providers contracted for a volume a year (`specialist.contractVolumeShare`, `ProviderContracts`).
final class ProviderContractTests: XCTestCase {
    /// A provider of two places contracted for three episodes a year starts three, then takes nobody more
    /// though a place frees and a family waits: its list waits for January, a referral goes to the other
    /// provider, and a new year starts the family that waited.
    func testAProviderThatStartedItsVolumeStopsUntilJanuary() throws {
        var providers = Providers(places: 4, providers: 2, discipline: .fifo, contractStartsPerPlace: 1.5, months: 24, at: 0)
        XCTAssertEqual(providers.contracts?.limit, [3, 3])
        XCTAssertEqual(providers.arrive(1, priority: 0, provider: 0, at: 0), .started)
        XCTAssertEqual(providers.arrive(2, priority: 0, provider: 0, at: 0), .started)
        guard case .queued = providers.arrive(3, priority: 0, provider: 0, at: 1) else { return XCTFail("both places are taken") }
        guard case .queued = providers.arrive(4, priority: 0, provider: 0, at: 1) else { return XCTFail("both places are taken") }
        XCTAssertEqual(providers.complete(provider: 0, at: 10)?.customer, 3, "the third episode of its volume starts")
        XCTAssertEqual(providers.contracts?.stopped, [true, false])
        XCTAssertNil(providers.complete(provider: 0, at: 20), "its volume is started: a freed place starts nobody")
        XCTAssertEqual(providers.waiting(at: 0), 1)
        let streams = RandomStreams(seed: 3, replication: 0)
        let stream = streams.stream("referral")
        defer { withExtendedLifetime(streams) {} }
        for _ in 0..<50 { XCTAssertEqual(providers.refer(stream), 1, "referrals go to the provider that takes families") }
        let started = providers.renewContracts(reopening: true, at: 365.25)
        XCTAssertEqual(started.map(\.customer), [4], "January: the family that waited starts")
        XCTAssertEqual(providers.contracts?.stopped, [false, false])
        XCTAssertEqual(providers.contracts?.reached, 1)
    }

    /// Deterministic, on every replication: with contracts for half of what the places start at full use,
    /// the level-5 starts of every reported year stay within the providers' volumes added up, and the waits
    /// grow at the same places.
    func testNoYearStartsMoreThanTheContractedVolume() {
        let share = 0.5
        let p = parameters(["specialist.contractVolumeShare": share], years: 3)
        let level5 = Service.specialist(5)
        let places = Providers.split(
            p.specialist.capacity[5], over: YouthCareModel.providerCount(level5, p, capacity: YouthCareModel.capacities(p)))
        let perPlace = YouthCareModel.contractStartsPerPlace(level5, p)
        let volume = places.reduce(0) { $0 + Int((perPlace * Double($1)).rounded()) }
        let base = simulate(parameters([:], years: 3), replications: 4)
        for (r, result) in simulate(p, replications: 4).enumerated() {
            for year in 2026...2028 {
                let starts = result.figures[Metric(.starts, .level(5), year: year)]!
                XCTAssertLessThanOrEqual(starts, Double(volume), "replication \(r), \(year)")
            }
            let reached = result.figures[Metric(.shareProvidersAtContractVolume, .service(level5))]!
            XCTAssertGreaterThan(reached, 0.5, "replication \(r): most providers reach their volume")
            let wait = Metric(.waitMean, .service(level5))
            XCTAssertGreaterThan(result.figures[wait]!, base[r].figures[wait]!, "replication \(r)")
        }
    }
}
