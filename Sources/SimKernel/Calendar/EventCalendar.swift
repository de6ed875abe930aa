/// The future event list of one simulation run: a clock and the events scheduled after it.
///
/// Events are values of the model's own type (typically a small enum), so scheduling allocates nothing and
/// calls no closure. Events at the same time leave in the order they were scheduled. Nothing scheduled is
/// cancelled: a model whose events can go stale (competing hazards: the first of "resolve", "deteriorate"
/// and "drop out" to fire makes the others void) stamps them with a generation it keeps, moves the
/// generation on to void them, and tells the calendar which events are current
/// (`DiscreteEventModel.isCurrent`); a stale event leaves the queue unhandled and uncounted when its time
/// comes. The queue is an `EventQueue`.
public struct EventCalendar<Event> {
    @usableFromInline var pending: EventQueue<Event>
    @usableFromInline var clock: Double
    @usableFromInline var handled = 0

    /// The simulation clock: the time of the event being handled.
    @inlinable public var now: Double { clock }

    /// How many events have been handled (for benchmarks and diagnostics).
    @inlinable public var handledEvents: Int { handled }

    /// A calendar whose clock starts at `time`. With a `bucketWidth` (in time units), events further ahead
    /// wait in buckets of that width and only the current bucket's are kept in a heap (`EventQueue`): for
    /// models that keep many events pending far ahead; choose it so that a bucket holds tens to thousands.
    public init(startingAt time: Double = 0, bucketWidth: Double? = nil) {
        clock = time
        pending = EventQueue(bucketWidth: bucketWidth, startingAt: time)
    }

    /// Events still in the queue (stale ones included: only the model knows them).
    @inlinable public var pendingCount: Int { pending.count }
    @inlinable public var nextEventTime: Double? { mutating get { pending.minKey() } }

    /// Schedules `event` at absolute time `time` (not before `now`).
    @inlinable
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(time >= now, "cannot schedule an event in the past (\(time) < now \(now))")
        pending.push(event, key: time)
    }

    /// Schedules `event` after `delay` time units.
    @inlinable
    public mutating func schedule(_ event: Event, after delay: Double) {
        schedule(event, at: now + delay)
    }

    /// Takes the next event due before `limit` and advances the clock to it.
    @inlinable
    public mutating func next(before limit: Double = .infinity) -> Event? {
        guard let (time, event) = pending.popMin(before: limit) else { return nil }
        clock = time
        handled &+= 1
        return event
    }

    /// Takes the next of `model`'s current events due before `limit` and advances the clock to it; stale
    /// ones leave unhandled, with the clock where it was. (`inout`: passed as a value, the model was copied.)
    @inlinable
    mutating func next<Model: DiscreteEventModel>(of model: inout Model, before limit: Double) -> Event? where Model.Event == Event {
        while let (time, event) = pending.popMin(before: limit) {
            guard model.isCurrent(event) else { continue }
            clock = time
            handled &+= 1
            return event
        }
        return nil
    }

    /// Moves the clock forward to `time` with no event (the end of a run), if it is not past it already.
    @inlinable
    public mutating func advance(to time: Double) {
        if time > clock { clock = time }
    }
}

/// A model that the kernel can run: it reacts to its own events and schedules new ones.
public protocol DiscreteEventModel {
    associatedtype Event
    mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>)
    /// Whether `event` is still to happen; false for one the model has voided since it was scheduled (its
    /// stamp is not the model's now). The default: every event is current.
    func isCurrent(_ event: Event) -> Bool
    /// A look-ahead before an event is handled: `event` is likely the one after it. A model whose state is
    /// larger than the cache may start loading what `event` will read (`prefetch`), so that it arrives
    /// while the current event is handled. A hint: it must change nothing (the default does nothing).
    func prepare(for event: Event)
}

extension DiscreteEventModel {
    @inlinable public func isCurrent(_ event: Event) -> Bool { true }
    @inlinable public func prepare(for event: Event) {}
}

extension EventCalendar {
    /// Runs `model` over the half-open interval [now, horizon), as SimPy's `run(until:)` does: events due
    /// before `horizon` are handled, an event due exactly at `horizon` stays pending (it belongs to the
    /// next interval, as the January event at the end of a budget year does); the clock ends at `horizon`.
    @inlinable
    public mutating func run<Model: DiscreteEventModel>(_ model: inout Model, until horizon: Double)
    where Model.Event == Event {
        while let event = next(of: &model, before: horizon) {
            if let coming = pending.upcoming { model.prepare(for: coming) }
            model.handle(event, calendar: &self)
        }
        advance(to: horizon)
    }

    /// Runs `model` until `stop` holds after an event, or no event is due before `horizon` (half-open, as
    /// above). Returns true if it stopped because of `stop`.
    @inlinable @discardableResult
    public mutating func run<Model: DiscreteEventModel>(
        _ model: inout Model, until horizon: Double = .infinity, stopWhen stop: (Model) -> Bool
    ) -> Bool where Model.Event == Event {
        while let event = next(of: &model, before: horizon) {
            if let coming = pending.upcoming { model.prepare(for: coming) }
            model.handle(event, calendar: &self)
            if stop(model) { return true }
        }
        if horizon.isFinite { advance(to: horizon) }
        return false
    }
}
