import Foundation
import SimKernel

/// M1: new needs arise as Poisson processes per level, with a rate that follows population, incidence,
/// yearly growth, the month's season factor and demand induced by consultation (M10 d). Rates are constant
/// within a month; at each month boundary the next onset is drawn afresh, which is exact for a Poisson
/// process with piecewise-constant rate (memorylessness).
extension YouthCareModel {
    var startTime: Double { clock.start }

    mutating func newMonth(_ calendar: inout EventCalendar<Event>) {
        let (monthStart, calendarMonth) = clock.beginMonth()
        let years = monthStart / ModelTime.daysPerYear
        let onsetParameters = parameters.onset
        let growth = pow(1 + onsetParameters.annualGrowth, years)
        let inducedDemand = consultation.inducedDemand
        for level in Levels.all {
            var rate = onsetParameters.youths * onsetParameters.incidencePer1000[level] / 1000 / ModelTime.daysPerYear
            rate *= growth * onsetParameters.season[calendarMonth]
            if Levels.light.contains(level) { rate *= inducedDemand }
            onsetRate[level] = rate
            if let pending = nextOnset[level] { calendar.cancel(pending) }
            nextOnset[level] = nil
            scheduleOnset(level: level, &calendar)
        }
        longTermOnsetRate =
            onsetParameters.youths * parameters.longTerm.incidencePer1000 / 1000 / ModelTime.daysPerYear * growth
            * onsetParameters.season[calendarMonth]
        if let pending = nextLongTermOnset { calendar.cancel(pending) }
        nextLongTermOnset = nil
        scheduleLongTermOnset(&calendar)
        if calendarMonth == 0 {
            newBudgetYear(ModelTime.year(at: monthStart), calendar: &calendar)
            if clock.measuring && clock.isReported(monthStart) { countCarryOver(at: monthStart) }
        }
        calendar.schedule(.newMonth, at: clock.nextMonthStart)
    }

    mutating func scheduleOnset(level: Level, _ calendar: inout EventCalendar<Event>) {
        let rate = onsetRate[level]
        guard rate > 0 else { return }
        let gap = Distribution.exponential(mean: 1 / rate).sample(random.onset[level])
        nextOnset[level] = calendar.scheduleCancellable(.onset(level: Int8(level)), after: gap)
    }

    mutating func scheduleLongTermOnset(_ calendar: inout EventCalendar<Event>) {
        guard longTermOnsetRate > 0 else { return }
        let gap = Distribution.exponential(mean: 1 / longTermOnsetRate).sample(random.longTermOnset)
        nextLongTermOnset = calendar.scheduleCancellable(.longTermOnset, after: gap)
    }

    mutating func onset(level: Level, calendar: inout EventCalendar<Event>) {
        nextOnset[level] = nil
        scheduleOnset(level: level, &calendar)
        if clock.measuring { recorder.onsets[level] += 1 }
        arrive(need: level, setting: drawSetting(), isRelapse: false, calendar: &calendar)
    }

    /// A need for long low-intensity help arises: it is detected and referred like any level-4 need, and
    /// the referrer sends it to long-term care (`service(for:of:)`).
    mutating func longTermOnset(calendar: inout EventCalendar<Event>) {
        nextLongTermOnset = nil
        scheduleLongTermOnset(&calendar)
        if clock.measuring { recorder.onsets[LongTermCare.level] += 1 }
        arrive(need: LongTermCare.level, setting: drawSetting(), isRelapse: false, longTerm: true, calendar: &calendar)
    }

    /// The setting a new need arises in, from the child's age band.
    mutating func drawSetting() -> Setting {
        let band = AgeBand(rawValue: ageBandChoice.sample(random.caseAttributes))!
        let settings = band.settings
        return settings[settings.count == 1 ? 0 : random.caseAttributes.index(below: settings.count)]
    }

    /// A relapse is a new need episode of the same child: it re-enters care without a new detection delay,
    /// and the professionals the family met before count on.
    mutating func relapses(
        level: Level, setting: Setting, professionals: Int, longTerm: Bool, calendar: inout EventCalendar<Event>
    ) {
        if clock.measuring { recorder.relapses[level] += 1 }
        arrive(
            need: level, setting: setting, isRelapse: true, professionals: professionals, longTerm: longTerm && level == LongTermCare.level,
            calendar: &calendar)
    }

    mutating func arrive(
        need: Level, setting: Setting, isRelapse: Bool, professionals: Int = 0, longTerm: Bool = false,
        calendar: inout EventCalendar<Event>
    ) {
        if clock.measuring { recorder.arrivals += 1 }
        let attributes = random.caseAttributes
        // A need for long low-intensity help (youth mental health, a disability) is no safety concern of its own:
        // the child protection track's rates are set on the needs of the level schema.
        let unsafe =
            !longTerm && parameters.childProtection.enabled && attributes.bernoulli(parameters.onset.unsafeProbability[need])
        let record = Case(
            need: need, setting: setting, complex: attributes.bernoulli(parameters.onset.complexProbability[need]),
            unsafe: unsafe, isRelapse: isRelapse, onset: calendar.now)
        let id = cases.add(record)
        cases[id].professionals = professionals
        cases[id].longTerm = longTerm
        startDetection(id, calendar: &calendar)
    }
}
