import SimKernel

/// A policy timeline (`docs/model.md`, timelines): at the start of a month a step of the timeline may
/// change any parameter, and the model takes the new values up from that moment: capacity opens or closes
/// (providers keep their size, `Providers.resize`), prices apply from then on (care running on a per-day or
/// per-hour price is booked up to now at the old one), the consultation function's hours and effects change
/// (hours not yet spent are kept), settings keep what they learned, and onset rates follow at once (they
/// are set month by month anyway), and families before help, waiting or away draw their next event at the
/// new hazards. Families already in care finish their episodes as they began them.
extension YouthCareModel {
    /// The parameters in force in reported month `month` (0: the first reported January).
    func parameters(inMonth month: Int) -> ModelParameters { timeline.parameters(inMonth: month) }

    /// Takes the timeline's steps due at the start of the current month: each municipality's for its front
    /// first, then the run's (whose shared places follow the municipalities' consultation shifts in force).
    mutating func takeTimelineSteps(calendar: inout EventCalendar<Event>) {
        var frontsChanged = false
        for municipality in 0..<(municipalities.isEmpty ? 0 : municipalities.count) {
            for parameters in municipalities.timelines[municipality].take(dueBy: clock.reportedMonth) {
                enter(municipality)
                municipalities.timelines[municipality].adopt(parameters)
                adoptFront(parameters, calendar: &calendar)
                frontsChanged = true
            }
        }
        let steps = timeline.take(dueBy: clock.reportedMonth)
        for parameters in steps { adopt(parameters, calendar: &calendar) }
        if frontsChanged && steps.isEmpty { resizeSharedServices(parameters, calendar: &calendar) }
    }

    /// A municipality's step for its front: its consultation function, the competence it builds, and its
    /// access and teams' places.
    mutating func adoptFront(_ new: ModelParameters, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        consultation.adopt(new.consultation, at: now)
        competence.adopt(new, at: now)
        teamCompetence.adopt(new, at: now)
        let capacity = Self.capacities(new)
        for service in [Service.access, .generalist] {
            let index = service.index
            let serving = service == .generalist ? generalistPlacesServing() : nil
            let count = Self.providerCount(service, new, capacity: capacity)
            let started = services[index].resize(to: capacity[index], serving: serving, providers: count, closed: false, at: now)
            for (next, _) in started { begin(next, calendar: &calendar) }
        }
        updateGeneralistCapacity(calendar: &calendar)
    }

    /// The places of every service shared by the municipalities (every service, without municipalities)
    /// as `new` and the consultation shifts in force set them.
    mutating func resizeSharedServices(_ new: ModelParameters, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        let capacity = Self.capacities(new, consultations: municipalConsultations())
        for service in Service.all where municipalities.isEmpty || (service != .access && service != .generalist) {
            let index = service.index
            let closed = Self.pricedLevel(index).map { budget.decision(for: $0) == .wait } ?? false
            let count = Self.providerCount(service, new, capacity: capacity)
            let serving = service == .generalist ? generalistPlacesServing() : nil
            let started = services[index].resize(to: capacity[index], serving: serving, providers: count, closed: closed, at: now)
            for (next, _) in started { begin(next, calendar: &calendar) }
        }
    }

    mutating func adopt(_ new: ModelParameters, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        if new.money != parameters.money { settlePricedCare(at: now) }
        let pendingHazards = cases.liveIds.filter { cases[$0].hazardPending }.map { ($0, hazards(of: $0).total) }
        if new.onset.annualGrowth != parameters.onset.annualGrowth {
            onsets.changeGrowth(to: new.onset.annualGrowth, atMonth: clock.reportedMonth)
        }
        timeline.adopt(new)
        if municipalities.isEmpty {
            consultation.adopt(new.consultation, at: now)
            competence.adopt(new, at: now)
            teamCompetence.adopt(new, at: now)
        }
        // Prices and ceilings are the region's; each municipality's ledger books at them.
        forEachMunicipality { model, _ in model.budget.adopt(new) }
        resizeSharedServices(new, calendar: &calendar)
        // Add-on slots held now are taken from the generalists' new places (a municipality's, at its step).
        if municipalities.isEmpty { updateGeneralistCapacity(calendar: &calendar) }
        // A case whose competing hazards the step changed draws its next event afresh at the new rates (exact:
        // they are memoryless); a hazard left pending at rates no longer in force would fire as if they held.
        for (id, total) in pendingHazards where cases.contains(id) && cases[id].hazardPending && hazards(of: id).total != total {
            scheduleHazards(id, calendar: &calendar)
        }
    }

    /// Books care running on per-day or per-hour prices up to `now` at the prices in force until now, and
    /// restarts its accrual from now at the new ones.
    mutating func settlePricedCare(at now: Double) {
        for id in cases.liveIds {
            let record = cases[id]
            guard record.phase == .inService, let level = Self.pricedLevel(record.service) else { continue }
            enter(case: id)
            budget.ledger.episodeEnds(
                level: level, setting: record.setting, care: Self.pricedCare(record.service), provider: Self.specialistProvider(record),
                started: record.episodeStart, at: now, completed: false)
            cases[id].episodeStart = now
        }
    }
}
