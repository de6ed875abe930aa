import SimKernel

/// Where a warm start begins (`docs/model.md`, the flow): the state of every provider a pilot ended with
/// after a long warm-up from empty (families in an episode and on the list, and the provider's places), per
/// service, and per setting the share of needs its competence resolves (M13). A warm start gives each of its
/// providers the state of a pilot provider drawn at random, scaled to its places: so the run starts from
/// a sample of the steady state across providers, long lists and short ones, not from every provider at
/// the mean (a queue near saturation takes years to spread out again from that). Per place and per
/// setting, a pilot at the scale of a municipality serves a region or the country (`ModelParameters.scaled`).
public struct InitialStock: Sendable, Equatable {
    public struct Provider: Sendable, Equatable, BitwiseCopyable {
        public var places: Int
        public var inCare: Int
        public var waiting: Int
    }

    /// What a family in care or waiting carries that its future depends on: its need and assigned level, the
    /// professionals it met, whether its episode is aftercare, whether its need is one for long low-intensity
    /// help (which returns as one), whether a supervision order runs beside its care.
    public struct Family: Sendable, Equatable, BitwiseCopyable {
        public var need: Level
        public var assigned: Level
        public var professionals: Int
        public var aftercare: Bool
        public var longTerm: Bool
        public var supervision: Bool
    }

    /// Per `Service.index`, every pilot provider's state, and the families in care and waiting there (a
    /// warm start gives each family it seeds one of them, drawn at random).
    public var providers: [[Provider]]
    public var families: [[Family]]
    /// Per `Service.index`, how long the trajectory of each pilot family in an episode there had run, in days
    /// (CBS counts a trajectory from its first episode, `Trajectory.swift`): a seeded episode's trajectory
    /// began as long before the run as one of these, not when the run began. Without them a warm-up of two
    /// years counted a fifth too few ended trajectories of four years and more.
    public var trajectoryAges: [[Double]]
    /// A need due to return (a relapse pending): what its return depends on.
    public struct Relapse: Sendable, Equatable, BitwiseCopyable {
        public var level: Level
        /// A need for long low-intensity help returns as one.
        public var longTerm: Bool
        public var known: Bool
        public var professionals: Int
    }

    /// A family between services: under the board's investigation (M12), or away after it gave up waiting
    /// and due back (M7). Both waits are exponential, so a warm start begins them afresh.
    public struct OnItsWay: Sendable, Equatable, BitwiseCopyable {
        public var investigated: Bool
        public var family: Family
        public var route: Route
        public var unsafe: Bool
    }

    /// Families between services, per youth of the pilot, and the pilot's (a warm start gives each family
    /// it seeds one of them, drawn at random): without them the first months lacked their entries into
    /// care, and the long stays they would have begun (the stock in care rose for five years).
    public var onTheirWayPerYouth: Double
    public var onTheirWay: [OnItsWay]
    /// Per `Setting` what it resolves, then the neighbourhood team's competence (`TeamCompetence.share`).
    public var competence: [Double]
    /// Needs not yet detected, per youth of the pilot: per level, and apart the needs for long
    /// low-intensity help (`LongTermCare`, which arise as such).
    public var undetectedPerYouth: [Double]
    public var undetectedLongTermPerYouth: Double
    /// Needs due to return, per youth of the pilot, and the pilot's pending relapses (a warm start gives
    /// each relapse it seeds one of them, drawn at random).
    public var relapsesPerYouth: Double
    public var relapses: [Relapse]

    public init(
        providers: [[Provider]], families: [[Family]], trajectoryAges: [[Double]], onTheirWayPerYouth: Double, onTheirWay: [OnItsWay],
        competence: [Double], undetectedPerYouth: [Double], undetectedLongTermPerYouth: Double, relapsesPerYouth: Double,
        relapses: [Relapse]
    ) {
        self.providers = providers
        self.families = families
        self.trajectoryAges = trajectoryAges
        self.onTheirWayPerYouth = onTheirWayPerYouth
        self.onTheirWay = onTheirWay
        self.competence = competence
        self.undetectedPerYouth = undetectedPerYouth
        self.undetectedLongTermPerYouth = undetectedLongTermPerYouth
        self.relapsesPerYouth = relapsesPerYouth
        self.relapses = relapses
    }
}

extension YouthCareModel {
    /// The state the run has reached now, as a warm start would take it up.
    func stock(at now: Double) -> InitialStock {
        let youths = max(parameters.onset.youths, 1)
        let relapses = pendingRelapses.all
        let onTheirWay = cases.liveIds.filter { [.investigating, .away].contains(cases[$0].phase) }.map { id in
            InitialStock.OnItsWay(
                investigated: cases[id].phase == .investigating, family: family(id), route: cases[id].route, unsafe: cases[id].unsafe)
        }
        return InitialStock(
            providers: services.map { service in
                (0..<service.open).map { p in
                    InitialStock.Provider(places: service.places[p], inCare: service.members[p].busy, waiting: service.waiting(at: p))
                }
            },
            families: Service.all.map { service in
                cases.liveIds.filter { cases[$0].service == service.index && [.waiting, .inService].contains(cases[$0].phase) }.map(family)
            },
            trajectoryAges: Service.all.map { service in
                cases.liveIds.filter { cases[$0].service == service.index && cases[$0].phase == .inService && cases[$0].trajectory != nil }
                    .map { now - cases[$0].trajectoryStart }
            },
            onTheirWayPerYouth: Double(onTheirWay.count) / youths,
            onTheirWay: onTheirWay,
            competence: Setting.allCases.map { competence.resolution($0, at: now) } + [teamCompetence.share(at: now)],
            undetectedPerYouth: (0..<8).map { level in
                Double(cases.liveIds.filter { cases[$0].phase == .undetected && !cases[$0].longTerm && cases[$0].need == level }.count)
                    / youths
            },
            undetectedLongTermPerYouth: Double(cases.liveIds.filter { cases[$0].phase == .undetected && cases[$0].longTerm }.count)
                / youths,
            relapsesPerYouth: Double(relapses.count) / youths,
            relapses: relapses.map { relapse in
                InitialStock.Relapse(
                    level: relapse.level, longTerm: relapse.longTerm, known: relapse.known, professionals: relapse.professionals)
            })
    }

