import SimKernel

/// Every input of the youth-care model, one field per mechanism of docs/model.md section 6.
///
/// Plain values. The initial values below only make the struct constructible: the scenario catalog
/// (`ParameterCatalog` in the Scenarios module) sets every field, and it is the one place where keys, defaults,
/// units, ranges and provenance are stated. Rates given "per year" in scenarios are stored per year here too;
/// the model converts them to its time unit, the day.
/// Arrays indexed by level have 8 entries so that `x[level]` reads naturally (entries 0 and 1 unused).
public struct ModelParameters: Sendable {
    public struct Run: Sendable {
        public var years = 10.0
        public var warmUpYears = 3.0
        public var startYear = 2026
        /// Start from a steady state (`InitialStock`, found by a pilot) rather than from empty.
        public var warmStart = false
    }

    /// M1: Poisson onsets of new needs, per level.
    public struct Onset: Sendable {
        public var youths = 0.0
        public var incidencePer1000 = [Double](repeating: 0, count: 8)
        public var annualGrowth = 0.0
        /// Multiplier per calendar month (January first).
        public var season = [Double](repeating: 1, count: 12)
        public var ageBandShares = [Double](repeating: 0, count: AgeBand.allCases.count)
        public var complexProbability = [Double](repeating: 0, count: 8)
        /// Multiplier on generalist success for multi-problem families.
        public var complexSuccessFactor = 1.0
        public var unsafeProbability = [Double](repeating: 0, count: 8)
    }

    /// Help ends when a youth comes of age (18), unless it goes on as help for a young adult (docs/model.md,
    /// age): per `HelpKind`, the share of youths whose help of that kind goes on past 18, and the age it
    /// goes on to.
    public struct Age: Sendable {
        /// Off: help never ends with age (a model of needs without children, as before 0.10).
        public var enabled = true
        public var continuedShare = [Double](repeating: 0, count: HelpKind.allCases.count)
        public var helpEndsAtYears = [Double](repeating: 18, count: HelpKind.allCases.count)
    }

    /// M2 and M7: competing hazards before help and while waiting, per year.
    public struct NaturalCourse: Sendable {
        public var enabled = true
        public var resolutionPerYear = [Double](repeating: 0, count: 8)
        public var deteriorationPerYear = [Double](repeating: 0, count: 8)
    }

    /// M3: delay from onset to access.
    public struct Detection: Sendable {
        public var enabled = true
        public var meanDelayDays = [Double](repeating: 0, count: Setting.allCases.count)
        public var signallingMultiplier = 1.0
    }

    /// M4: routes into care and the accuracy of triage.
    public struct Access: Sendable {
        public var routeShares = [Double](repeating: 0, count: Route.referrers.count)
        public var assessmentDays = 0.0
        /// Concurrent assessments the neighbourhood team's access desk can run.
        public var capacity = 1
        public var triageErrors = true
        public var triageAccuracy = 1.0
        /// Of triage errors, the share that assigns one level too high (the rest one too low).
        public var overAssignmentShare = 0.5
        public var directReferralAccuracy = 1.0
    }

    /// Duration of a service: mean and coefficient of variation, drawn from `family`.
    public struct Duration: Sendable {
        public var meanDays = 1.0
        public var cv = 1.0
        public var family = Distribution.Family.gamma
        public var distribution: Distribution { .withMean(meanDays, cv: cv, family: family) }
    }

    /// M5: the neighbourhood team's generalists.
    public struct Generalist: Sendable {
        public var fte = 0.0
        public var caseloadPerFTE = 0.0
        public var duration = [Duration](repeating: Duration(), count: 8)
        /// Probability an episode resolves the need when the assigned level is at least the need.
        public var success = [Double](repeating: 1, count: 8)
        public var underAssignedSuccess = 0.0
        /// Share of level-4 cases served by a specialist provider rather than the generalist.
        public var level4SpecialistShare = 0.5
        /// FTE of one neighbourhood team: the FTE are split over teams of this size, each with its own
        /// waiting list (`Providers`); 0 keeps one team.
        public var ftePerTeam = 0.0
        /// Working hours of a generalist FTE a year: what the team's consultation hours are counted against.
        public var hoursPerFTEPerYear = 0.0
        public var slots: Int { Int((fte * caseloadPerFTE).rounded(.down)) }
    }

