import SimKernel

/// M3: a need reaches access after a delay that depends on the setting that signals it, scaled by
/// signalling quality. A school or childcare may consult a specialist about the child (M10): it then signals
/// sooner (c), learns (M13), and may resolve the need itself when it would reach access (b).
extension YouthCareModel {
    mutating func startDetection(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        let record = cases[id]
        let inSetting = record.setting != .familyAndNeighbourhood
        if inSetting
            && consulted(
                consultation.ask(.settings, draw: record.draws.ask[ConsultationRoute.settings.rawValue], at: now), on: .settings, at: now)
        {
            cases[id].markConsulted(.settings)
            competence.consulted(record.setting, at: now)
        }
        // A need that returns to a child known to care goes back to it at once.
        guard parameters.detection.enabled && !record.knownToCare else {
            detected(id, calendar: &calendar)
            return
        }
        var mean = parameters.detection.meanDelayDays[record.setting.rawValue] * parameters.detection.signallingMultiplier
        if cases[id].wasConsulted(.settings) { mean = consultation.detectionDelay(mean) }
        let delay = mean > 0 ? Distribution.exponential(mean: mean).sample(caseStreams.stream(id)) : 0
        cases[id].detectionDue = now + delay
        scheduleHazards(id, calendar: &calendar)
    }

    mutating func detected(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].hazard = nil  // this event was the case's pending one
        cases[id].detectionDue = .infinity
        if !cases[id].unsafe, let resolver = resolvesInSetting(id, at: calendar.now) {
            leave(id, .resolvedLocally(resolver), calendar: &calendar)
            return
        }
        cases[id].knownToCare = true
        if cases[id].unsafe {
            startInvestigation(id, calendar: &calendar)
        } else {
            cases[id].route = Route(rawValue: routeChoice.sample(caseStreams.stream(id)))!
            routeToCare(id, calendar: &calendar)
        }
    }

    /// Whether the setting resolves the need itself when it would reach access: having consulted about
    /// this child (M10 b), or from the competence earlier consultations left (M13). Only needs a setting can
    /// carry (levels 2-4, not long low-intensity help) and no safety concern.
    mutating func resolvesInSetting(_ id: Int32, at now: Double) -> LocalResolution? {
        let record = cases[id]
        guard record.setting != .familyAndNeighbourhood, Levels.generalist.contains(record.need), !record.longTerm else { return nil }
        let advised = record.wasConsulted(.settings) ? consultation.localResolution(on: .settings) : 0
        let learned = competence.resolution(record.setting, at: now)
        guard advised > 0 || learned > 0 else { return nil }
        let draw = Double(record.draws.resolvedInSetting)
        if draw < advised { return .consultedSetting }
        return draw < advised + (1 - advised) * learned ? .settingCompetence : nil
    }
}
