import SimKernel

/// Help ends when a youth comes of age (docs/model.md, age). Youth care is for youths under 18; per kind
/// of help (`HelpKind`) a share of youths goes on to a later age (`age.*`): the municipality finds that
/// help must go on, or a young adult's new need is helped (the Jeugdwet's verlengde jeugdhulp). A
/// supervision order ends at 18 whatever the care it prescribes. Where help ends, the youth leaves youth
/// care: an episode is cut short at that moment, a wait ends there (`ageOut`). Its need does not end with it:
/// it lives its natural course, counted as unmet, until it resolves or the youth turns 23 and leaves the
/// population of youths 0-22 the model follows: help that ends early is no saving in unmet need.
extension YouthCareModel {
    static let comingOfAge = 18 * ModelTime.daysPerYear
    /// The end of the population the model follows (youths 0-22) and of the Jeugdwet's help.
    static let endOfYouth = 23 * ModelTime.daysPerYear

    /// When help of service `index` ends for case `id`: its 18th birthday, or the age its kind of help goes
    /// on to when its draw falls below the kind's share. A supervision order (the caseworkers') ends at 18.
    /// The share and the age are compiled per service (`ParameterTables`): with ageing off every draw is
    /// below the share and the age infinite; a supervision order's share is 0. `mutating` though it changes
    /// nothing, as the model's other helpers here: a non-mutating call from the flow copied the whole model
    /// to borrow it (a fifth of the run's instructions went to that copy).
    mutating func helpEnds(_ id: Int32, service index: Int) -> Double {
        let goesOn = cases[id].draws.continued < tables.continuedShare[index]
        return cases[id].birth + (goesOn ? tables.helpEndsAtDays[index] : Self.comingOfAge)
    }

    /// When the help the case is waiting for, or would seek now, ends: the waited-for service's, or the
    /// neighbourhood team's for a need not yet met (the door to every help); past that age, when the youth
    /// turns 23.
    mutating func helpEndsForNeed(_ id: Int32) -> Double {
        switch cases[id].phase {
        case .waiting: helpEnds(id, service: cases[id].service)
        case .pastAge: cases[id].birth + Self.endOfYouth
        default: helpEnds(id, service: Service.access.index)
        }
    }

    /// The youth leaves youth care where its help ends: off its waiting list, out of its episode and its
    /// trajectory, as any case leaves (`leave`, after a supervision order that still runs); its need lives on
    /// outside youth care until it resolves or the youth turns 23 (`Exit.agedOut`).
    mutating func ageOut(_ id: Int32, calendar: inout EventCalendar<Event>) {
        if cases[id].phase == .waiting { leaveWaitingList(id, because: .agedOut, at: calendar.now) }
        cancelHazards(id)
        cases[id].detectionDue = .infinity
        cases[id].agesOut = false
        cases[id].aftercare = false
        recorder.agedOut += 1
        recorder.yearly[recorder.year(at: calendar.now)].agedOut += 1
        leave(id, .agedOut, calendar: &calendar)
    }

    /// The need lives its natural course outside youth care until it resolves or the youth turns 23.
    mutating func livesOnPastAge(_ id: Int32, calendar: inout EventCalendar<Event>) {
        cases[id].phase = .pastAge
        scheduleHazards(id, calendar: &calendar)
    }
}
