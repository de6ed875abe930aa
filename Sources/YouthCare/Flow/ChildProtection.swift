import SimKernel

/// M12: unsafe cases go via the safety reporting centre and the board's investigation; the court may impose
/// a supervision order, carried by a certified-institution caseworker (a service with capacity) for a long
/// time, often with an out-of-home placement. Care ends before the order does: the case stays until both.
extension YouthCareModel {
    mutating func startInvestigation(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].phase = .investigating
        let mean = parameters.childProtection.reportDays + parameters.childProtection.investigationDays
        let delay = mean > 0 ? Distribution.exponential(mean: mean).sample(caseStreams.stream(id)) : 0
        calendar.schedule(.investigated(id), after: delay)
    }

    mutating func investigated(_ id: Int32, calendar: inout EventCalendar<Event>) {
        if caseStreams.stream(id).uniform() < parameters.childProtection.courtProbability {
            join(id, service: Service.caseworker.index, calendar: &calendar)
        } else {
            // No measure: voluntary help through the neighbourhood team.
            cases[id].route = .municipalAccess
            routeToCare(id, calendar: &calendar)
        }
    }

    /// A caseworker takes the order up and refers: out-of-home placement, or care at the needed level. The
    /// certified institution refers, not the neighbourhood team: the family holds no team place for it.
    mutating func beginSupervision(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].supervision = true
        meetsProfessional(id, at: calendar.now)
        if clock.measuring {
            recorder.supervisionOrders += 1
            recorder.yearly[recorder.year(at: calendar.now)].supervisionOrders += 1
        }
        let stream = caseStreams.stream(id)
        let duration = durations[Service.caseworker.index][0].sample(stream)
        calendar.schedule(.serviceEnd(id, service: Int8(Service.caseworker.index)), after: duration)
        let placed = stream.uniform() < parameters.childProtection.placementProbability
        let level = placed ? 7 : cases[id].need
        cases[id].assigned = level
        cases[id].route = .certifiedInstitution
        join(id, service: service(for: level, of: id), calendar: &calendar)
    }

    mutating func endSupervision(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].supervision = false
        if cases[id].phase == .supervisionOnly, let exit = cases[id].pendingExit {
            finish(id, exit, calendar: &calendar)
        }
    }
}
