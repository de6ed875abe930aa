// The domain's words (docs/model.md section 2), as the code uses them.

/// Intervention level (interventieniveau), Van denken naar doen l.1375-1456. Level 1 (universal prevention) is not
/// simulated per case; a case's level is 2...7.
public typealias Level = Int

public enum Levels {
    /// Levels a case can need or be assigned.
    public static let all: ClosedRange<Level> = 2...7
    /// Light support (levels 2-3, generalist); "the need pyramid" counts resolutions at or below this.
    public static let light: ClosedRange<Level> = 2...3
    /// Intensive support (levels 5-7): Van denken naar doen l.1582-1583 warns when more children get this than light support.
    public static let intensive: ClosedRange<Level> = 5...7
    /// Levels the neighbourhood team (generalist) serves.
    public static let generalist: ClosedRange<Level> = 2...4

    public static func name(_ level: Level) -> String {
        switch level {
        case 2: return "selective prevention"
        case 3: return "light parenting support"
        case 4: return "intensive parenting support"
        case 5: return "specialist parenting support"
        case 6: return "intensive specialist support"
        case 7: return "out-of-home care"
        default: return "level \(level)"
        }
    }
}

/// Child-rearing setting (opvoedmilieu), from the child's age band (docs/model.md section 4).
public enum Setting: Int, CaseIterable, Sendable {
    case familyAndNeighbourhood, childcare, primarySchool, outOfSchoolCare, secondarySchool

    public var key: String {
        switch self {
        case .familyAndNeighbourhood: return "familyAndNeighbourhood"
        case .childcare: return "childcare"
        case .primarySchool: return "primarySchool"
        case .outOfSchoolCare: return "outOfSchoolCare"
        case .secondarySchool: return "secondarySchool"
        }
    }
}

/// Age bands of the youth population 0-22, each with the settings where signals can come from.
public enum AgeBand: Int, CaseIterable, Sendable {
    case age0to3, age4to11, age12to17, age18to22

    public var key: String { ["age0to3", "age4to11", "age12to17", "age18to22"][rawValue] }

    /// The band as CBS writes it ("0-3": from 0 to 4 years).
    public var label: String { ["0-3", "4-11", "12-17", "18-22"][rawValue] }

    /// The band of an age in years (23 and older counts in the oldest band: help ends by then).
    public init(years: Double) {
        self = Self.allCases.last { $0.years.lowerBound <= years } ?? .age0to3
    }

    /// The ages in years the band spans: 0-3 is from birth to the fourth birthday.
    public var years: Range<Double> { [0..<4, 4..<12, 12..<18, 18..<23][rawValue] }

    /// Settings of the band: a child 4-11 is in primary school or out-of-school care, and so on.
    public var settings: [Setting] {
        switch self {
        case .age0to3: return [.childcare]
        case .age4to11: return [.primarySchool, .outOfSchoolCare]
        case .age12to17: return [.secondarySchool]
        case .age18to22: return [.familyAndNeighbourhood]
        }
    }
}

/// How a case reaches care (Dialoogpaper wijkteams l.648-652; CBS 85096NED referrers).
public enum Route: Int, CaseIterable, Sendable, BitwiseCopyable {
    /// The neighbourhood team triages (wijkteam, gemeentelijke toegang).
    case municipalAccess
    case generalPractitioner
    case youthDoctor
    case medicalSpecialist
    /// No referrer: the family goes straight to a provider.
    case selfReferral
    /// The certified institution's caseworker under a supervision order (M12): not a route a detected need
    /// takes (`referrers`), but the referrer of every care the order prescribes.
    case certifiedInstitution

    /// The routes a detected need takes, in the order of `access.routeShares`.
    public static let referrers: [Route] = [.municipalAccess, .generalPractitioner, .youthDoctor, .medicalSpecialist, .selfReferral]

    public var key: String {
        ["municipalAccess", "generalPractitioner", "youthDoctor", "medicalSpecialist", "selfReferral", "certifiedInstitution"][rawValue]
    }
}

/// Where specialist consultation reaches the front (M10, "specialistische expertise naar de voorkant",
/// Een stimulerende opvoed- en opgroeiomgeving l.467-510): the neighbourhood team at triage, a school or
/// childcare about a child it sees, and general practice (a youth specialist in or beside the GP practice,
/// the praktijkondersteuner jeugd of many Dutch municipalities).
public enum ConsultationRoute: Int, CaseIterable, Sendable {
    case neighbourhoodTeam, settings, generalPractice

    public var key: String { ["neighbourhoodTeam", "settings", "generalPractice"][rawValue] }
}

