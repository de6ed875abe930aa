import SimKernel

/// M3: a need reaches access after a delay that depends on the setting that signals it, scaled by
/// signalling quality, and shortened where the setting consulted a specialist (M10 c).
extension YouthCareModel {
    mutating func startDetection(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let record = cases[id]
        guard parameters.detection.enabled && !record.isRelapse else {
            detected(id, calendar: &calendar)
            return
        }
        var mean = parameters.detection.meanDelayDays[record.setting.rawValue] * parameters.detection.signallingMultiplier
        if record.setting != .familyAndNeighbourhood && consulted(consultation.askInSetting(at: calendar.now)) {
            mean = consultation.detectionDelay(mean)
        }
        let delay = mean > 0 ? Distribution.exponential(mean: mean).sample(random.detection) : 0
        cases[id].detectionDue = calendar.now + delay
        scheduleHazards(id, calendar: &calendar)
    }

    mutating func detected(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].hazard = nil  // this event was the case's pending one
        cases[id].detectionDue = .infinity
        if cases[id].unsafe {
            startInvestigation(id, calendar: &calendar)
        } else {
            cases[id].route = Route(rawValue: routeChoice.sample(random.access))!
            routeToCare(id, calendar: &calendar)
        }
    }
}
