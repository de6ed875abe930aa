import SimKernel
import YouthCare

/// Keys of the consultation function (M10) and of calling in a specialist beside the generalist (M11).
extension DefinitionList {
    mutating func addConsultation() {
        let front = Provenance.source(.stimulerendeOmgeving, "467-510", "specialist expertise to the front; size assumed")
        add(
            "consultation.fte", .number, "FTE", 0...10_000, 0, .assumption("the baseline has no consultation function"),
            "M10: specialist FTE giving consultation to generalists, settings and general practice", \.consultation.fte
        )
        choice(
            "consultation.funding", ModelParameters.Consultation.Funding.shift,
            .source(.samenOmHetKind, "1175-1192", "consultation paid from specialist care or with new money"),
            "shift: consultation FTE leave specialist treatment; add: new money, treatment unchanged", \.consultation.funding
        )
        add(
            "consultation.hoursPerFTEPerYear", .number, "hours", 0...2000, 1300, .assumption("productive hours of a full-time specialist"),
            "Consultation hours one FTE gives a year (and the treatment hours a shifted FTE takes out of the pools)",
            \.consultation.hoursPerFTEPerYear
        )
        add(
            "consultation.hoursPerConsultation", .number, "hours", 0.1...100, 3, .assumption("a case discussion with preparation"),
            "Hours one consultation takes", \.consultation.hoursPerConsultation
        )
        add(
            "consultation.priorityLevel", .number, "level", 2...8, 4,
            .assumption("requests are triaged: needs at which specialist care is at stake (level 4 and up) may wait for hours; 8: none"),
            "Requests about a need of this level or above may wait for hours; lighter ones lapse when none are at hand",
            read: { Double($0.consultation.priorityLevel) }, write: { $0.consultation.priorityLevel = Int($1.rounded(.up)) })
        add(
            "consultation.maxWaitDays", .number, "days", 0...365, 10,
            .assumption("two working weeks: advice that comes later than that no longer serves the decision"),
            "Longest a priority request waits for hours before it lapses", \.consultation.maxWaitDays
        )
        let forms = Provenance.source(
            .stimulerendeOmgeving, "484-486", "guidance or treatment in or near the home together with the generalist; size assumed")
        add(
            "consultation.jointTreatmentShare", .number, "share of consultations", 0...1, 0.2, forms,
            "Share of the team's consultations about a family it keeps that become joint treatment in or near the home",
            \.consultation.jointTreatmentShare
        )
        add(
            "consultation.jointTreatmentHours", .number, "hours", 0...200, 9,
            .assumption("three sessions of three hours with travel, in place of the advice session"),
            "Specialist hours a joint treatment takes (counted as treatment hours at the front)", \.consultation.jointTreatmentHours
        )
        add(
            "consultation.jointTreatmentSuccessEffect", .number, "share of failures removed", 0...1, 0.5,
            .source(.gedurfdeAmbitie, "481-490", "two professionals know and can do more than one; size assumed"),
            "A jointly treated generalist episode avoids this share of failures (in place of the advice's effect)",
            \.consultation.jointTreatmentSuccessEffect
        )
        add(
            "consultation.flyInHours", .number, "hours", 0...200, 6,
            .source(.stimulerendeOmgeving, "484-486", "the specialist comes in to the family with the generalist; hours assumed; 0: never"),
            "Specialist hours of flying in for a family the team finds needs specialist help (levels 5-6): its help starts at once",
            \.consultation.flyInHours
        )
        let ask: [ConsultationRoute: (Double, Provenance, String)] = [
            .neighbourhoodTeam: (0.5, front, "the neighbourhood team asks about a case at triage"),
            .settings: (
                0.3, .source(.samenOmHetKind, "1277-1283", "a specialist in school (De Ronde Venen); rate assumed"),
                "a school or childcare asks about a child in whom a need arises"
            ),
            .generalPractice: (
                0.3,
                .source(
                    .gedurfdeAmbitie, "466-470",
                    "a referral can be avoided when the first line can ask a specialist's advice once or a few times; rate assumed"),
                "a general practice asks about a child it would refer (a youth specialist in the practice)"
            ),
        ]
        for route in ConsultationRoute.allCases {
            let (rate, provenance, what) = ask[route]!
            add(
                "consultation.askRate.\(route.key)", .number, "probability", 0...1, rate, provenance, "Probability \(what)",
                \.consultation.askRate[route.rawValue])
        }
        add(
            "consultation.triageAccuracyEffect", .number, "share of errors removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476-478", "the front judges better when specialist help is needed; size assumed"),
            "(a) A consulted triage by the neighbourhood team avoids this share of triage errors", \.consultation.triageAccuracyEffect
        )
        add(
            "consultation.referralAccuracyEffect", .number, "share of errors removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476-478", "the front judges better when specialist help is needed; size assumed"),
            "(a) A consulted general practice avoids this share of referral errors", \.consultation.referralAccuracyEffect
        )
        add(
            "consultation.generalistSuccessEffect", .number, "share of failures removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476", "the front solves more problems itself; size assumed"),
            "(b) A consulted generalist episode avoids this share of failures (and the step up they bring)",
            \.consultation.generalistSuccessEffect
        )
        add(
            "consultation.settingResolution", .number, "probability", 0...1, 0.04,
            .source(
                .samenOmHetKind, "1270-1283",
                "set with competence.maximumResolution so that referrals prevented per FTE over two years (about 22 in "
                    + "front-2fte-split) lie within De Ronde Venen's 6-40: one specialist in a school prevented six to eight referrals "
                    + "in two school years, at 0.2 to 1 FTE (the hours are not given)"),
            "(b) Probability a school or childcare that consulted resolves a need of levels 2-4 itself, without referral",
            \.consultation.settingResolution
        )
        add(
            "consultation.practiceResolution", .number, "probability", 0...1, 0.2,
            .source(.gedurfdeAmbitie, "466-470", "a referral can be avoided with a specialist's advice; size assumed"),
            "(b) Probability a general practice that consulted resolves a need of levels 2-4 itself, without referral",
            \.consultation.practiceResolution
        )
        add(
            "consultation.detectionEffect", .number, "share of delay removed", 0...1, 0.3, front,
            "(c) A consulted setting signals this much sooner", \.consultation.detectionEffect
        )
        add(
            "consultation.inducedNeedsPerConsultation", .number, "needs per consultation", 0...10, 0.025,
            .source(
                .dialoogpaperWijkteams, "824-828",
                "an open door draws demand (aanzuigende werking); size assumed: one light need per 40 consultations"),
            "(d) Extra light needs (levels 2-3) that arise per consultation given", \.consultation.inducedNeedsPerConsultation
        )
        add(
            "consultation.episodeShortening", .number, "share of the episode", 0...0.9, 0.2,
            .source(.stimulerendeOmgeving, "500-502", "the generalist can act quickly instead of arranging others' help; size assumed"),
            "A consulted generalist episode is this much shorter (the neighbourhood team's load falls)", \.consultation.episodeShortening
        )
        add(
            "consultation.treatingShare", .number, "share of working time", 0...1, 0,
            .assumption("the consultation FTE do nothing else: specialists moved wholly to the front, or hired for it"),
            "Share of a consulting specialist's working time still spent treating (0.5: a split role)", \.consultation.treatingShare
        )
        add(
            "consultation.treatingThreshold", .number, "share of working time", 0...1, 0.2,
            .source(
                .samenOmHetKind, "1628-1634",
                "coaching works only while the coach still treats in their own institution; a day a week assumed"),
            "Below this share of time treating, what a specialist's advice is worth decays", \.consultation.treatingThreshold
        )
        add(
            "consultation.effectHalfLifeYears", .number, "years", 0...100, 2,
            .source(.samenOmHetKind, "1628-1634", "expertise is lost when the treatment groups go; half-life assumed; 0: no decay"),
            "Years in which the worth of advice from specialists who no longer treat halves", \.consultation.effectHalfLifeYears
        )
        let askerTime = Provenance.source(
            .gedurfdeAmbitie, "440-449", "collaborating takes time and energy that cannot go to the family, on both sides; hours assumed")
        let asker: [ConsultationRoute: (hours: Double, cost: Double, costWhy: Provenance, who: String)] = [
            .neighbourhoodTeam: (
                1.5, 0, .assumption("paid with the team's FTE (money.generalistCostPerFTE): the hours cost caseload, not euros"),
                "a generalist of the neighbourhood team"
            ),
            .settings: (1, 70, .assumption("2024 euros: a teacher's hour with employer's charges"), "a teacher or childcare worker"),
            .generalPractice: (0.5, 120, .assumption("2024 euros: a general practitioner's hour"), "a general practitioner"),
        ]
        for route in ConsultationRoute.allCases {
            let a = asker[route]!
            add(
                "consultation.askerHours.\(route.key)", .number, "hours", 0...100, a.hours, askerTime,
                "Hours one consultation takes of \(a.who) who asks", \.consultation.askerHours[route.rawValue]
            )
            add(
                "consultation.askerHourCost.\(route.key)", .number, "euros per hour", 0...10_000, a.cost, a.costWhy,
                "Cost of an hour of \(a.who) who asks (booked on the askers line)", \.consultation.askerHourCost[route.rawValue]
            )
        }
        for effect in ConsultationEffect.allCases {
            flag(
                "consultation.effects.\(effect.rawValue)", true, .assumption("every effect on unless a scenario isolates one"),
                "Switch for consultation effect \(effect.rawValue)",
                read: { $0.consultation.effects.contains(effect) },
                write: { p, on in
                    if on { p.consultation.effects.insert(effect) } else { p.consultation.effects.remove(effect) }
                })
        }
    }

    mutating func addAddOn() {
        choice(
            "addOn.mode", ModelParameters.AddOn.Mode.referral,
            .source(.vanDenkenNaarDoen, "806-808", "call in (erbij halen) instead of refer (doorverwijzen); baseline refers"),
            "M11: referral hands the case to the specialist; addOn keeps the generalist involved", \.addOn.mode
        )
        add(
            "addOn.slotShare", .number, "share of a slot", 0...1, 0.25, .assumption("a quarter of a generalist's time per case"),
            "Share of a generalist slot an add-on case keeps during specialist care", \.addOn.slotShare
        )
        add(
            "addOn.relapseFactor", .number, "multiplier", 0...1, 0.7,
            .source(.vanDenkenNaarDoen, "1053-1062", "the generalist stays and eases the way back; size assumed"),
            "Relapse multiplier for cases cared for in add-on mode", \.addOn.relapseFactor
        )
    }
}
