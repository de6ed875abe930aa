import Foundation
import SimKernel

/// M1: new needs arise as Poisson processes per level, with a rate that follows population, incidence,
/// yearly growth and the month's season factor. Extra needs arise beside them, as a Poisson process of their
/// own: an access door open wider than the baseline's draws needs of levels 2-4 (M14), and last month's
/// consultations draw light needs (M10 d). Kept apart, the needs from incidence arise at the same moments in
/// two scenarios whatever their doors and consultations. Rates are constant within a month; at each month
/// boundary the next onset is drawn afresh, which is exact for a Poisson process with piecewise-constant
/// rate (memorylessness).
extension YouthCareModel {
    var startTime: Double { clock.start }

    mutating func newMonth(_ calendar: inout EventCalendar<Event>) {
        let (monthStart, calendarMonth) = clock.beginMonth()
        takeTimelineSteps(calendar: &calendar)
        let onsetParameters = parameters.onset
        let growth = onsets.growth(atMonth: clock.reportedMonth)
        // Each municipality's consultations of last month draw needs there.
        var inducedBy: [Double] = []
        forEachMunicipality { model, _ in
            model.consultation.beginMonth()
            model.updateGeneralistCapacity(calendar: &calendar)
            inducedBy.append(model.consultation.inducedNeedsPerDay)
        }
        let induced = inducedBy.reduce(0, +)
        let incidence = onsetParameters.incidencePer1000
        let lightIncidence = Levels.light.reduce(0.0) { $0 + incidence[$1] }
        let openDoor = parameters.threshold.openDoorMultiplier
        // Every next onset is drawn afresh at this month's rates: those drawn before are void.
        onsets.beginMonth()
        for level in Levels.all {
            let rate =
                onsetParameters.youths * incidence[level] / 1000 / ModelTime.daysPerYear * growth * onsetParameters.season[calendarMonth]
            var extra = Levels.generalist.contains(level) ? rate * (openDoor - 1) : 0
            // Induced needs are light, shared over levels 2-3 as their incidence is.
            if Levels.light.contains(level) && lightIncidence > 0 { extra += induced * incidence[level] / lightIncidence }
            onsets.rate[level] = rate
            onsets.extraRate[level] = extra
            if !municipalities.isEmpty {
                municipalities.weighExtraNeeds(
                    level: level, openDoor: rate * (openDoor - 1),
                    induced: Levels.light.contains(level) && lightIncidence > 0
                        ? inducedBy.map { $0 * incidence[level] / lightIncidence } : nil)
            }
            scheduleOnset(level: level, extra: false, &calendar)
            scheduleOnset(level: level, extra: true, &calendar)
        }
        onsets.longTermRate =
            onsetParameters.youths * parameters.longTerm.incidencePer1000 / 1000 / ModelTime.daysPerYear * growth
            * onsetParameters.season[calendarMonth]
        scheduleLongTermOnset(&calendar)
        if calendarMonth == 0 {
            newBudgetYear(ModelTime.year(at: monthStart), calendar: &calendar)
            if clock.measuring && clock.isReported(monthStart) {
                forEachMunicipality { model, municipality in model.countCarryOver(at: monthStart, in: municipality) }
            }
        }
        calendar.schedule(.newMonth, at: clock.nextMonthStart)
    }

    mutating func scheduleOnset(level: Level, extra: Bool, _ calendar: inout EventCalendar<Event>) {
        guard let gap = onsets.gap(level: level, extra: extra) else { return }
        calendar.schedule(.onset(level: Int8(level), extra: extra, stamp: onsets.stamp), after: gap)
    }

    mutating func scheduleLongTermOnset(_ calendar: inout EventCalendar<Event>) {
        guard let gap = onsets.longTermGap() else { return }
        calendar.schedule(.longTermOnset(stamp: onsets.stamp), after: gap)
    }

    mutating func onset(level: Level, extra: Bool, calendar: inout EventCalendar<Event>) {
        let key = onsets.nextKey(level: level, extra: extra)
        scheduleOnset(level: level, extra: extra, &calendar)
        arrive(key: key, need: level, extraNeed: extra, calendar: &calendar)
        recorder.onsets[level] += 1
    }

