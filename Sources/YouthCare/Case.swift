import SimKernel

/// One child and family with one need episode (docs/model.md section 4). Stored by value in `CaseStore`.
struct Case {
    enum Phase: UInt8 {
        /// Need arisen, not yet detected.
        case undetected
        /// Waiting for, or in, a service (which one: `service`).
        /// In service; a generalist aftercare episode after specialist care is one too (`Case.aftercare`).
        case waiting, inService
        /// Unsafe: at the safety reporting centre and the board's investigation.
        case investigating
        /// Left a waiting list or care without help (gave up, stopped): the need goes on (M7).
        case away
        /// Care finished; only the supervision order still runs.
        case supervisionOnly
        /// Assessed below the access threshold and sent to basic services (M14); may apply again.
        case turnedAway
        /// Help ended where the youth's age ends it (`age.*`): the need lives its natural course outside youth
        /// care, unmet, until it resolves or the youth turns 23 and leaves the population the model follows.
        case pastAge
    }

    // Fields in the order of the record in memory: a national run keeps hundreds of thousands of cases, each
    // event reads one, and a miss in the cache costs more than the event's arithmetic. What nearly every
    // event reads comes first, within 64 bytes; levels, the service and counts are stored narrow (the
    // record went from 240 to at most 192 bytes, `CaseLayoutTests`).

    var ticket: Station.WaitingTicket?
    var phase = Phase.undetected
    /// Whether one of the case's competing events is pending while undetected or waiting: a hazard (natural
    /// course, drop-out) or, while undetected, its detection (`EventStamps` says which is current).
    var hazardPending = false
    /// Waiting for, or in, this service (`Service.index`).
    @Narrow<Int8> var service = 0
    @Narrow<Int8> var need: Level
    @Narrow<Int8> var assigned: Level = 0
    /// In an aftercare episode (a generalist episode after specialist care, M8).
    var aftercare = false
    var supervision = false
    var unsafe: Bool
    /// When the case joined its current service's waiting list (or started at once).
    var joined = 0.0
    /// When an undetected case will reach access, unless a hazard comes first.
    var detectionDue = Double.infinity
    /// The provider of `service` the case was referred to (`Providers`).
    var provider: Int32 = 0
    @Narrow<Int32> var professionals = 0

    /// The case's identity across scenarios: its random stream is keyed by it (`EntityStreams`).
    var key: UInt64 = 0
    var onset: Double
    /// When the child was born (a time of the model's clock, before its first need): its age decides when
    /// its help ends (`helpEnds`).
    var birth = 0.0
    /// The open CBS trajectory (`ProviderType`): when its first episode started and its last one ended.
    var trajectoryStart = 0.0
    var trajectoryLastEnd = 0.0
    /// When the current priced episode (specialist or out-of-home) started.
    var episodeStart = 0.0
    /// The last reported year in which this case was counted as receiving care, and with a stay.
    var countedInCare = Int32.min
    var countedWithStay = Int32.min
    /// Set when care has ended while a supervision order still runs.
    var pendingExit: Exit?
    /// Uniform numbers drawn when the case arose, for decisions only some scenarios take.
    var draws = CaseDraws()
    var complex: Bool
    var setting: Setting
    var route: Route = .municipalAccess
    var isRelapse: Bool
    /// The child reached access or a referrer in an earlier or this episode: a returning need skips detection.
    var knownToCare = false
    /// A need for long low-intensity help (`Service.longTerm`) rather than a programme.
    var longTerm = false
    /// The routes that consulted a specialist about this case (`ConsultationRoute` bits, M10).
    private var consultedBits: UInt8 = 0
    var helped = false
    var hadGeneralist = false
    /// Holds an add-on generalist slot now (M11), and held one at some point (lowers relapse).
    var addOnHeld = false
    var hadAddOn = false
    /// Had aftercare: continuity lowers relapse (M9).
    var continuity = false
    var trajectory: ProviderType?
    /// A reached ceiling assigned this case the next lower level (stepDown); it is not stepped down twice.
    var steppedDownByCeiling = false
    /// Unsafe and in acute danger: placed in crisis under a provisional order, the investigation after.
    var crisis = false
    /// The level at which the case is counted as living with an unmet need now, -1 when it is not
    /// (`UnmetNeed`).
    var unmetLevel: Int8 = -1
    /// The current episode was cut short where the child's help ends: the case leaves when it ends.
    var agesOut = false
    /// The municipality of the family, in a region of several (`Municipality`; 0 otherwise).
    var municipality: UInt8 = 0

