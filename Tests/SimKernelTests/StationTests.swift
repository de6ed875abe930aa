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

    /// A customer who goes first starts at once on a free server, and otherwise waits first in line, under
    /// either discipline, through the ring's growth, and can still abandon.
    func testFirstInLineGoesAheadOfEveryoneWaiting() {
        for discipline in [Station.Discipline.fifo, .priority] {
            var station = Station(servers: 1, discipline: discipline)
            XCTAssertEqual(station.arriveFirstInLine(1, at: 0), .started)
            for id in Int32(2)...20 { _ = station.arrive(id, priority: 0, at: 1) }
            _ = station.arriveFirstInLine(21, at: 2)
            guard case .queued(let ticket) = station.arriveFirstInLine(22, at: 3) else { return XCTFail("should wait") }
            XCTAssertEqual(station.waiting, 21)
            XCTAssertEqual(station.complete(at: 4)?.customer, discipline == .fifo ? 22 : 21, "\(discipline)")
            XCTAssertEqual(station.abandon(ticket, at: 5) == nil, discipline == .fifo, "the first one started")
            XCTAssertEqual(station.complete(at: 6)?.customer, discipline == .fifo ? 21 : 2)
        }
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

    /// Three arrive in eight days for one server and episodes of four days: offered load 3/8 x 4 = 1.5,
    /// though the server is never idle (utilisation 1) because one family leaves the waiting list.
    func testOfferedLoadShowsTheOverloadThatUtilisationHides() {
        var station = Station(servers: 1)
        XCTAssertEqual(station.statistics.offeredLoad(at: 0), 0, "nothing offered")
        _ = station.arrive(1, at: 0)
        guard case .queued(let leaves) = station.arrive(2, at: 1) else { return XCTFail("should wait") }
        _ = station.arrive(3, at: 2)
        _ = station.abandon(leaves, at: 3)
        XCTAssertEqual(station.complete(at: 4)?.customer, 3)
        _ = station.complete(at: 8)
        XCTAssertEqual(station.statistics.utilisation(at: 8), 1)
        XCTAssertEqual(station.statistics.offeredLoad(at: 8), 1.5, accuracy: 1e-12)
        // Waits 0 and 2 for the two who started, 2 until leaving for the third.
        XCTAssertEqual(station.statistics.wait.mean, 1)
        XCTAssertEqual(station.statistics.waitIncludingLeavers, 4.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(station.statistics.shareLeft, 1.0 / 3, accuracy: 1e-12)
    }

    /// A closed service that families join takes none of them: its load is at least 1, not unknown.
    func testAClosedServiceIsOverloaded() {
        var station = Station(servers: 0)
        _ = station.arrive(1, at: 0)
        XCTAssertEqual(station.statistics.utilisation(at: 5), 0)
        XCTAssertEqual(station.statistics.offeredLoad(at: 5), 1)
    }
}
