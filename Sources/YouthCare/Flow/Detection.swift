import SimKernel

/// M3: a need reaches access after a delay that depends on the setting that signals it, scaled by
/// signalling quality; a setting that learned from earlier consultations (M13) notices sooner (M10 c). When
/// a school or childcare has noticed a need it may consult a specialist about the child (M10): it learns
/// (M13), and may resolve the need itself (b). It asks when it has a concern, not before: the consultation
/// cannot shorten the detection that prompted it.
extension YouthCareModel {
    mutating func startDetection(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        let record = cases[id]
        // A need that returns to a child known to care goes back to it at once.
        guard parameters.detection.enabled && !record.knownToCare else {
            detected(id, calendar: &calendar)
            return
        }
        var mean = parameters.detection.meanDelayDays[record.setting.rawValue] * parameters.detection.signallingMultiplier
        if record.setting != .familyAndNeighbourhood {
            mean = consultation.detectionDelay(mean, competence: competence.share(record.setting, at: now))
        }
        let delay = mean > 0 ? Distribution.exponential(mean: mean).sample(caseStreams.stream(id)) : 0
        cases[id].detectionDue = now + delay
        scheduleHazards(id, calendar: &calendar)
    }

    mutating func detected(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        cases[id].hazardPending = false  // this event was the case's pending one
        cases[id].detectionDue = .infinity
        let record = cases[id]
        if record.setting != .familyAndNeighbourhood
            && consulted(
                consultation.ask(.settings, need: record.need, draw: record.draws.ask[ConsultationRoute.settings.rawValue], at: now),
                on: .settings, at: now)
        {
            cases[id].markConsulted(.settings)
            competence.consulted(record.setting, worth: consultation.worth(at: now), at: now)
        }
        if !cases[id].unsafe, let resolver = resolvesInSetting(id, at: now) {
            leave(id, .resolvedLocally(resolver), calendar: &calendar)
            return
        }
        cases[id].knownToCare = true
        if cases[id].unsafe {
            startInvestigation(id, calendar: &calendar)
        } else {
            cases[id].route = Route(rawValue: tables.routeChoice.sample(caseStreams.stream(id)))!
            routeToCare(id, calendar: &calendar)
        }
    }

    /// Whether the setting resolves the need itself when it would reach access: having consulted about
    /// this child (M10 b), or from the competence earlier consultations left (M13). Only needs a setting can
    /// carry (levels 2-4, not long low-intensity help) and no safety concern.
    mutating func resolvesInSetting(_ id: Int32, at now: Double) -> LocalResolution? {
        let record = cases[id]
        guard record.setting != .familyAndNeighbourhood, Levels.generalist.contains(record.need), !record.longTerm else { return nil }
        let advised = record.wasConsulted(.settings) ? consultation.localResolution(on: .settings, at: now) : 0
        let learned = competence.resolution(record.setting, at: now)
        guard advised > 0 || learned > 0 else { return nil }
        let draw = Double(record.draws.resolvedInSetting)
        if draw < advised { return .consultedSetting }
        return draw < advised + (1 - advised) * learned ? .settingCompetence : nil
    }
}
