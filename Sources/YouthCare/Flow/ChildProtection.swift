import SimKernel

/// M12: unsafe cases go via the safety reporting centre and the board's investigation; the court may impose
/// a supervision order, carried by a certified-institution caseworker (a service with capacity) for a long
/// time, often with an out-of-home placement. Care ends before the order does: the case stays until both.
/// A child in acute danger who needs out-of-home care does not wait for the investigation: within days a
/// provisional order places it in crisis, first in line for a place, and the investigation follows (its
/// outcome is not modelled apart: the provisional order runs on as the supervision order).
extension YouthCareModel {
    mutating func startInvestigation(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].phase = .investigating
        let p = parameters.childProtection
        let stream = caseStreams.stream(id)
        cases[id].crisis = p.crisisShare > 0 && cases[id].need == 7 && stream.uniform() < p.crisisShare
        let mean = cases[id].crisis ? p.crisisPlacementDays : p.reportDays + p.investigationDays
        let delay = mean > 0 ? Distribution.exponential(mean: mean).sample(stream) : 0
        calendar.schedule(.investigated(id), after: delay)
    }

    mutating func investigated(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let ordered = caseStreams.stream(id).uniform() < parameters.childProtection.courtProbability
        // No order is made for a youth who has come of age: the help that remains is voluntary.
        if (ordered || cases[id].crisis) && calendar.now < helpEnds(id, service: Service.caseworker.index) {
            join(id, service: Service.caseworker.index, firstInLine: cases[id].crisis, calendar: &calendar)
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
        recorder.supervisionOrders += 1
        recorder.yearly[recorder.year(at: calendar.now)].supervisionOrders += 1
        let stream = caseStreams.stream(id)
        // The order ends when the child comes of age.
        let duration = min(
            tables.duration(service: Service.caseworker.index, level: 0).sample(stream),
            helpEnds(id, service: Service.caseworker.index) - calendar.now)
        calendar.schedule(.serviceEnd(id, service: Int8(Service.caseworker.index)), after: max(0, duration))
        let placed = stream.uniform() < parameters.childProtection.placementProbability || cases[id].crisis
        let level = placed ? 7 : cases[id].need
        cases[id].assigned = level
        cases[id].route = .certifiedInstitution
        if cases[id].crisis { recorder.crisisPlacements += 1 }
        join(id, service: service(for: level, of: id), firstInLine: cases[id].crisis, calendar: &calendar)
        cases[id].crisis = false
    }

    mutating func endSupervision(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].supervision = false
        if cases[id].phase == .supervisionOnly, let exit = cases[id].pendingExit {
            finish(id, exit, calendar: &calendar)
        }
    }
}
