import SimKernel

/// CBS counts youth care in trajectories: one per child per provider type, however many episodes and level
/// changes it holds (`docs/model.md`, outputs). Advice talks (level 2) are not youth care, nor is the
/// neighbourhood team's light support (level 3): it is free-access help that families seek without a
/// referral or a decision (vrij toegankelijke jeugdhulp, Samen om het kind l.2798-2800), which the
/// municipality does not register as a youth-care trajectory; nor is the team's light aftercare after
/// specialist care (two months of follow-up at the lightest level, `YouthCareModel.aftercareNeed`): counted
/// as trajectories of their own, they made the model end about twice CBS's share of trajectories within
/// three months. Day treatment is help without stay.
enum ProviderType: UInt8 {
    case neighbourhoodTeam, withoutStay, withStay

    var key: String { ["neighbourhoodTeam", "withoutStay", "withStay"][Int(rawValue)] }

    /// The provider type of an episode at `service` for a case assigned `assigned`; nil when the episode is
    /// no youth-care trajectory (assessment at access, the caseworker's order, advice talks).
    static func of(_ service: Service, assigned: Level, aftercare: Bool) -> ProviderType? {
        switch service {
        case .access, .caseworker: return nil
        case .generalist: return assigned <= 3 || aftercare ? nil : .neighbourhoodTeam
        case .specialist, .outOfHome(.dayTreatment), .longTerm: return .withoutStay
        case .outOfHome: return .withStay
        }
    }
}

/// How long an ended trajectory lasted, in the bands people ask for ("how long are children in care?").
public enum DurationBand: Int, CaseIterable, Sendable {
    case under3m, from3to6m, from6to12m, from1to2y, from2to3y, from3to4y, over4y

    public var key: String { ["under3m", "3to6m", "6to12m", "1to2y", "2to3y", "3to4y", "4yPlus"][rawValue] }

    /// The band of a duration in days.
    static func of(days: Double) -> DurationBand {
        let months = days / ModelTime.daysPerMonth
        switch months {
        case ..<3: return .under3m
        case ..<6: return .from3to6m
        case ..<12: return .from6to12m
        case ..<24: return .from1to2y
        case ..<36: return .from2to3y
        case ..<48: return .from3to4y
        default: return .over4y
        }
    }
}

extension YouthCareModel {
    /// An episode of `type` begins: a trajectory of another type ends (its last episode's end) and this
    /// one opens; one of the same type goes on.
    mutating func trajectoryEpisodeBegins(_ id: Int32, _ type: ProviderType, at now: Double) {
        guard cases[id].trajectory != type else { return }
        closeTrajectory(id)
        cases[id].trajectory = type
        cases[id].trajectoryStart = now
        cases[id].trajectoryLastEnd = now
        recorder.trajectoryStarts[Int(type.rawValue)] += 1
        if cases[id].isRelapse { recorder.repeatTrajectoryStarts += 1 }
        let year = recorder.year(at: now)
        if now - Double(year) * ModelTime.daysPerYear < ModelTime.daysPerYear / 2 {
            recorder.trajectoryStartsFirstHalf[year][Int(type.rawValue)] += 1
        }
    }

    /// The case's open trajectory ends, lasting from its first episode's start to its last one's end;
    /// counted when it ends in the reported years.
    mutating func closeTrajectory(_ id: Int32) {
        guard let type = cases[id].trajectory else { return }
        cases[id].trajectory = nil
        let record = cases[id]
        let band = DurationBand.of(days: record.trajectoryLastEnd - record.trajectoryStart).rawValue
        recorder.endedTrajectories[band] += 1
        recorder.endedTrajectoriesByRoute[record.route.rawValue][band] += 1
        recorder.endedTrajectoriesByType[Int(type.rawValue)][band] += 1
    }
}
