import SimKernel
import XCTest

final class StationTests: XCTestCase {
    func testFirstComeFirstServed() {
        var station = Station(servers: 1)
        XCTAssertEqual(station.arrive(1, at: 0), .started)
        _ = station.arrive(2, at: 1)
        _ = station.arrive(3, at: 2)
        XCTAssertEqual(station.waiting, 2)
        XCTAssertEqual(station.complete(at: 4)?.customer, 2)
        XCTAssertEqual(station.complete(at: 5)?.customer, 3)
        XCTAssertNil(station.complete(at: 6))
        XCTAssertEqual(station.statistics.wait.mean, (0 + 3 + 3) / 3)
    }

    func testPriorityServesLowerValuesFirstAndFifoWithin() {
        var station = Station(servers: 1, discipline: .priority)
        _ = station.arrive(1, priority: 0, at: 0)
        _ = station.arrive(2, priority: 2, at: 1)
        _ = station.arrive(3, priority: 1, at: 2)
        _ = station.arrive(4, priority: 1, at: 3)
        XCTAssertEqual([4.0, 5, 6].compactMap { station.complete(at: $0)?.customer }, [3, 4, 2])
    }

    func testAbandonmentLeavesTheQueue() {
        var station = Station(servers: 1)
        _ = station.arrive(1, at: 0)
        guard case .queued(let ticket) = station.arrive(2, at: 1) else { return XCTFail("should wait") }
        _ = station.arrive(3, at: 2)
        XCTAssertEqual(station.abandon(ticket, at: 4), 3)
        XCTAssertNil(station.abandon(ticket, at: 5), "a customer cannot abandon twice")
        XCTAssertEqual(station.complete(at: 6)?.customer, 3)
        XCTAssertEqual(station.statistics.abandonments, 1)
    }

    func testCapacityChangesTakeEffectWithoutInterruptingService() {
        var station = Station(servers: 2)
        for id in Int32(1)...5 { _ = station.arrive(id, at: 0) }
        XCTAssertEqual(station.setServers(4, at: 1).map(\.customer), [3, 4])
        XCTAssertEqual(station.busy, 4)
        _ = station.setServers(1, at: 2)
        XCTAssertEqual(station.busy, 4, "a cut in capacity interrupts nobody")
        XCTAssertNil(station.complete(at: 3))
        XCTAssertNil(station.complete(at: 3))
        XCTAssertNil(station.complete(at: 3))
        XCTAssertEqual(station.busy, 1)
        XCTAssertEqual(station.complete(at: 4)?.customer, 5)
    }

    func testUtilisationIsBusyTimeOverCapacityTime() {
        var station = Station(servers: 2)
        _ = station.arrive(1, at: 0)
        _ = station.complete(at: 5)
        XCTAssertEqual(station.statistics.utilisation(at: 10), 0.25)
    }
}
