import SimKernel

/// How cases leave, and M9: a resolved need may return within a window, however it was resolved (with
/// care, at the front, or by itself), so that helping a need does not by itself add relapses; less often
/// after aftercare (continuity) or add-on care.
extension YouthCareModel {
    mutating func leave(_ id: Int32, _ exit: Exit, calendar: inout EventCalendar<Event>) {
        releaseAddOn(id, calendar: &calendar)
        closeTrajectory(id)
        if cases[id].supervision {
            // The supervision order runs on: the case stays until it ends (step-down from the compulsory frame lags).
            cases[id].pendingExit = exit
            cases[id].phase = .supervisionOnly
            return
        }
        finish(id, exit, calendar: &calendar)
    }

    mutating func finish(_ id: Int32, _ exit: Exit, calendar: inout EventCalendar<Event>) {
        let record = cases[id]
        let year = recorder.year(at: calendar.now)
        switch exit {
        case .resolved(let level):
            recorder.resolvedAt[level] += 1
            recorder.yearly[year].resolvedWithHelp += 1
            if Levels.light.contains(level) { recorder.yearly[year].resolvedLightly += 1 }
        case .resolvedUnaided: recorder.resolvedUnaided += 1
        case .resolvedLocally(let resolver):
            recorder.resolvedLocally[resolver.rawValue] += 1
            recorder.yearly[year].resolvedLocally += 1
            recorder.yearly[year].resolvedWithHelp += 1
            recorder.yearly[year].resolvedLightly += 1
        case .grownUp: recorder.grownUp += 1
        case .agedOut:
            // The case stays: its help ended, its need did not.
            livesOnPastAge(id, calendar: &calendar)
            return
        }
        var relapses = false
        // A need past the help youth care gives does not return to it.
        if parameters.relapse.enabled, record.phase != .pastAge {
            let level = Self.resolvedLevel(exit, record)
            var probability = parameters.relapse.probability
            if record.continuity { probability *= parameters.relapse.continuityFactor }
            if record.hadAddOn { probability *= parameters.addOn.relapseFactor }
            let stream = caseStreams.stream(id)
            let (returns, moment) = (stream.uniform() < probability, stream.uniform())
            if returns {
                let relapse = PendingRelapse(
                    key: EntityStreams.key(Onsets.returningNeed, record.key), level: level, setting: record.setting, birth: record.birth,
                    professionals: record.professionals, longTerm: record.longTerm, known: record.knownToCare,
                    municipality: record.municipality)
                calendar.schedule(.relapse(pendingRelapses.add(relapse)), after: moment * parameters.relapse.windowDays)
                relapses = true
            }
        }
        // Professionals per family: a family that will relapse carries its count into its next episode.
        if !relapses { recorder.recordProfessionals(record.professionals, at: calendar.now) }
        stopCountingUnmetNeed(id, at: calendar.now)
        cases.remove(id)
        recorder.inSystemSeries.add(-1, at: calendar.now)
    }

    /// The level a resolved need returns at: the level of the care that resolved it, or the need itself
    /// when it resolved without care.
    static func resolvedLevel(_ exit: Exit, _ record: Case) -> Level {
        switch exit {
        case .resolved(let level): return level
        case .resolvedUnaided, .resolvedLocally, .agedOut, .grownUp: return record.need
        }
    }
}