    func wasConsulted(_ route: ConsultationRoute) -> Bool { consultedBits & (1 << route.rawValue) != 0 }
    mutating func markConsulted(_ route: ConsultationRoute) { consultedBits |= 1 << route.rawValue }
    /// Whether the team's consultation about this case took `form` (joint treatment is marked; flying in acts
    /// at once), in the bits above the routes'.
    func hadConsultation(_ form: ConsultationForm) -> Bool { consultedBits & (1 << (4 + form.rawValue)) != 0 }
    mutating func markConsultation(_ form: ConsultationForm) { consultedBits |= 1 << (4 + form.rawValue) }

    init(need: Level, setting: Setting, complex: Bool, unsafe: Bool, isRelapse: Bool, onset: Double) {
        self.need = need
        self.setting = setting
        self.complex = complex
        self.unsafe = unsafe
        self.isRelapse = isRelapse
        self.onset = onset
    }
}

/// Uniform numbers a case draws from its stream when it arises, for decisions that some scenarios take and
/// others do not (a consultation asked about it, a threshold that may turn it away): drawn from the stream
/// only when needed, they would shift every later draw of the case between two such scenarios, and the
/// case would lose its pairing.
struct CaseDraws {
    /// Whether a professional on each route asks about the case, in `ConsultationRoute` order.
    var ask = SIMD4<Float>()
    var resolvedInSetting: Float = 0
    var resolvedInPractice: Float = 0
    var turnedAway: Float = 0
    /// Below a kind of help's `age.continuedShare`: that help goes on past 18 (`helpEnds`).
    var continued: Float = 0

    init() {}

    init(_ stream: RandomStream) {
        // Below 1 even where rounding to Float would reach it, so that a probability of 1 always holds.
        let draw = { min(Float(stream.uniform()), Float(1).nextDown) }
        for route in ConsultationRoute.allCases { ask[route.rawValue] = draw() }
        resolvedInSetting = draw()
        resolvedInPractice = draw()
        turnedAway = draw()
        continued = draw()
    }
}

/// Why a family left a waiting list before its episode started.
enum WaitingListExit: Int, CaseIterable {
    /// The family stopped waiting (M7), or stopped waiting for aftercare.
    case gaveUp
    /// The need resolved by itself (M2), or no longer needed the aftercare it waited for.
    case resolvedUnaided
    /// The need rose above the level waited for, and the case was triaged to another service (M7), or its
    /// safety worsened and it went to the safety track (M12).
    case retriaged
    /// The child reached the age at which the help it waited for ends.
    case agedOut
}

/// How a case leaves the system.
enum Exit {
    case resolved(at: Level)
    /// Resolved before any help (normalised).
    case resolvedUnaided
    /// Resolved at the front without a referral into care (M10 b, M13).
    case resolvedLocally(LocalResolution)
    /// Help ended where the youth's age ends it: the case does not leave, its need lives on past the age of
    /// help (`YouthCareModel.livesOnPastAge`).
    case agedOut
    /// The youth turned 23 with its need unresolved, past the help youth care gives (docs/model.md, age).
    case grownUp
}

/// The cases in the system (ids of cases that left are reused).
/// A whole number stored in a narrower integer (a level, a service's index, a count): the case record stays
/// small (`Case`).
@propertyWrapper
struct Narrow<Storage: FixedWidthInteger> {
    private var stored: Storage

    init(wrappedValue: Int) { stored = Storage(wrappedValue) }

    var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Storage(newValue) }
    }
}