    /// Outcome probabilities at the end of a specialist episode (the rest: resolved).
    public struct Outcomes: Sendable {
        public var stepDown = 0.0
        public var stepUp = 0.0
        public var dropOut = 0.0
    }

    /// M6: specialist pools (levels 4-6) and out-of-home places (level 7).
    public struct Specialist: Sendable {
        public var capacity = [Int](repeating: 0, count: 8)
        /// Specialist hours one treatment place takes a year, per level (what a shifted FTE's hours free).
        public var hoursPerPlacePerYear = [Double](repeating: 0, count: 8)
        /// Places of one provider at a level: the level's places are split over providers of this size, each
        /// with its own waiting list (`Providers`); 0 keeps one provider.
        public var placesPerProvider = [Int](repeating: 0, count: 8)
        /// Probability a referral to a specialist level compares two providers and takes the one with fewer
        /// waiting per place (`Providers.refer`); 0: the provider of a place drawn at random.
        public var shorterListChoice = 0.0
        /// How unequal specialist providers are: places in proportion to (k + 1)^-skew (`Providers.split`).
        public var providerSizeSkew = 0.0
        /// Days a family waits at its specialist provider before it moves to the provider with the fewest
        /// waiting per place, if that one has fewer than its own (once a wait); 0: families never switch.
        public var switchAfterDays = 0.0
        /// The episodes a specialist provider may start in a budget year, as a share of what its places start
        /// at full use (places x 365.25 / the level's mean episode days); 0: no volume ceiling per provider.
        public var contractVolumeShare = 0.0
        public var duration = [Duration](repeating: Duration(), count: 8)
        public var discipline = Station.Discipline.fifo
        public var outcomes = Outcomes()
        /// Probability an under-assigned episode (assigned below need) fails and steps up.
        public var underAssignedFailure = 0.0
        public var placementShares = [Double](repeating: 0, count: Placement.allCases.count)
        public var placementCapacity = [Int](repeating: 0, count: Placement.allCases.count)
        public var placementDuration = [Duration](repeating: Duration(), count: Placement.allCases.count)
        /// Foster care: the share of placements that are long stays (network and long-term foster care,
        /// often to adulthood), and their length; the rest last `placementDuration`.
        public var fosterLongStayShare = 0.0
        public var fosterLongStay = Duration()
        /// After out-of-home care: probability of return to ambulant specialist care (terugstroom) rather than exit.
        public var returnToAmbulant = 0.0
    }

    /// Long low-intensity ambulant help (`Service.longTerm`): its own needs, capacity in FTE-hours.
    public struct LongTerm: Sendable {
        public var incidencePer1000 = 0.0
        public var fte = 0.0
        public var hoursPerFTEPerYear = 0.0
        public var contactsPerMonth = 0.0
        public var hoursPerContact = 0.0
        /// Concurrent cases of one provider (0: one provider).
        public var casesPerProvider = 0
        public var duration = Duration()
        /// Concurrent cases: the FTE's hours over the hours a case takes a year.
        public var slots: Int {
            let hoursPerCase = 12 * contactsPerMonth * hoursPerContact
            return hoursPerCase > 0 ? Int((fte * hoursPerFTEPerYear / hoursPerCase).rounded(.down)) : 0
        }
    }

    /// M7: families giving up while waiting, and applying again while their need lasts.
    public struct Waiting: Sendable {
        public var enabled = true
        public var dropoutPerYear = 0.0
        /// Hazard that a family that gave up waiting or stopped its care applies again.
        public var returnPerYear = 0.0
    }

    /// M8: step down to generalist aftercare.
    public struct StepDown: Sendable {
        public var enabled = true
        public var aftercare = Duration()
    }

