import SimKernel

/// M5, M6, M8, M11: joining a service's waiting list, starting and ending episodes, and what follows an
/// episode (resolved, step down to aftercare, step up a level, drop out).
extension YouthCareModel {
    mutating func join(_ id: Int32, service requested: Int, firstInLine: Bool = false, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        if now >= helpEnds(id, service: requested) {
            ageOut(id, calendar: &calendar)
            return
        }
        let index = levelAfterCeiling(id, service: requested, at: now)
        cases[id].service = index
        cases[id].phase = .waiting
        cases[id].joined = now
        let priority = waitingPriority(id)
        let specialist = Service(index: index).isSpecialistTreatment
        let choice = specialist ? parameters.specialist.shorterListChoice : 0
        let provider = services[index].refer(caseStreams.stream(id), shorterListChoice: choice)
        cases[id].provider = Int32(provider)
        let admission =
            if courtOrderOverridesClosure(id, service: index, provider: provider) {
                services[index].admitAhead(id, provider: provider, at: now)
            } else if firstInLine && goesFirst(service: index) {
                services[index].arriveFirstInLine(id, provider: provider, at: now)
            } else {
                services[index].arrive(id, priority: priority, provider: provider, at: now)
            }
        switch admission {
        case .started:
            begin(id, calendar: &calendar)
        case .queued(let ticket):
            cases[id].ticket = ticket
            scheduleHazards(id, calendar: &calendar)
            let switchAfter = parameters.specialist.switchAfterDays
            if switchAfter > 0 && specialist && services[index].count > 1 {
                calendar.schedule(.providerSwitch(id), after: switchAfter)
            }
        }
    }

    /// Priority discipline: higher need first, unsafe first within a need (Dialoogpaper wijkteams l.698-703).
    mutating func waitingPriority(_ id: Int32) -> Double {
        Double(10 - cases[id].need) - (cases[id].unsafe ? 0.5 : 0)
    }

    /// A family that goes first (a specialist flew in for it at the team, M10; a crisis placement, M12) starts
    /// with the service's next free place, first in line, unless a budget ceiling closed the level.
    mutating func goesFirst(service index: Int) -> Bool {
        Self.pricedLevel(index).map { budget.decision(for: $0) != .wait } ?? true
    }

    mutating func leaveWaitingList(_ id: Int32, because reason: WaitingListExit, at now: Double) {
        let index = cases[id].service
        let provider = provider(of: id, at: index)
        if let ticket = cases[id].ticket, services[index].abandon(ticket, provider: provider, at: now) != nil {
            recorder.leftWaitingList[reason.rawValue][index] += 1
        }
        cases[id].ticket = nil
    }

    /// The provider of service `index` that serves the case: the one it was referred to. A service with one
    /// provider needs no lookup (a caseworker's order runs beside care at another service).
    mutating func provider(of id: Int32, at index: Int) -> Int {
        services[index].count == 1 ? 0 : Int(cases[id].provider)
    }

    /// An episode starts (the case was admitted or reached the front of the waiting list). An episode
    /// already under way when a warm start begins (`inProgress`) runs for the time still to run, and was
    /// committed against no ceiling.
    mutating func begin(_ id: Int32, inProgress: Bool = false, calendar: inout EventCalendar<Event>) {
        guard !municipalities.isEmpty else { return beginEpisode(id, inProgress: inProgress, calendar: &calendar) }
        // A place at a shared provider may start a family of another municipality: counted there.
        let back = municipalities.current
        enter(Int(cases[id].municipality))
        beginEpisode(id, inProgress: inProgress, calendar: &calendar)
        enter(back)
    }

