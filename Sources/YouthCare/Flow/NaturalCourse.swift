import SimKernel

/// M2 and M7: before help, while waiting, and after the family left without help (it gave up waiting or
/// stopped its care, M7, or access turned it away, M14), a need competes between resolving by itself
/// (normalising), deteriorating one level, the family giving up (while waiting; more often the more
/// professionals it has met, M15) and applying again (after leaving; at once when the need got worse: help
/// that comes too late comes heavier, Samen om het kind l.735-740). A need nobody meets is never free: it
/// stays in the system, lives its natural course and costs what it costs when it returns (docs/model.md,
/// unmet need). One event per case carries every hazard: the first of competing exponential hazards comes
/// after an exponential time at the summed rate, and is each one with probability proportional to its rate.
extension YouthCareModel {
    struct Hazards {
        var resolution = 0.0, deterioration = 0.0, dropout = 0.0, reapply = 0.0, escalation = 0.0
        var total: Double { resolution + deterioration + dropout + reapply + escalation }
    }

    /// The hazards of case `id` now (its fields read one by one: a copy of the whole case cost more).
    mutating func hazards(of id: Int32) -> Hazards {
        var h = Hazards()
        let (phase, need) = (cases[id].phase, cases[id].need)
        // A court order stands: a family waiting for its caseworker neither gives it up nor leaves because
        // its need normalised; nor does one give up the care the order prescribes.
        let awaitingCaseworker = phase == .waiting && cases[id].service == Service.caseworker.index
        if parameters.naturalCourse.enabled {
            if !awaitingCaseworker {
                h.resolution = tables.resolution[need]
            }
            // Past the age of help only resolution counts: whether the need grows no longer changes its care.
            if phase != .pastAge { h.deterioration = tables.deterioration[need] }
        }
        if phase == .waiting && parameters.waiting.enabled && !awaitingCaseworker && !cases[id].supervision {
            h.dropout = tables.dropout * collaborationBurden(cases[id].professionals)
        }
        switch phase {
        case .turnedAway: h.reapply = tables.reapplyTurnedAway
        case .away: h.reapply = tables.reapplyAway
        default: break
        }
        if mayEscalate(id) { h.escalation = tables.escalation[need] }
        return h
    }

    /// M12: whether a family's safety can worsen now: while help has not come (before detection, waiting for
    /// it, away or turned away), not yet known as unsafe, not under an order, not waiting for aftercare.
    /// Help stops it: the sooner help comes, the fewer families reach the compulsory track.
    mutating func mayEscalate(_ id: Int32) -> Bool {
        guard parameters.childProtection.enabled, !cases[id].unsafe, !cases[id].supervision, !cases[id].longTerm,
            !cases[id].aftercare
        else { return false }
        switch cases[id].phase {
        case .undetected, .waiting, .away, .turnedAway: return true
        case .inService, .investigating, .supervisionOnly, .pastAge: return false
        }
    }

    /// Schedules the case's next competing event. An undetected case races its hazards against its
    /// detection time: both are drawn and only the earlier is scheduled (the hazards are memoryless, so
    /// they are drawn afresh whenever the case's state changes). One pending event per case keeps the
    /// calendar small in national runs.
    mutating func scheduleHazards(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let stamp = stamps.renew(id)
        cases[id].hazardPending = true
        let total = hazards(of: id).total
        let stream = caseStreams.stream(id)
        let due = total > 0 ? calendar.now + Distribution.exponential(mean: 1 / total).sample(stream) : .infinity
        let detection = cases[id].detectionDue
        let ends = helpEndsForNeed(id)
        if ends < min(due, detection) {
            // Help ends before anything else can happen: the youth leaves then (`hazardFires`).
            calendar.schedule(.hazard(id, stamp: stamp), at: max(ends, calendar.now))
        } else if detection <= due {
            calendar.schedule(.detected(id, stamp: stamp), at: detection)
        } else {
            calendar.schedule(.hazard(id, stamp: stamp), at: due)
        }
    }

    /// Voids the case's pending hazard or detection.
    mutating func cancelHazards(_ id: Int32) {
        guard cases[id].hazardPending else { return }
        _ = stamps.renew(id)
        cases[id].hazardPending = false
    }