/// Who resolved a need at the front, without a referral into care: a school or childcare that consulted a
/// specialist about the child (M10 b), a setting from the competence earlier consultations built (M13), or a
/// general practice that consulted (M10 b).
public enum LocalResolution: Int, CaseIterable, Sendable {
    case consultedSetting, settingCompetence, generalPractice

    public var key: String { ["consultedSetting", "settingCompetence", "generalPractice"][rawValue] }
}

/// Out-of-home placement types (level 7), in rising degree of exclusion (Van denken naar doen l.1798-1802).
public enum Placement: Int, CaseIterable, Sendable {
    case dayTreatment, fosterCare, familyHome, residential, secure

    public var key: String { ["dayTreatment", "fosterCare", "familyHome", "residential", "secure"][rawValue] }
}

/// The services that have capacity and a waiting list.
public enum Service: Hashable, Sendable, CustomStringConvertible {
    /// The neighbourhood team's access and triage (assessment).
    case access
    /// The neighbourhood team's generalists (levels 2-4, and aftercare).
    case generalist
    /// A specialist provider pool for level 4, 5 or 6.
    case specialist(Level)
    case outOfHome(Placement)
    /// Certified-institution caseworkers for supervision orders.
    case caseworker
    /// Long low-intensity ambulant help at level 4 (langdurig laagfrequente hulp, Van denken naar doen l.1420):
    /// youth mental health, care for a disability, dyslexia care; a year or more at a few contacts a month.
    case longTerm

    /// Care with stay, as CBS counts it: out-of-home care other than day treatment (help without stay).
    public var isStay: Bool {
        if case .outOfHome(let placement) = self { return placement != .dayTreatment }
        return false
    }

    /// Specialist treatment at levels 4-6: the providers a referred family may compare or switch between.
    public var isSpecialistTreatment: Bool {
        if case .specialist = self { return true }
        return false
    }

    public static let all: [Service] =
        [.access, .generalist, .specialist(4), .specialist(5), .specialist(6)]
        + Placement.allCases.map { .outOfHome($0) } + [.caseworker, .longTerm]

    public var index: Int {
        switch self {
        case .access: return 0
        case .generalist: return 1
        case .specialist(let level): return level - 2
        case .outOfHome(let placement): return 5 + placement.rawValue
        case .caseworker: return 10
        case .longTerm: return 11
        }
    }

    /// The service of an index, by arithmetic: the model names a service by its index at nearly every
    /// event, and a read of `all` went through the lazy global's guard each time.
    public init(index: Int) {
        switch index {
        case 0: self = .access
        case 1: self = .generalist
        case 2...4: self = .specialist(index + 2)
        case 5..<10: self = .outOfHome(Placement(rawValue: index - 5)!)
        case 10: self = .caseworker
        case 11: self = .longTerm
        default: preconditionFailure("no service has index \(index)")
        }
    }

    public var description: String {
        switch self {
        case .access: return "access"
        case .generalist: return "generalist"
        case .specialist(let level): return "specialist\(level)"
        case .outOfHome(let placement): return placement.key
        case .caseworker: return "caseworker"
        case .longTerm: return "longTerm"
        }
    }

    /// The level a service delivers, for per-level statistics (access and caseworkers deliver none).
    public var level: Level? {
        switch self {
        case .access, .caseworker: return nil
        case .generalist: return nil
        case .specialist(let level): return level
        case .outOfHome: return 7
        case .longTerm: return LongTermCare.level
        }
    }
}

/// The kinds of help whose end at 18 may be put off (`age.*` keys, docs/model.md, age): help of the
/// neighbourhood team (access included), ambulant specialist care, out-of-home care and long-term help. A
/// supervision order is no such help: it ends when the child comes of age.
public enum HelpKind: Int, CaseIterable, Sendable {
    case generalist, specialist, outOfHome, longTerm

    public var key: String { ["generalist", "specialist", "outOfHome", "longTerm"][rawValue] }

    /// The kind of help a service gives; nil for the caseworkers of supervision orders.
    public init?(_ service: Service) {
        switch service {
        case .access, .generalist: self = .generalist
        case .specialist: self = .specialist
        case .outOfHome: self = .outOfHome
        case .longTerm: self = .longTerm
        case .caseworker: return nil
        }
    }
}

/// Long low-intensity ambulant help (`Service.longTerm`): a need of its own kind, outside the programmes of
/// the level schema (Van denken naar doen l.1305-1307 places classifying care, such as youth mental health,
/// beside that schema), delivered at level 4.
public enum LongTermCare {
    public static let level: Level = 4
}
