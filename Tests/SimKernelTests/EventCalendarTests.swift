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

    /// Competing hazards: a case's "resolve" and "deteriorate" are stamped with its generation; when one
    /// fires it moves the generation on, and the other, when its time comes, is stale: it leaves unhandled,
    /// uncounted, with the clock where the last current event left it.
    struct Hazards: DiscreteEventModel {
        enum Event {
            case resolve(stamp: Int)
            case deteriorate(stamp: Int)
            case check
        }
        var generation = 0
        var handled: [String] = []
        var clockAtCheck = 0.0

        func isCurrent(_ event: Event) -> Bool {
            switch event {
            case .resolve(let stamp), .deteriorate(let stamp): stamp == generation
            case .check: true
            }
        }

        mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
            switch event {
            case .resolve: handled.append("resolve")
            case .deteriorate: handled.append("deteriorate")
            case .check: clockAtCheck = calendar.now
            }
            generation += 1
        }
    }

    func testStaleEventsLeaveUnhandledAndUncounted() {
        var calendar = EventCalendar<Hazards.Event>()
        var model = Hazards()
        calendar.schedule(.resolve(stamp: 0), at: 5)
        calendar.schedule(.deteriorate(stamp: 0), at: 3)
        calendar.run(&model, until: 10)
        XCTAssertEqual(model.handled, ["deteriorate"], "the resolution went stale when deterioration fired")
        XCTAssertEqual(calendar.handledEvents, 1)
        XCTAssertEqual(calendar.now, 10)
        // A stale event does not move the clock: after the last current one, at 12, it stays there.
        calendar.schedule(.check, at: 12)
        calendar.schedule(.resolve(stamp: 0), at: 15)
        XCTAssertFalse(calendar.run(&model) { _ in false })
        XCTAssertEqual(model.clockAtCheck, 12)
        XCTAssertEqual(calendar.now, 12)
        XCTAssertEqual(calendar.handledEvents, 2)
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