    mutating func hazardFires(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].hazardPending = false
        if calendar.now >= helpEndsForNeed(id) {
            if cases[id].phase == .pastAge { finish(id, .grownUp, calendar: &calendar) } else { ageOut(id, calendar: &calendar) }
            return
        }
        let h = hazards(of: id)
        // Hazards drawn before a step of the policy timeline set them all to zero: nothing happens.
        guard h.total > 0 else {
            scheduleHazards(id, calendar: &calendar)
            return
        }
        let draw = caseStreams.stream(id).uniform() * h.total
        if draw >= h.total - h.escalation {
            escalate(id, calendar: &calendar)
            return
        }
        let deteriorates = draw >= h.resolution && draw < h.resolution + h.deterioration
        let phase = cases[id].phase
        if phase == .pastAge {
            // Outside youth care only the need's natural course goes on (`hazards`): it resolved.
            finish(id, .resolvedUnaided, calendar: &calendar)
        } else if phase == .turnedAway || phase == .away {
            // Left without help: the need resolves, or the family applies again (at once when it got worse).
            if draw < h.resolution {
                leave(id, .resolvedUnaided, calendar: &calendar)
            } else {
                if deteriorates { cases[id].need = min(7, cases[id].need + 1) }
                if phase == .away { returns(id, calendar: &calendar) } else { reapply(id, calendar: &calendar) }
            }
        } else if deteriorates {
            deteriorate(id, calendar: &calendar)
        } else if cases[id].aftercare {
            endAftercareUnstarted(id, because: draw < h.resolution ? .resolvedUnaided : .gaveUp, calendar: &calendar)
        } else if draw < h.resolution {
            if cases[id].phase == .waiting { leaveWaitingList(id, because: .resolvedUnaided, at: calendar.now) }
            leave(id, .resolvedUnaided, calendar: &calendar)
        } else {
            giveUp(id, calendar: &calendar)
        }
    }

    /// A family waiting for aftercare whose need normalises, or that stops waiting, leaves with the need the
    /// specialist care resolved (at that level), without the continuity aftercare brings (M9): it does not
    /// count as resolved unaided, nor come back through access into specialist care.
    mutating func endAftercareUnstarted(_ id: Int32, because reason: WaitingListExit, calendar: inout EventCalendar<Event>) {
        leaveWaitingList(id, because: reason, at: calendar.now)
        cases[id].aftercare = false
        leave(id, .resolved(at: cases[id].assigned), calendar: &calendar)
    }

    /// The need rises a level. A case waiting for care below its new need is triaged again (M7).
    mutating func deteriorate(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].need = min(7, cases[id].need + 1)
        let record = cases[id]
        if record.phase == .waiting && Self.isCareService(record.service) && record.need > record.assigned {
            leaveWaitingList(id, because: .retriaged, at: calendar.now)
            recorder.stepUps[record.assigned] += 1
            recorder.yearly[recorder.year(at: calendar.now)].stepUps += 1
            cases[id].assigned = record.need
            cases[id].aftercare = false
            join(id, service: service(for: record.need, of: id), calendar: &calendar)
        } else {
            scheduleHazards(id, calendar: &calendar)
        }
    }

    /// M7: the family gives up waiting; its need goes on without help.
    mutating func giveUp(_ id: Int32, calendar: inout EventCalendar<Event>) {
        leaveWaitingList(id, because: .gaveUp, at: calendar.now)
        recorder.gaveUpWaiting += 1
        leaveUnhelped(id, calendar: &calendar)
    }

    /// The family leaves a waiting list or its care with its need unmet: the care ends, the need does not.
    /// It is away, its need on its natural course, until it resolves or the family applies again.
    mutating func leaveUnhelped(_ id: Int32, calendar: inout EventCalendar<Event>) {
        releaseAddOn(id, calendar: &calendar)
        closeTrajectory(id)
        recorder.droppedOut += 1
        recorder.yearly[recorder.year(at: calendar.now)].droppedOut += 1
        cases[id].phase = .away
        scheduleHazards(id, calendar: &calendar)
    }

    /// A family that left without help applies again where it came from (its referrer or access).
    mutating func returns(_ id: Int32, calendar: inout EventCalendar<Event>) {
        recorder.returned += 1
        routeToCare(id, calendar: &calendar)
    }
}

extension YouthCareModel {
    /// M12: the family's safety worsened before help came; someone reports it to the safety centre, and the
    /// compulsory track begins (a family waiting leaves its list; a need not yet detected is known now).
    mutating func escalate(_ id: Int32, calendar: inout EventCalendar<Event>) {
        recorder.escalations += 1
        switch cases[id].phase {
        case .waiting:
            leaveWaitingList(id, because: .retriaged, at: calendar.now)
            releaseAddOn(id, calendar: &calendar)
            closeTrajectory(id)
        case .undetected: cases[id].detectionDue = .infinity
        default: break
        }
        cases[id].unsafe = true
        cases[id].knownToCare = true
        startInvestigation(id, calendar: &calendar)
    }
}
