import SimKernel

/// One replication of a `NetworkSpec`: customers arrive, queue, are served and routed until they leave.
public struct NetworkSimulation: DiscreteEventModel {
    public enum Event {
        case arrival(customerClass: Int32, station: Int32)
        case departure(station: Int32, customer: Int32)
        case endOfWarmUp
    }

    public struct StationResult: Sendable {
        public var arrivals: Int
        public var meanWait: Double
        public var meanWaitByClass: [Double]
        public var meanSojourn: Double
        public var meanInQueue: Double
        public var meanInSystem: Double
        public var utilisation: Double
        /// Arrivals per unit time after warm-up.
        public var arrivalRate: Double
        /// Little's law gap: (mean in system) - (arrival rate x mean sojourn), relative to mean in system.
        public var littleGap: Double { meanInSystem > 0 ? (meanInSystem - arrivalRate * meanSojourn) / meanInSystem : 0 }
    }

    let spec: NetworkSpec
    var stations: [SimKernel.Station]
    var sojourn: [Tally]
    /// Waits by class, kept only when there is more than one class (the station's own tally otherwise).
    var waitByClass: [[Tally]]
    let multiClass: Bool
    struct Customer {
        var customerClass: Int32
        /// When the customer arrived at its current station.
        var arrived: Double
    }

    var customers = EntityTable<Customer>()
    // Flat tables indexed by class x station (k * stationCount + i): nested arrays of class references
    // cost a retain and a uniqueness check per look-up on the hot path.
    let stationCount: Int
    let streams: RandomStreams
    let arrivalStreams: [RandomStream]
    let interarrival: [Distribution]
    let service: [Distribution]
    let priority: [Double]
    let serviceStreams: [RandomStream]
    let routingStreams: [RandomStream]
    let routes: [DiscreteChoice?]
    let warmUp: Double
    var measureFrom: Double = 0
    public private(set) var departures = 0

    public init(_ spec: NetworkSpec, seed: UInt64, replication: Int, warmUp: Double = 0) {
        self.spec = spec
        self.warmUp = warmUp
        stations = spec.stations.map { SimKernel.Station(servers: $0.servers, discipline: $0.discipline) }
        sojourn = spec.stations.map { _ in Tally() }
        waitByClass = spec.stations.map { _ in spec.classes.map { _ in Tally() } }
        multiClass = spec.classes.count > 1
        stationCount = spec.stations.count
        let streams = RandomStreams(seed: seed, replication: replication)
        self.streams = streams
        let pairs = spec.classes.indices.flatMap { k in spec.stations.indices.map { i in (k, i) } }
        arrivalStreams = pairs.map { k, i in streams.stream("arrivals/\(k)/\(i)") }
        interarrival = pairs.map { k, i in
            let rate = spec.classes[k].arrivalRates[i]
            return .exponential(mean: rate > 0 ? 1 / rate : .infinity)
        }
        service = pairs.map { k, i in spec.stations[i].service[k] }
        priority = spec.classes.map(\.priority)
        serviceStreams = spec.stations.indices.map { streams.stream("service/\($0)") }
        routingStreams = spec.stations.indices.map { streams.stream("routing/\($0)") }
        routes = pairs.map { k, i in
            let row = spec.classes[k].routing[i]
            let leave = max(0, 1 - row.reduce(0, +))
            return row.allSatisfy({ $0 == 0 }) ? nil : DiscreteChoice(weights: row + [leave])
        }
    }

    /// Schedules the first arrivals (and the end of warm-up) on `calendar`.
    public func start(_ calendar: inout EventCalendar<Event>) {
        for (k, customerClass) in spec.classes.enumerated() {
            for (i, rate) in customerClass.arrivalRates.enumerated() where rate > 0 {
                let index = k * stationCount + i
                calendar.schedule(
                    .arrival(customerClass: Int32(k), station: Int32(i)),
                    after: interarrival[index].sample(arrivalStreams[index]))
            }
        }
        if warmUp > 0 { calendar.schedule(.endOfWarmUp, at: warmUp) }
    }

    public mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        switch event {
        case .arrival(let k, let i):
            let index = Int(k) * stationCount + Int(i)
            calendar.schedule(event, after: interarrival[index].sample(arrivalStreams[index]))
            let id = newCustomer(class: k, at: now)
            join(station: Int(i), customer: id, calendar: &calendar)
        case .departure(let i, let id):
            let station = Int(i)
            departures += 1
            sojourn[station].record(now - customers[id].arrived)
            if let (next, waited) = stations[station].complete(at: now) {
                if multiClass { waitByClass[station][Int(customers[next].customerClass)].record(waited) }
                scheduleService(station: station, customer: next, calendar: &calendar)
            }
            let k = Int(customers[id].customerClass)
            if let route = routes[k * stationCount + station] {
                let j = route.sample(routingStreams[station])
                if j < stationCount {
                    customers[id].arrived = now
                    join(station: j, customer: id, calendar: &calendar)
                    return
                }
            }
            customers.remove(id)
        case .endOfWarmUp:
            measureFrom = now
            for i in stations.indices {
                stations[i].restartStatistics(at: now)
                sojourn[i] = Tally()
                for k in waitByClass[i].indices { waitByClass[i][k] = Tally() }
            }
        }
    }

    mutating func newCustomer(class k: Int32, at now: Double) -> Int32 {
        customers.add(Customer(customerClass: k, arrived: now))
    }

    mutating func join(station i: Int, customer id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        let k = Int(customers[id].customerClass)
        if stations[i].arrive(id, priority: priority[k], at: now) == .started {
            if multiClass { waitByClass[i][k].record(0) }
            scheduleService(station: i, customer: id, calendar: &calendar)
        }
    }

    func scheduleService(station i: Int, customer id: Int32, calendar: inout EventCalendar<Event>) {
        let k = Int(customers[id].customerClass)
        calendar.schedule(
            .departure(station: Int32(i), customer: id),
            after: service[k * stationCount + i].sample(serviceStreams[i]))
    }

    /// Per-station results at the end of the run (`now`).
    public func results(at now: Double) -> [StationResult] {
        stations.indices.map { i in
            let s = stations[i].statistics
            return StationResult(
                arrivals: s.arrivals,
                meanWait: s.wait.mean,
                meanWaitByClass: multiClass ? waitByClass[i].map(\.mean) : [s.wait.mean],
                meanSojourn: sojourn[i].mean,
                meanInQueue: s.queueLength.mean(at: now),
                meanInSystem: s.queueLength.mean(at: now) + s.busyServers.mean(at: now),
                utilisation: s.utilisation(at: now),
                arrivalRate: Double(s.arrivals) / (now - measureFrom))
        }
    }
}

extension NetworkSimulation {
    /// Runs one replication to `horizon` and returns its per-station results.
    public static func run(
        _ spec: NetworkSpec, seed: UInt64, replication: Int, warmUp: Double,
        horizon: Double
    ) -> [StationResult] {
        var model = NetworkSimulation(spec, seed: seed, replication: replication, warmUp: warmUp)
        var calendar = EventCalendar<Event>()
        model.start(&calendar)
        calendar.run(&model, until: horizon)
        return model.results(at: horizon)
    }
}
