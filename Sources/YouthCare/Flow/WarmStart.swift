import SimKernel

/// A warm start (`InitialStock`): every provider begins with the families in an episode and on its waiting
/// list of a pilot provider drawn at random, scaled to its places (rounded at random, so that fractions add
/// up right). An episode in progress has the time still to run that a
/// moment taken at random would find (`Distribution.equilibriumResidual`), and its trajectory began as long
/// before as a pilot family's in care there (`backdateTrajectory`). A family under a supervision order
/// holds a caseworker's place beside its care, and the caseworker places the pilot provider had beyond
/// those go to orders of families whose care has ended. Families at access are seeded as those in care
/// are. Settings begin with the competence the pilot left, and needs on their way are seeded like the
/// pilot's: not yet detected, due to return, under investigation or away after giving up waiting.
extension YouthCareModel {
    /// The kind of need of a case a warm start made, for its identity.
    static let initialNeed: UInt64 = 4 << 8

    mutating func warmStart(_ stock: InitialStock, calendar: inout EventCalendar<Event>) {
        let stream = streams.stream("warm start")
        // Apart, so that the other draws of a warm start stay as they were.
        let ages = streams.stream("warm start/trajectory ages")
        var serial: UInt64 = 0
        // Caseworkers last: the orders of families in care take their places first.
        for service in Service.all.filter({ $0 != .caseworker }) + [.caseworker] {
            let index = service.index
            let pilot = stock.providers[index].filter { $0.places > 0 }
            guard !pilot.isEmpty else { continue }
            // A municipality's access and teams are its own: each begins with families of its own.
            let own = service == .access || service == .generalist
            func seedProviders(_ model: inout YouthCareModel, _ municipality: Int?, _ calendar: inout EventCalendar<Event>) {
                for provider in 0..<model.services[index].open {
                    // A pilot provider's state, scaled to this provider's places.
                    let state = pilot[stream.index(below: pilot.count)]
                    let scale = Double(model.services[index].places[provider]) / Double(state.places)
                    let inCare = min(
                        model.services[index].places[provider], Int(Self.roundAtRandom(Double(state.inCare) * scale, stream)))
                    let held = model.services[index].members[provider].busy
                    let count = max(0, inCare - held) + Int(Self.roundAtRandom(Double(state.waiting) * scale, stream))
                    for _ in 0..<count {
                        serial += 1
                        let families = stock.families[index]
                        let family = families.isEmpty ? nil : families[stream.index(below: families.count)]
                        let id = model.seed(
                            EntityStreams.key(Self.initialNeed, serial), family, at: service, provider: provider,
                            municipality: municipality,
                            calendar: &calendar)
                        model.backdateTrajectory(id, like: stock.trajectoryAges[index], ages, at: calendar.now)
                    }
                }
            }
            if own {
                forEachMunicipality { seedProviders(&$0, $1, &calendar) }
            } else {
                seedProviders(&self, nil, &calendar)
            }
        }
        forEachMunicipality { model, _ in
            model.competence.begin(with: stock.competence, at: calendar.now)
            model.teamCompetence.begin(
                with: stock.competence.count > Setting.allCases.count ? stock.competence[Setting.allCases.count] : 0, at: calendar.now)
        }
        // Needs on their way: not yet detected (their delay and hazards are memoryless, so they arise as new
        // needs now), and resolved needs due to return (each like one of the pilot's, a need for long
        // low-intensity help returning as one, at the time still to run of its window).
        let youths = parameters.onset.youths
        let window = Distribution.uniform(lower: 0, upper: parameters.relapse.windowDays)
        for (level, perYouth) in stock.undetectedPerYouth.enumerated() {
            for _ in 0..<Int(Self.roundAtRandom(perYouth * youths, stream)) {
                serial += 1
                arrive(key: EntityStreams.key(Self.initialNeed, serial), need: level, calendar: &calendar)
            }
        }
        for _ in 0..<Int(Self.roundAtRandom(stock.undetectedLongTermPerYouth * youths, stream)) {
            serial += 1
            arrive(
                key: EntityStreams.key(Self.initialNeed, serial), need: LongTermCare.level, longTerm: true, calendar: &calendar)
        }
        if !stock.onTheirWay.isEmpty {
            for _ in 0..<Int(Self.roundAtRandom(stock.onTheirWayPerYouth * youths, stream)) {
                serial += 1
                let like = stock.onTheirWay[stream.index(below: stock.onTheirWay.count)]
                seedOnItsWay(EntityStreams.key(Self.initialNeed, serial), like, calendar: &calendar)
            }
        }
        guard !stock.relapses.isEmpty else { return }
        for _ in 0..<Int(Self.roundAtRandom(stock.relapsesPerYouth * youths, stream)) {
            serial += 1
            let like = stock.relapses[stream.index(below: stock.relapses.count)]
            let child = drawChild(stream, at: calendar.now)
            let relapse = PendingRelapse(
                key: EntityStreams.key(Self.initialNeed, serial), level: like.level, setting: child.setting, birth: child.birth,
                professionals: like.professionals, longTerm: like.longTerm, known: like.known,
                municipality: municipalities.isEmpty ? 0 : UInt8(municipalities.draw(stream.uniform())))
            calendar.schedule(.relapse(pendingRelapses.add(relapse)), after: window.equilibriumResidual(stream))
        }
    }

