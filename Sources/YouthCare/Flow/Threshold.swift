import SimKernel

/// M14: the access threshold. The neighbourhood team turns needs it triages below the threshold away to
/// basic services. The need runs its natural course there: it may resolve, or the family applies again,
/// at once when the need has risen a level ("possibly worse") and otherwise after a while. Each application
/// takes an assessment, so a high threshold raises the pressure on access and the need that reaches care;
/// a threshold below the baseline's opens the door to demand instead (`openDoorDemand`). Raising thresholds
/// "de druk op de toegang vergroot en de zorg alleen maar duurder maakt" (Dialoogpaper wijkteams
/// l.824-828); a door wide open invites "mateloze consumptie" (l.670-688).
extension YouthCareModel {
    /// Whether a need triaged at `assigned` lies below the threshold. A safety concern is never turned away.
    mutating func turnsAway(_ id: Int32, assigned: Level) -> Bool {
        let threshold = parameters.threshold.level
        guard threshold > 2, !cases[id].unsafe, !cases[id].supervision else { return false }
        let whole = Level(threshold.rounded(.down))
        if assigned < whole { return true }
        let fraction = threshold - Double(whole)
        return assigned == whole && Double(cases[id].draws.turnedAway) < fraction
    }

    mutating func turnAway(_ id: Int32, calendar: inout EventCalendar<Event>) {
        recorder.turnedAway += 1
        cases[id].phase = .turnedAway
        scheduleHazards(id, calendar: &calendar)
    }

    /// A turned-away family applies to the neighbourhood team again.
    mutating func reapply(_ id: Int32, calendar: inout EventCalendar<Event>) {
        recorder.reapplications += 1
        cases[id].route = .municipalAccess
        routeToCare(id, calendar: &calendar)
    }
}
