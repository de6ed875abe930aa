import SimKernel
import XCTest

final class EventCalendarTests: XCTestCase {
    func testEventsAtTheSameTimeRunInSchedulingOrder() {
        var calendar = EventCalendar<String>()
        calendar.schedule("b", at: 2)
        calendar.schedule("a1", at: 1)
        calendar.schedule("a2", at: 1)
        calendar.schedule("a3", at: 1)
        var order: [String] = []
        while let event = calendar.next() { order.append(event) }
        XCTAssertEqual(order, ["a1", "a2", "a3", "b"])
        XCTAssertEqual(calendar.now, 2)
    }

    func testCancelledEventDoesNotHappen() {
        var calendar = EventCalendar<String>()
        let resolve = calendar.scheduleCancellable("resolve", at: 5)
        calendar.schedule("deteriorate", at: 3)
        XCTAssertEqual(calendar.next(), "deteriorate")
        XCTAssertTrue(calendar.cancel(resolve))
        XCTAssertFalse(calendar.cancel(resolve), "cancelling twice reports that nothing was cancelled")
        XCTAssertNil(calendar.next())
    }

    /// A model that counts down: each tick schedules the next one day later.
    struct Ticker: DiscreteEventModel {
        var ticks = 0
        mutating func handle(_ event: Int, calendar: inout EventCalendar<Int>) {
            ticks += 1
            calendar.schedule(event + 1, after: 1)
        }
    }

    func testRunStopsAtTheHorizonWithTheClockThere() {
        var calendar = EventCalendar<Int>()
        var model = Ticker()
        calendar.schedule(0, at: 0.5)
        calendar.run(&model, until: 10)
        XCTAssertEqual(model.ticks, 10)  // at 0.5, 1.5, ..., 9.5
        XCTAssertEqual(calendar.now, 10)
        XCTAssertEqual(calendar.pendingCount, 1)
    }

    /// [now, horizon): an event due exactly at the horizon is not handled, and stays for a later run.
    func testRunIsHalfOpenAtTheHorizon() {
        var calendar = EventCalendar<Int>()
        var model = Ticker()
        calendar.schedule(0, at: 1)
        calendar.run(&model, until: 5)
        XCTAssertEqual(model.ticks, 4)  // at 1, 2, 3, 4; the one at 5 waits
        XCTAssertEqual(calendar.nextEventTime, 5)
        calendar.run(&model, until: 6)
        XCTAssertEqual(model.ticks, 5)
    }

    func testRunStopsWhenTheConditionHolds() {
        var calendar = EventCalendar<Int>()
        var model = Ticker()
        calendar.schedule(0, at: 0)
        let stopped = calendar.run(&model) { $0.ticks == 7 }
        XCTAssertTrue(stopped)
        XCTAssertEqual(calendar.now, 6)
    }
}