    /// A family under investigation or away when the run begins, like one of the pilot's: it begins its
    /// wait afresh (both waits are exponential; away, its need lives its natural course).
    mutating func seedOnItsWay(_ key: UInt64, _ like: InitialStock.OnItsWay, calendar: inout EventCalendar<Event>) {
        let (id, _) = seedCase(key, like.family, at: calendar.now)
        cases[id].unsafe = like.unsafe
        cases[id].route = like.route
        if like.investigated {
            startInvestigation(id, calendar: &calendar)
        } else {
            cases[id].phase = .away
            scheduleHazards(id, calendar: &calendar)
        }
    }

    /// A case a warm start seeds, like a pilot's `family` and known to care: its own stream started, from
    /// which it draws its setting, whether it is a multi-problem family and the uniforms of `CaseDraws`.
    /// In a region of municipalities it is of `municipality`, or draws one.
    mutating func seedCase(_ key: UInt64, _ family: InitialStock.Family, municipality: Int? = nil, at now: Double) -> (
        id: Int32, stream: RandomStream
    ) {
        let id = cases.nextId
        let stream = caseStreams.start(slot: id, entity: key)
        let home = municipalities.isEmpty ? 0 : municipality ?? municipalities.draw(stream.uniform())
        enter(home)
        let (setting, birth) = drawChild(stream, at: now)
        let complex = stream.uniform() < parameters.onset.complexProbability[family.need]
        var record = Case(need: family.need, setting: setting, complex: complex, unsafe: false, isRelapse: false, onset: now)
        record.key = key
        record.birth = birth
        record.draws = CaseDraws(stream)
        record.assigned = family.assigned
        // The pilot's count: a family waiting meets its next professional when its episode begins, as in the
        // pilot; one in care has met the current one (restored after its episode begins, `seed`).
        record.professionals = family.professionals
        record.aftercare = family.aftercare
        record.hadGeneralist = family.professionals > 0
        record.longTerm = family.longTerm
        record.knownToCare = true
        record.municipality = UInt8(home)
        let added = cases.add(record)
        assert(added == id)
        recorder.inSystemSeries.add(1, at: now)
        return (id, stream)
    }

    /// A seeded episode's trajectory began as long before `now` as a pilot family's in an episode at the same
    /// service, drawn at random (one in care has a trajectory of its service's provider type, `ProviderType`).
    mutating func backdateTrajectory(_ id: Int32, like ages: [Double], _ stream: RandomStream, at now: Double) {
        guard cases[id].phase == .inService, cases[id].trajectory != nil, !ages.isEmpty else { return }
        cases[id].trajectoryStart = now - ages[stream.index(below: ages.count)]
    }

    /// `value` rounded down or up, up with probability its fractional part.
    static func roundAtRandom(_ value: Double, _ stream: RandomStream) -> Double {
        let whole = value.rounded(.down)
        return whole + (stream.uniform() < value - whole ? 1 : 0)
    }

    /// A case in care (or waiting) at `service`'s `provider` when the run begins, like a `family` of the
    /// pilot (its need, professionals met and aftercare), or of the service's level when the pilot had none.
    /// Returns the case's id.
    mutating func seed(
        _ key: UInt64, _ family: InitialStock.Family?, at service: Service, provider: Int, municipality: Int? = nil,
        calendar: inout EventCalendar<Event>
    ) -> Int32 {
        let now = calendar.now
        let level: Level
        switch service {
        case .specialist(let pool): level = pool
        case .outOfHome: level = 7
        case .longTerm: level = LongTermCare.level
        case .caseworker: level = 5
        case .access, .generalist: level = Levels.generalist.lowerBound
        }
        let like =
            family
            ?? InitialStock.Family(
                need: level, assigned: level, professionals: 0, aftercare: false, longTerm: service == .longTerm, supervision: false)
        let need = like.need
        let (id, stream) = seedCase(key, like, municipality: municipality, at: now)
        cases[id].service = service.index
        cases[id].provider = Int32(provider)
        cases[id].phase = .waiting
        cases[id].joined = now
        if service == .caseworker { cases[id].unsafe = true }
        switch services[service.index].arrive(id, priority: Double(10 - need), provider: provider, at: now) {
        case .started where service == .caseworker:
            // An order under way: the care it prescribed has ended, the order runs on.
            cases[id].supervision = true
            cases[id].professionals = max(2, cases[id].professionals)
            cases[id].phase = .supervisionOnly
            cases[id].pendingExit = .resolved(at: need)
            let residual = tables.duration(service: service.index, level: 0).equilibriumResidual(stream)
            calendar.schedule(.serviceEnd(id, service: Int8(service.index)), after: residual)
        case .started:
            begin(id, inProgress: true, calendar: &calendar)
            if let family { cases[id].professionals = family.professionals }
        case .queued(let ticket):
            cases[id].ticket = ticket
            scheduleHazards(id, calendar: &calendar)
        }
        if family?.supervision == true { seedOrder(id, stream, calendar: &calendar) }
        return id
    }

    /// The supervision order that runs beside a seeded family's care (M12): the family holds a caseworker's
    /// place, if one is free, for the time still to run of an order (caseworkers are one provider,
    /// `providerCount`).
    mutating func seedOrder(_ id: Int32, _ stream: RandomStream, calendar: inout EventCalendar<Event>) {
        let index = Service.caseworker.index
        guard services[index].members[0].busy < services[index].members[0].servers else { return }
        _ = services[index].arrive(id, priority: 0, provider: 0, at: calendar.now)
        cases[id].supervision = true
        cases[id].unsafe = true
        let residual = tables.duration(service: index, level: 0).equilibriumResidual(stream)
        calendar.schedule(.serviceEnd(id, service: Int8(index)), after: residual)
    }

}
