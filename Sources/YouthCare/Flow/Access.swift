import SimKernel

/// M4: routes into care. The neighbourhood team assesses (a service with capacity) and triages; other
/// referrers (GP, youth doctor, medical specialist, no referrer) assign a level directly with their own
/// accuracy. Triage errors assign one level too high or too low. Consultation (M10) reaches the team at
/// triage and general practice at referral; the team's access threshold (M14) turns light needs away.
extension YouthCareModel {
    mutating func routeToCare(_ id: Int32, calendar: inout EventCalendar<Event>) {
        if cases[id].route == .municipalAccess {
            if parameters.access.assessmentDays > 0 {
                join(id, service: Service.access.index, calendar: &calendar)
            } else {
                triage(id, calendar: &calendar)
            }
            return
        }
        var accuracy = parameters.access.directReferralAccuracy
        let asks = cases[id].draws.ask[ConsultationRoute.generalPractice.rawValue]
        if cases[id].route == .generalPractitioner
            && consulted(
                consultation.ask(.generalPractice, need: cases[id].need, draw: asks, at: calendar.now), on: .generalPractice,
                at: calendar.now)
        {
            cases[id].markConsulted(.generalPractice)
            if resolvesInPractice(id, at: calendar.now) {
                leave(id, .resolvedLocally(.generalPractice), calendar: &calendar)
                return
            }
            accuracy = consultation.accuracy(accuracy, on: .generalPractice, at: calendar.now)
        }
        let level = assign(id, accuracy: accuracy)
        cases[id].assigned = level
        join(id, service: service(for: level, of: id), calendar: &calendar)
    }

    /// M10 b: a general practice that consulted resolves some needs of levels 2-4 itself (the GP practice's
    /// youth specialist gives the few talks they need).
    mutating func resolvesInPractice(_ id: Int32, at now: Double) -> Bool {
        let record = cases[id]
        let probability = consultation.localResolution(on: .generalPractice, at: now)
        guard probability > 0, Levels.generalist.contains(record.need), !record.longTerm else { return false }
        return Double(record.draws.resolvedInPractice) < probability
    }

    /// The neighbourhood team's decision, after its assessment (M4), helped by a consultation (M10 a); a
    /// need triaged below the access threshold is turned away (M14). Once the level is assigned the
    /// consultation takes its form: a specialist flies in for a family that needs specialist help, and
    /// treats jointly with the generalist for a share of the families the team keeps.
    mutating func triage(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        var accuracy = parameters.access.triageAccuracy
        let team = ConsultationRoute.neighbourhoodTeam
        let asks = cases[id].draws.ask[team.rawValue]
        let asked = consulted(consultation.ask(team, need: cases[id].need, draw: asks, at: now), on: team, at: now)
        if asked {
            cases[id].markConsulted(team)
            teamCompetence.consulted(worth: consultation.worth(at: now), at: now)
            accuracy = consultation.accuracy(accuracy, on: team, at: now)
        }
        let level = assign(id, accuracy: accuracy)
        if turnsAway(id, assigned: level) {
            turnAway(id, calendar: &calendar)
            return
        }
        cases[id].assigned = level
        let service = service(for: level, of: id)
        var form = ConsultationForm.advice
        if asked {
            // Given that the team asked (its draw below the ask rate), draw / rate is uniform again.
            let formDraw = Double(asks) / consultation.parameters.askRate[team.rawValue]
            form = consultation.form(assigned: level, keptByGeneralist: service == Service.generalist.index, formDraw: formDraw, at: now)
            if form == .jointTreatment { cases[id].markConsultation(form) }
            recorder.consultationForms[form.rawValue] += 1
        }
        join(id, service: service, firstInLine: form == .flyIn, calendar: &calendar)
    }

    // Helpers called from mutating code are `mutating` too: a non-mutating call there copies the whole
    // model (every array retained) to borrow it, which cost half the run time.
    /// The level a triage or referral assigns: the need, or with errors one level above or below. Two draws
    /// whatever the outcome, so that the case's later draws do not depend on the accuracy.
    mutating func assign(_ id: Int32, accuracy: Double) -> Level {
        let stream = caseStreams.stream(id)
        let (hits, over) = (stream.uniform() < accuracy, stream.uniform() < parameters.access.overAssignmentShare)
        let need = cases[id].need
        guard parameters.access.triageErrors, !hits else { return need }
        return over ? min(7, need + 1) : max(2, need - 1)
    }

    /// The service that delivers a level to a case: generalists for 2-3, generalist or specialist for 4 (long
    /// low-intensity help for a need of that kind), specialist pools for 5-6, an out-of-home placement type
    /// for 7.
    mutating func service(for level: Level, of id: Int32) -> Int {
        if level == LongTermCare.level && cases[id].longTerm { return Service.longTerm.index }
        switch level {
        case ...3: return Service.generalist.index
        case 4:
            return caseStreams.stream(id).uniform() < parameters.generalist.level4SpecialistShare
                ? Service.specialist(4).index : Service.generalist.index
        case 5, 6: return Service.specialist(level).index
        default: return Service.outOfHome(Placement(rawValue: tables.placementChoice.sample(caseStreams.stream(id)))!).index
        }
    }

    static func isCareService(_ index: Int) -> Bool {
        index != Service.access.index && index != Service.caseworker.index
    }
}

extension YouthCareModel {
    /// Counts what became of a consultation request on a route and books the asker's hours; true when it
    /// was given (M10).
    mutating func consulted(_ request: ConsultationFunction.Request, on route: ConsultationRoute, at time: Double) -> Bool {
        if request == .given { budget.ledger.bookAsker(cost: consultation.askerCost(on: route), at: time) }
        switch request {
        case .given:
            recorder.consultationsGiven[route.rawValue] += 1
            recorder.consultationWaitDays += consultation.lastWait
            if consultation.has(.askerTime) {
                recorder.consultationAskerHours[route.rawValue] += consultation.parameters.askerHours[route.rawValue]
            }
            recorder.yearly[recorder.year(at: time)].consultations += 1
        case .lapsed: recorder.consultationsLapsed[route.rawValue] += 1
        case .notAsked: break
        }
        return request == .given
    }
}