    private mutating func beginEpisode(_ id: Int32, inProgress: Bool, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        // Whichever way the episode goes on (a caseworker's order joins the family to care), it is counted.
        defer { recountUnmetNeed(id, at: now) }
        cancelHazards(id)
        cases[id].ticket = nil
        let index = cases[id].service
        let service = Service(index: index)
        recorder.recordWait(now - cases[id].joined, at: service, time: now)
        if service == .caseworker {
            beginSupervision(id, calendar: &calendar)
            return
        }
        cases[id].phase = .inService
        if service != .access { recorder.inCareSeries.add(1, at: now) }
        // Fields read one by one: a copy of the whole case costs more than the rest of the step.
        let (assigned, aftercare) = (cases[id].assigned, cases[id].aftercare)
        var durationLevel = assigned
        switch service {
        case .access:
            durationLevel = 0
        case .generalist:
            if aftercare {
                durationLevel = 1
                // After a referral a (new) generalist takes the case up again; in add-on mode the same one kept it.
                if !cases[id].hadAddOn { meetsProfessional(id, at: now) }
            } else if !cases[id].hadGeneralist {
                meetsProfessional(id, at: now)
                cases[id].hadGeneralist = true
            }
        case .specialist, .outOfHome, .longTerm:
            meetsProfessional(id, at: now)
            if case .outOfHome = service {
                recorder.placements += 1
                recorder.yearly[recorder.year(at: now)].placements += 1
            }
        case .caseworker:
            break
        }
        if let type = ProviderType.of(service, assigned: assigned, aftercare: aftercare) {
            trajectoryEpisodeBegins(id, type, at: now)
            // CBS counts a youth in care when it has a youth-care trajectory in the year.
            recorder.countInCare(&cases[id], placed: service.isStay, at: now)
        }
        if let level = Self.pricedLevel(index) {
            if inProgress { cases[id].episodeStart = now } else { pricedEpisodeBegins(id, level: level, at: now) }
        }
        if case .specialist = service { holdAddOn(id, calendar: &calendar) }
        if service != .access && !aftercare {
            let delivered = service.level ?? assigned
            recorder.recordStart(level: delivered, at: now)
            if !cases[id].helped && delivered >= cases[id].need {
                cases[id].helped = true
                recorder.recordTimeToHelp(now - cases[id].onset, at: now)
            }
        }
        let stream = caseStreams.stream(id)
        var longShare = parameters.specialist.fosterLongStayShare
        if inProgress && longShare > 0 && longShare < 1 {
            // A stay under way is long more often than a stay that starts: in proportion to its length.
            let (long, short) = (tables.fosterLongStay.mean, tables.duration(service: index, level: durationLevel).mean)
            longShare = longShare * long / (longShare * long + (1 - longShare) * short)
        }
        let longStay = service == .outOfHome(.fosterCare) && longShare > 0 && stream.bernoulli(longShare)
        let distribution = longStay ? tables.fosterLongStay : tables.duration(service: index, level: durationLevel)
        var duration = inProgress ? distribution.equilibriumResidual(stream) : distribution.sample(stream)
        if service == .generalist && !aftercare && cases[id].wasConsulted(.neighbourhoodTeam) {
            duration = consultation.generalistEpisode(duration, at: calendar.now)
        }
        let ends = helpEnds(id, service: index)
        if now + duration >= ends {
            duration = max(0, ends - now)
            cases[id].agesOut = true
        }
        calendar.schedule(.serviceEnd(id, service: Int8(index)), after: duration)
    }

    mutating func serviceEnds(_ id: Int32, service index: Int, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        if let (next, _) = services[index].complete(provider: provider(of: id, at: index), at: now) {
            begin(next, calendar: &calendar)
        }
        if let level = Self.pricedLevel(index) { pricedEpisodeEnds(id, level: level, at: now) }
        let service = Service(index: index)
        if case .specialist = service { releaseAddOn(id, calendar: &calendar) }
        if Self.isCareService(index) { recorder.inCareSeries.add(-1, at: now) }
        let (assigned, aftercare) = (cases[id].assigned, cases[id].aftercare)
        if ProviderType.of(service, assigned: assigned, aftercare: aftercare) == cases[id].trajectory {
            cases[id].trajectoryLastEnd = now
        }
        if service != .caseworker && cases[id].agesOut {
            ageOut(id, calendar: &calendar)
            return
        }
        if Self.isCareService(index) && !aftercare {
            recorder.completions[service.level ?? assigned] += 1
        }
        switch service {
        case .access: triage(id, calendar: &calendar)
        case .generalist: generalistOutcome(id, calendar: &calendar)
        case .specialist, .outOfHome, .longTerm: specialistOutcome(id, calendar: &calendar)
        case .caseworker: endSupervision(id, calendar: &calendar)
        }
    }

    /// M5: a generalist episode resolves the need with a probability that depends on the needed level and
    /// whether the assigned level reaches it, raised by a consultation (M10 b) or else by what the team learned
    /// from earlier ones (M13), lowered for multi-problem families.
    mutating func generalistOutcome(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let (assigned, need) = (cases[id].assigned, cases[id].need)
        if cases[id].aftercare {
            cases[id].aftercare = false
            cases[id].continuity = true
            leave(id, .resolved(at: assigned), calendar: &calendar)
            return
        }
        // Help at or above the need succeeds as often as help that matches it: more help than needed does
        // not lower the chance (only the cost rises).
        var success = assigned >= need ? parameters.generalist.success[need] : parameters.generalist.underAssignedSuccess
        if cases[id].complex { success *= parameters.onset.complexSuccessFactor }
        if cases[id].wasConsulted(.neighbourhoodTeam) {
            success = consultation.generalistSuccess(success, jointly: cases[id].hadConsultation(.jointTreatment), at: calendar.now)
        } else {
            success = teamCompetence.success(success, at: calendar.now)
        }
        if caseStreams.stream(id).uniform() < success {
            leave(id, .resolved(at: assigned), calendar: &calendar)
        } else {
            stepUp(id, calendar: &calendar)
        }
    }