    /// M9: relapse after a resolved episode.
    public struct Relapse: Sendable {
        public var enabled = true
        public var probability = 0.0
        public var windowDays = 365.0
        /// Multiplier on the relapse probability after aftercare or add-on care (continuity).
        public var continuityFactor = 1.0
    }

    /// M10: the consultation function ("specialist expertise to the front"): where it reaches, how often it
    /// is asked, and the size of each effect on a consulted case.
    public struct Consultation: Sendable {
        public enum Funding: String, Sendable, CaseIterable { case shift, add }
        public var fte = 0.0
        public var funding = Funding.shift
        public var hoursPerFTEPerYear = 0.0
        public var hoursPerConsultation = 1.0
        /// Probability a case on each route (`ConsultationRoute`) is asked about.
        public var askRate = [Double](repeating: 0, count: ConsultationRoute.allCases.count)
        /// (a) Share of triage errors a consulted neighbourhood team avoids, and of referral errors a consulted
        /// general practice avoids.
        public var triageAccuracyEffect = 0.0
        public var referralAccuracyEffect = 0.0
        /// (b) Share of failures a consulted generalist episode avoids.
        public var generalistSuccessEffect = 0.0
        /// (b) Share of consulted needs (levels 2-4) a school or childcare, or a general practice, resolves
        /// without a referral into care.
        public var settingResolution = 0.0
        public var practiceResolution = 0.0
        /// (c) Share of a consulted setting's detection delay removed.
        public var detectionEffect = 0.0
        /// (d) Extra light needs (levels 2-3) drawn per consultation given ("aanzuigende werking").
        public var inducedNeedsPerConsultation = 0.0
        /// Share by which a consulted generalist episode is shorter (a lighter generalist load).
        public var episodeShortening = 0.0
        /// The effects switched on (all unless a scenario isolates one).
        public var effects = Set(ConsultationEffect.allCases)
        /// Share of a consulting specialist's working time still spent treating; below `treatingThreshold`
        /// what the advice is worth halves every `effectHalfLifeYears` (0: it keeps its worth) from when the
        /// specialists stopped treating (Samen om het kind l.1628-1634).
        public var treatingShare = 1.0
        public var treatingThreshold = 0.0
        public var effectHalfLifeYears = 0.0
        /// Hours one consultation takes of the professional who asks, per route (`ConsultationRoute`), and
        /// what such an hour costs; the team's hours come out of its caseload (M10, Een gedurfde ambitie
        /// l.440-449).
        public var askerHours = [Double](repeating: 0, count: ConsultationRoute.allCases.count)
        public var askerHourCost = [Double](repeating: 0, count: ConsultationRoute.allCases.count)
        /// Requests are triaged: about a need of `priorityLevel` or above a request may wait up to
        /// `maxWaitDays` for hours to come free; about a lighter need it is given from hours at hand or lapses.
        public var priorityLevel = 8
        public var maxWaitDays = 0.0
        /// The forms beside the advice session (`ConsultationForm`): the share of the team's consultations
        /// about a family it keeps that become joint treatment, its hours and its effect on the generalist's
        /// success; and the hours of flying in for a family the team finds needs more than it can give
        /// (0: no flying in).
        public var jointTreatmentShare = 0.0
        public var jointTreatmentHours = 0.0
        public var jointTreatmentSuccessEffect = 0.0
        public var flyInHours = 0.0
    }

    /// M13: consultations in a setting build competence that stays after the specialist left, decays with
    /// staff turnover, and lets the setting resolve more needs itself.
    public struct Competence: Sendable {
        public var enabled = true
        public var halfLifeYears = 1.0
        /// Share of needs (levels 2-4) arising in a setting that a fully competent setting resolves itself.
        public var maximumResolution = 0.0
        /// Consultations retained per 1,000 youths of the setting at which half the maximum is reached.
        public var consultationsForHalf = 1.0
        /// The neighbourhood team learns too: its half-life, the share of generalist failures a fully
        /// competent team avoids, and its consultations retained per 1,000 youths for half of that.
        public var teamHalfLifeYears = 1.0
        public var teamMaximumSuccessEffect = 0.0
        public var teamConsultationsForHalf = 1.0
    }

