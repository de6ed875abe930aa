import SimKernel

/// An open queueing network as plain data (as Ciw's `create_network`): stations, customer classes,
/// Poisson external arrivals, service distributions and Markov routing. `NetworkSimulation` runs it.
public struct NetworkSpec: Sendable {
    public struct Station: Sendable {
        public var servers: Int
        public var discipline: SimKernel.Station.Discipline
        /// Service time distribution per customer class.
        public var service: [Distribution]

        public init(servers: Int, discipline: SimKernel.Station.Discipline = .fifo, service: [Distribution]) {
            self.servers = servers
            self.discipline = discipline
            self.service = service
        }
    }

    public struct CustomerClass: Sendable {
        /// External Poisson arrival rate at each station.
        public var arrivalRates: [Double]
        /// `routing[i][j]`: probability of moving to station j after service at i; the rest leave.
        public var routing: [[Double]]
        /// Lower is served first at stations with the priority discipline.
        public var priority: Double

        public init(arrivalRates: [Double], routing: [[Double]], priority: Double = 0) {
            self.arrivalRates = arrivalRates
            self.routing = routing
            self.priority = priority
        }
    }

    public var stations: [Station]
    public var classes: [CustomerClass]

    public init(stations: [Station], classes: [CustomerClass]) {
        precondition(classes.allSatisfy { $0.arrivalRates.count == stations.count && $0.routing.count == stations.count })
        precondition(stations.allSatisfy { $0.service.count == classes.count })
        self.stations = stations
        self.classes = classes
    }

    /// A single M/M/c station.
    public static func mmc(arrivalRate: Double, serviceRate: Double, servers: Int = 1) -> NetworkSpec {
        NetworkSpec(
            stations: [Station(servers: servers, service: [.exponential(mean: 1 / serviceRate)])],
            classes: [CustomerClass(arrivalRates: [arrivalRate], routing: [[0]])])
    }
}