    /// What case `id` carries into a warm start.
    func family(_ id: Int32) -> InitialStock.Family {
        InitialStock.Family(
            need: cases[id].need, assigned: cases[id].assigned, professionals: cases[id].professionals,
            aftercare: cases[id].aftercare, longTerm: cases[id].longTerm, supervision: cases[id].supervision)
    }
}

extension Experiment {
    /// Youths in a pilot: a municipality's worth, or fewer when the scenario has fewer.
    public static let pilotYouths = 25_000.0
    /// A pilot's warm-up from empty. `jeugdsim warmup --set run.warmStart=false --years 26` cuts 12 years
    /// (the level-5 list, the stock in care: foster stays of five years fed by a list near saturation); after
    /// 11 years, a warm start's foster care, orders and level-5 list still grew for years.
    public static let pilotWarmUpYears = 20.0
    /// Pilot replications pooled. Every replication of a run starts from providers drawn from the same
    /// pilots, so their noise is shared: with two, foster care (stays of five years) began 20 % off its
    /// level in one run and took years to find it.
    static let pilotReplications = 8
    /// When a pilot's state is taken, in years before its end: three states two years apart (each after at
    /// least 16 years from empty) are nearly independent for the waiting lists, so the noise every run's
    /// start shares falls by about the square root of three at no extra simulated time.
    static let pilotSnapshotYears = [4.0, 2.0, 0.0]

    /// `parameters` with the stock a warm start begins from, unless they ask for a cold start or already
    /// carry one: `pilotReplications` of the same system at a municipality's scale and at the demand of
    /// the run's start (no growth), cold, 20 years of warm-up, their providers' states at three moments
    /// (`pilotSnapshotYears`) pooled; on a seed of their own, so every shard of a run finds the same.
    public static func withInitialStock(_ parameters: ModelParameters, seed: UInt64, threads: Int? = nil) -> ModelParameters {
        guard parameters.run.warmStart, parameters.initialStock == nil else { return parameters }
        let pilot = pilotParameters(parameters)
        var warm = parameters
        warm.initialStock = PilotCache.shared.stock(PilotCache.key(pilot, seed: seed)) { pilotStock(pilot, seed: seed, threads: threads) }
        return warm
    }

    /// The pilot of a run of `parameters`: the same system at most a municipality's size, cold, for
    /// `pilotWarmUpYears`, without its timeline.
    static func pilotParameters(_ parameters: ModelParameters) -> ModelParameters {
        var pilot = parameters.scaled(toYouths: min(parameters.onset.youths, pilotYouths))
        pilot.changes = []
        pilot.regions = []
        pilot.municipalities = []
        // The steady state of the demand at the run's start: growth would carry the pilot's twenty years
        // elsewhere (a hundred percent a year a millionfold).
        pilot.onset.annualGrowth = 0
        pilot.run.warmStart = false
        pilot.run.warmUpYears = pilotWarmUpYears
        pilot.run.years = 1.0 / 12
        return pilot
    }

    /// What `pilotReplications` runs of `pilot` from empty end with, pooled.
    static func pilotStock(_ pilot: ModelParameters, seed: UInt64, threads: Int?) -> InitialStock {
        let pilotSeed = StreamKey.derive(seed: seed, replication: -1, name: "warm start pilot")
        let stocks = Replicator(threads: threads).run(pilotReplications) { r in
            var model = YouthCareModel(pilot, seed: pilotSeed, replication: r)
            var calendar = EventCalendar<YouthCareModel.Event>(startingAt: model.startTime, bucketWidth: 1)
            model.start(&calendar)
            return pilotSnapshotYears.map { years in
                let time = -years * ModelTime.daysPerYear
                calendar.run(&model, until: time)
                return model.stock(at: time)
            }
        }.flatMap { $0 }
        let mean = { (values: [[Double]], i: Int) in values.reduce(0) { $0 + $1[i] } / Double(values.count) }
        return InitialStock(
            providers: Service.all.indices.map { index in stocks.flatMap { $0.providers[index] } },
            families: Service.all.indices.map { index in stocks.flatMap { $0.families[index] } },
            trajectoryAges: Service.all.indices.map { index in stocks.flatMap { $0.trajectoryAges[index] } },
            onTheirWayPerYouth: stocks.reduce(0) { $0 + $1.onTheirWayPerYouth } / Double(stocks.count),
            onTheirWay: stocks.flatMap(\.onTheirWay),
            competence: (0...Setting.allCases.count).map { mean(stocks.map(\.competence), $0) },
            undetectedPerYouth: (0..<8).map { mean(stocks.map(\.undetectedPerYouth), $0) },
            undetectedLongTermPerYouth: stocks.reduce(0) { $0 + $1.undetectedLongTermPerYouth } / Double(stocks.count),
            relapsesPerYouth: stocks.reduce(0) { $0 + $1.relapsesPerYouth } / Double(stocks.count),
            relapses: stocks.flatMap(\.relapses))
    }
}