    /// M14: the access threshold of the neighbourhood team.
    public struct Threshold: Sendable {
        /// The level at which the door opens: needs triaged below it are turned away to basic services (a
        /// fraction turns that share of the level below away). 2 turns nobody away; below 2 the door is open
        /// wider and draws demand.
        public var level = 2.0
        /// Relative rise in the incidence of levels 2-4 per level the threshold lies below 2.
        public var openDoorDemand = 0.0
        /// Hazard that a turned-away family applies again while its need lasts.
        public var reapplyPerYear = 0.0

        /// The multiplier on the incidence of levels 2-4: a door open wider than the baseline's lets in
        /// questions basic services would otherwise answer ("mateloze consumptie", Dialoogpaper wijkteams
        /// l.670-688).
        public var openDoorMultiplier: Double { 1 + openDoorDemand * max(0, 2 - level) }
    }

    /// M15: every professional beyond a family's first costs hand-off hours and burdens the family.
    public struct Collaboration: Sendable {
        public var enabled = true
        public var hoursPerHandOff = 0.0
        public var costPerHour = 0.0
        /// Relative rise in a family's drop-out hazard and drop-out probability per professional beyond the first.
        public var burdenPerProfessional = 0.0
    }

    /// M11: call in (add-on) versus refer.
    public struct AddOn: Sendable {
        /// Whether a specialist takes the case over (referral) or works beside the generalist (add-on).
        public enum Mode: String, Sendable, CaseIterable { case referral, addOn }
        public var mode = Mode.referral
        /// Share of a generalist slot an add-on case keeps while the specialist works.
        public var slotShare = 0.0
        public var relapseFactor = 1.0
    }

    /// M12: child protection.
    public struct ChildProtection: Sendable {
        public var enabled = true
        public var reportDays = 0.0
        public var investigationDays = 0.0
        public var courtProbability = 0.0
        public var caseworkerCapacity = 0
        public var supervision = Duration()
        public var placementProbability = 0.0
        /// Hazard per year, by need level, that a family's safety worsens while help has not come (before
        /// detection, waiting, away or turned away): it is reported to the safety centre.
        public var escalationPerYear = [Double](repeating: 0, count: 8)
        /// Share of unsafe children who need out-of-home care that are in acute danger, and the mean days to
        /// their crisis placement under a provisional order (the investigation follows it).
        public var crisisShare = 0.0
        public var crisisPlacementDays = 0.0
    }

    /// docs/model.md section 7: pricing, fixed costs, budgets and ceilings (Van denken naar doen l.1489-1676).
    public struct Money: Sendable, Equatable {
        public enum Pricing: Int, Sendable, CaseIterable {
            case trajectory, perContact, perHour, perDay, lumpSum
            public var key: String { ["trajectory", "perContact", "perHour", "perDay", "lumpSum"][rawValue] }
        }
        public enum Payment: String, Sendable, CaseIterable { case atStart, atCompletion }
        public enum CeilingBehaviour: Int, Sendable, CaseIterable {
            case waitlist, overspend, stepDown
            public var key: String { ["waitlist", "overspend", "stepDown"][rawValue] }
        }