    /// A need for long low-intensity help arises: it is detected and referred like any level-4 need, and
    /// the referrer sends it to long-term care (`service(for:of:)`).
    mutating func longTermOnset(calendar: inout EventCalendar<Event>) {
        scheduleLongTermOnset(&calendar)
        let key = onsets.nextLongTermKey()
        arrive(key: key, need: LongTermCare.level, longTerm: true, calendar: &calendar)
        recorder.onsets[LongTermCare.level] += 1
    }

    /// A relapse is a new need episode of the same child, in the same setting: the professionals the family
    /// met before count on, and a child known to care returns to it without a new detection delay.
    mutating func relapses(_ index: Int32, calendar: inout EventCalendar<Event>) {
        let relapse = pendingRelapses.take(index)
        arrive(
            key: relapse.key, need: relapse.level, child: (relapse.setting, relapse.birth), isRelapse: true,
            professionals: relapse.professionals, longTerm: relapse.longTerm && relapse.level == LongTermCare.level, known: relapse.known,
            municipality: Int(relapse.municipality), calendar: &calendar)
        // Counted where the family lives (`arrive` entered its municipality).
        recorder.relapses[relapse.level] += 1
        recorder.yearly[recorder.year(at: calendar.now)].relapses += 1
    }

    /// A case arises with its own random stream, from which it draws its child (a new need: an age in an age
    /// band, and a setting of the band), whether it is a multi-problem family and whether safety is at stake,
    /// and the uniform numbers of `CaseDraws`. A returning need is the same child's (`child`), in its
    /// municipality; in a region of municipalities a new one first draws its municipality (`extraNeed`: one
    /// of the extra needs, where each municipality's open door and consultations draw them).
    mutating func arrive(
        key: UInt64, need: Level, child: (setting: Setting, birth: Double)? = nil, isRelapse: Bool = false, professionals: Int = 0,
        longTerm: Bool = false, known: Bool = false, municipality: Int? = nil, extraNeed: Bool = false,
        calendar: inout EventCalendar<Event>
    ) {
        // The record is made whole, then stored: each write into the table is a copy-on-write check.
        let id = cases.nextId
        let stream = caseStreams.start(slot: id, entity: key)
        var home = 0
        if !municipalities.isEmpty {
            home = municipality ?? municipalities.draw(stream.uniform(), extraNeed: extraNeed ? need : nil)
            enter(home)
        }
        recorder.arrivals += 1
        recorder.yearly[recorder.year(at: calendar.now)].arrivals += 1
        let (setting, birth) = child ?? drawChild(stream, at: calendar.now)
        let complex = stream.uniform() < parameters.onset.complexProbability[need]
        // A need for long low-intensity help (youth mental health, a disability) is no safety concern of its own:
        // the child protection track's rates are set on the needs of the level schema.
        let unsafe = stream.uniform() < parameters.onset.unsafeProbability[need] && !longTerm && parameters.childProtection.enabled
        var record = Case(need: need, setting: setting, complex: complex, unsafe: unsafe, isRelapse: isRelapse, onset: calendar.now)
        record.key = key
        record.birth = birth
        record.draws = CaseDraws(stream)
        record.professionals = professionals
        record.longTerm = longTerm
        record.knownToCare = known
        record.municipality = UInt8(home)
        let added = cases.add(record)
        assert(added == id)
        recorder.inSystemSeries.add(1, at: calendar.now)
        startDetection(id, calendar: &calendar)
        if cases.contains(id) { recountUnmetNeed(id, at: calendar.now) }
    }

    /// The child of a new need: its age band (`onset.ageBandShares`), a setting of the band, and its age,
    /// spread evenly over the band's years (an assumption: CBS gives use by band, not by year of age).
    mutating func drawChild(_ stream: RandomStream, at now: Double) -> (setting: Setting, birth: Double) {
        let band = AgeBand(rawValue: tables.ageBandChoice.sample(stream))!
        let settings = band.settings
        let setting = settings[settings.count == 1 ? 0 : stream.index(below: settings.count)]
        let years = band.years.lowerBound + stream.uniform() * (band.years.upperBound - band.years.lowerBound)
        return (setting, now - years * ModelTime.daysPerYear)
    }
}
