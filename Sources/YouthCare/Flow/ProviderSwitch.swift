import SimKernel

/// Providers a family can switch between (`specialist.shorterListChoice` at referral, in `join`;
/// `specialist.switchAfterDays` here): docs/model.md, flow.
extension YouthCareModel {
    /// A family that has waited `specialist.switchAfterDays` at its specialist provider moves to the provider
    /// with the fewest families waiting per place, if that one has fewer than its own; its wait runs on from
    /// when it joined. The event holds only if the family still waits in the wait it was scheduled for: it
    /// joined exactly `switchAfterDays` ago (a family that started, left or joined again since has another
    /// join time; a timeline step that changes the days voids the switches already due).
    mutating func switchProvider(_ id: Int32, calendar: inout EventCalendar<Event>) {
        let now = calendar.now
        guard cases.contains(id), cases[id].phase == .waiting, let ticket = cases[id].ticket,
            cases[id].joined + parameters.specialist.switchAfterDays == now
        else { return }
        let index = cases[id].service
        let from = provider(of: id, at: index)
        guard let to = services[index].shorterList(than: from),
            let admission = services[index].move(ticket, priority: waitingPriority(id), from: from, to: to, at: now)
        else { return }
        cases[id].provider = Int32(to)
        switch admission {
        case .started: begin(id, calendar: &calendar)
        case .queued(let ticket): cases[id].ticket = ticket
        }
    }
}
