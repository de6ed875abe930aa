import SimKernel

/// M4: routes into care. The neighbourhood team assesses (a service with capacity) and triages; other
/// referrers (GP, youth doctor, medical specialist, no referrer) assign a level directly with their own
/// accuracy. Triage errors assign one level too high or too low.
extension YouthCareModel {
    mutating func routeToCare(_ id: Int32, calendar: inout EventCalendar<Event>) {
        if cases[id].route == .municipalAccess {
            if parameters.access.assessmentDays > 0 {
                join(id, service: Service.access.index, calendar: &calendar)
            } else {
                triage(id, calendar: &calendar)
            }
        } else {
            let level = assign(need: cases[id].need, accuracy: parameters.access.directReferralAccuracy)
            cases[id].assigned = level
            join(id, service: service(for: level, of: id), calendar: &calendar)
        }
    }

    /// The neighbourhood team's decision, after its assessment (M4), helped by a consultation (M10 a).
    mutating func triage(_ id: Int32, calendar: inout EventCalendar<Event>) {
        var accuracy = parameters.access.triageAccuracy
        if consulted(consultation.askAtTriage(at: calendar.now)) {
            cases[id].consulted = true
            accuracy = consultation.triageAccuracy(accuracy)
        }
        let level = assign(need: cases[id].need, accuracy: accuracy)
        cases[id].assigned = level
        join(id, service: service(for: level, of: id), calendar: &calendar)
    }

    // Helpers called from mutating code are `mutating` too: a non-mutating call there copies the whole
    // model (every array retained) to borrow it, which cost half the run time.
    mutating func assign(need: Level, accuracy: Double) -> Level {
        guard parameters.access.triageErrors, !random.access.bernoulli(accuracy) else { return need }
        return random.access.bernoulli(parameters.access.overAssignmentShare) ? min(7, need + 1) : max(2, need - 1)
    }

    /// The service that delivers a level to a case: generalists for 2-3, generalist or specialist for 4 (long
    /// low-intensity help for a need of that kind), specialist pools for 5-6, an out-of-home placement type
    /// for 7.
    mutating func service(for level: Level, of id: Int32) -> Int {
        if level == LongTermCare.level && cases[id].longTerm { return Service.longTerm.index }
        switch level {
        case ...3: return Service.generalist.index
        case 4:
            return random.access.bernoulli(parameters.generalist.level4SpecialistShare)
                ? Service.specialist(4).index : Service.generalist.index
        case 5, 6: return Service.specialist(level).index
        default: return Service.outOfHome(Placement(rawValue: placementChoice.sample(random.access))!).index
        }
    }

    static func isCareService(_ index: Int) -> Bool {
        index != Service.access.index && index != Service.caseworker.index
    }
}

extension YouthCareModel {
    /// Counts what became of a consultation request; true when it was given (M10).
    mutating func consulted(_ request: ConsultationFunction.Request) -> Bool {
        if clock.measuring {
            switch request {
            case .given: recorder.consultationsGiven += 1
            case .lapsed: recorder.consultationsLapsed += 1
            case .notAsked: break
            }
        }
        return request == .given
    }
}