        /// Per level 4-7 (specialist providers); levels 2-3 and generalist level 4 are paid through generalist FTE.
        public var pricing = [Pricing](repeating: .trajectory, count: 8)
        /// Euros per trajectory, per contact or hour, or per day, by the level's pricing.
        public var price = [Double](repeating: 0, count: 8)
        /// Contacts or hours delivered per week (perContact, perHour).
        public var unitsPerWeek = [Double](repeating: 0, count: 8)
        /// Euros a year to the level's providers under lumpSum, whatever the volume.
        public var lumpSum = [Double](repeating: 0, count: 8)
        /// What a day of care costs the provider to deliver (for margins under trajectory pricing).
        public var providerCostPerDay = [Double](repeating: 0, count: 8)
        /// Per `Placement`: a day of each placement type, when level 7 is paid per day (the ladder foster care,
        /// family home, residential, secure has its cost gradient).
        public var placementPricePerDay = [Double](repeating: 0, count: Placement.allCases.count)
        /// A month of long low-intensity help (`Service.longTerm`), booked day by day on the level-4 line.
        public var longTermPricePerMonth = 0.0
        /// Price multiplier by setting: the level x setting price grid (Van denken naar doen l.1628-1636).
        public var settingFactor = [Double](repeating: 1, count: Setting.allCases.count)
        public var trajectoryPayment = Payment.atStart
        public var indexation = 0.0
        public var generalistCostPerFTE = 0.0
        public var caseworkerCostPerFTE = 0.0
        public var ordersPerCaseworker = 15.0
        public var performanceSubsidy = 0.0
        /// Macro budget for the first reported year (0: none), growing by `budgetGrowth` a year.
        public var macroBudget = 0.0
        public var budgetGrowth = 0.0
        /// Yearly ceiling per level (0: none).
        public var ceiling = [Double](repeating: 0, count: 8)
        public var ceilingBehaviour = CeilingBehaviour.overspend
    }

    public var run = Run()
    /// The regions the system is made of, which share nothing (`Region`); none: one region, the whole.
    public var regions: [Region] = []
    /// The municipalities of the region, which share its specialist providers and each have their own front
    /// (`Municipality`); none (or one): the system is one municipality.
    public var municipalities: [Municipality] = []
    /// A policy timeline: from each change's month on, the model runs with the change's parameters.
    public var changes: [ParameterChange] = []
    /// Where a warm start begins; `Experiment` finds it with a pilot when `run.warmStart` is set.
    public var initialStock: InitialStock?
    public var money = Money()
    public var onset = Onset()
    public var age = Age()
    public var naturalCourse = NaturalCourse()
    public var detection = Detection()
    public var access = Access()
    public var generalist = Generalist()
    public var specialist = Specialist()
    public var longTerm = LongTerm()
    public var waiting = Waiting()
    public var stepDown = StepDown()
    public var relapse = Relapse()
    public var consultation = Consultation()
    public var competence = Competence()
    public var threshold = Threshold()
    public var collaboration = Collaboration()
    public var addOn = AddOn()
    public var childProtection = ChildProtection()

    public init() {}
}

/// One step of a policy timeline (`docs/model.md`, timelines): from `month` on (months from the first
/// reported January, 0 for January of `run.startYear`) the model runs with `parameters`.
public struct ParameterChange: Sendable {
    public var month: Int
    public var parameters: ModelParameters

    public init(month: Int, parameters: ModelParameters) {
        self.month = month
        self.parameters = parameters
    }
}

extension ModelParameters {
    /// The same youth-care system for `youths` youths: every capacity, FTE and amount that grows with the
    /// population scaled alike, sizes of teams and providers kept (so per place it is the same system).
    public func scaled(toYouths youths: Double) -> ModelParameters {
        guard onset.youths > 0 else { return self }
        let factor = youths / onset.youths
        let whole = { (value: Int) in Int((Double(value) * factor).rounded()) }
        var p = self
        p.onset.youths = youths
        p.access.capacity = max(1, whole(access.capacity))
        p.generalist.fte = generalist.fte * factor
        p.specialist.capacity = specialist.capacity.map(whole)
        p.specialist.placementCapacity = specialist.placementCapacity.map(whole)
        p.longTerm.fte = longTerm.fte * factor
        p.childProtection.caseworkerCapacity = whole(childProtection.caseworkerCapacity)
        p.consultation.fte = consultation.fte * factor
        p.money.macroBudget = money.macroBudget * factor
        p.money.ceiling = money.ceiling.map { $0 * factor }
        p.money.lumpSum = money.lumpSum.map { $0 * factor }
        p.money.performanceSubsidy = money.performanceSubsidy * factor
        p.changes = changes.map { change in
            var change = change
            change.parameters = change.parameters.scaled(toYouths: change.parameters.onset.youths * factor)
            return change
        }
        return p
    }
}
