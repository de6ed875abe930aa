import SimKernel

/// How cases leave, and M9: a resolved need may return within a window, less often after aftercare
/// (continuity) or add-on care.
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
        if clock.measuring {
            switch exit {
            case .resolved(let level): recorder.resolvedAt[level] += 1
            case .resolvedUnaided: recorder.resolvedUnaided += 1
            case .droppedOut: recorder.droppedOut += 1
            }
        }
        var relapses = false
        if case .resolved(let level) = exit, parameters.relapse.enabled {
            var probability = parameters.relapse.probability
            if record.continuity { probability *= parameters.relapse.continuityFactor }
            if record.hadAddOn { probability *= parameters.addOn.relapseFactor }
            if random.relapse.bernoulli(probability) {
                let delay = random.relapse.uniform() * parameters.relapse.windowDays
                let professionals = Int16(clamping: record.professionals)
                calendar.schedule(
                    .relapse(
                        level: Int8(level), setting: Int8(record.setting.rawValue), professionals: professionals,
                        longTerm: record.longTerm),
                    after: delay)
                relapses = true
            }
        }
        // Professionals per family: a family that will relapse carries its count into its next episode.
        if clock.measuring && !relapses { recorder.professionals.record(Double(record.professionals)) }
        cases.remove(id)
    }
}