    /// M6: a specialist or out-of-home episode ends resolved, stepped down, stepped up or dropped out.
    mutating func specialistOutcome(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let (assigned, need) = (cases[id].assigned, cases[id].need)
        let outcomes = caseStreams.stream(id)
        // Three draws whatever the outcome, so that the case's later draws do not depend on it.
        let (fails, draw, returns) = (outcomes.uniform(), outcomes.uniform(), outcomes.uniform())
        if assigned < need && fails < parameters.specialist.underAssignedFailure {
            stepUp(id, calendar: &calendar)
            return
        }
        let stepDown = parameters.stepDown.enabled ? parameters.specialist.outcomes.stepDown : 0
        let stepUp = parameters.specialist.outcomes.stepUp
        // A family that met more professionals stops more often (M15); a court order stands: a family under
        // supervision does not stop the care it prescribes.
        let dropOut =
            cases[id].supervision
            ? 0 : min(1 - stepDown - stepUp, parameters.specialist.outcomes.dropOut * collaborationBurden(cases[id].professionals))
        if draw < stepDown {
            recorder.stepDowns[assigned] += 1
            releaseAddOn(id, calendar: &calendar)
            cases[id].aftercare = true
            // The specialist care worked: what remains is light follow-up, so while it waits for aftercare
            // the family carries the lightest level's natural course, not the specialist level's.
            cases[id].need = Self.aftercareNeed
            join(id, service: Service.generalist.index, calendar: &calendar)
        } else if draw < stepDown + stepUp {
            self.stepUp(id, calendar: &calendar)
        } else if draw < stepDown + stepUp + dropOut {
            leaveUnhelped(id, calendar: &calendar)
        } else if assigned == 7 && returns < parameters.specialist.returnToAmbulant {
            // Return flow (terugstroom): out-of-home care followed by ambulant specialist care. The placement
            // brought the need down to that level; left at 7, the level-5 episode would count as help below
            // the need and most families would step up into out-of-home care again.
            recorder.stepDowns[7] += 1
            cases[id].assigned = Self.returnFlowLevel
            cases[id].need = min(need, Self.returnFlowLevel)
            join(id, service: Service.specialist(Self.returnFlowLevel).index, calendar: &calendar)
        } else {
            leave(id, .resolved(at: assigned), calendar: &calendar)
        }
    }

    /// The need a family carries while it waits for, or receives, aftercare: the lightest level.
    static let aftercareNeed: Level = 2
    /// Where the return flow after out-of-home care goes: ambulant specialist care.
    static let returnFlowLevel: Level = 5

    /// At the turn of a reported year, open trajectories carry over into the new year's count: CBS counts a
    /// youth in care in a year when a trajectory of it is active at any moment of the year.
    mutating func countCarryOver(at now: Double, in municipality: Int = 0) {
        var open = [0, 0, 0]
        for id in cases.liveIds where isOf(municipality, id) {
            guard let type = cases[id].trajectory else { continue }
            open[Int(type.rawValue)] += 1
            recorder.countInCare(&cases[id], placed: type == .withStay, at: now)
        }
        recorder.trajectoriesOpenAtYearStart[recorder.year(at: now)] = open
    }

    /// M8: a failed episode re-queues one level up.
    mutating func stepUp(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let from = cases[id].assigned
        recorder.stepUps[from] += 1
        recorder.yearly[recorder.year(at: calendar.now)].stepUps += 1
        let to = min(7, from + 1)
        cases[id].assigned = to
        join(id, service: service(for: to, of: id), calendar: &calendar)
    }

    // MARK: - M11 add-on

    /// In add-on mode a family the neighbourhood team knows keeps part of a generalist slot while a
    /// specialist treats it (an ambulant episode, levels 4-6): generalist capacity shrinks by that share.
    /// Not while it waits, not through an out-of-home placement, and not under a supervision order, whose
    /// caseworker has the lead (M12); the slot is released when the episode ends.
    mutating func holdAddOn(_ id: Int32, calendar: inout EventCalendar<Event>) {
        guard parameters.addOn.mode == .addOn, !cases[id].addOnHeld, !cases[id].supervision,
            cases[id].hadGeneralist || cases[id].route == .municipalAccess
        else { return }
        cases[id].addOnHeld = true
        cases[id].hadAddOn = true
        addOn.hold()
        updateGeneralistCapacity(calendar: &calendar)
    }

    mutating func releaseAddOn(_ id: Int32, calendar: inout EventCalendar<Event>) {
        guard cases[id].addOnHeld else { return }
        cases[id].addOnHeld = false
        addOn.release()
        updateGeneralistCapacity(calendar: &calendar)
    }

    mutating func updateGeneralistCapacity(calendar: inout EventCalendar<Event>) {
        let slots = generalistPlacesServing()
        let index = Service.generalist.index
        guard slots != services[index].openServers else { return }
        let started = services[index].setServers(slots, at: calendar.now)
        for (next, _) in started { begin(next, calendar: &calendar) }
    }

    /// The generalists' places that serve: add-on cases and the team's consultation hours (M10) hold some.
    mutating func generalistPlacesServing() -> Int {
        let held = Int(
            (addOn.places(slotShare: parameters.addOn.slotShare) + consultation.teamSlotsAsking(parameters.generalist)).rounded(.down))
        return max(0, frontParameters.generalist.slots - held)
    }
}
