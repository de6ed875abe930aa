import SimKernel
import YouthCare

/// Keys of the consultation function (M10) and of calling in a specialist beside the generalist (M11).
extension DefinitionList {
    mutating func addConsultation() {
        let front = Provenance.source(.stimulerendeOmgeving, "467-510", "specialist expertise to the front; size assumed")
        add(
            "consultation.fte", .number, "FTE", 0...10_000, 0, .assumption("the baseline has no consultation function"),
            "M10: specialist FTE giving consultation to generalists, settings and general practice"
        ) { $0.consultation.fte = $1 }
        choice(
            "consultation.funding", ModelParameters.Consultation.Funding.shift,
            .source(.samenOmHetKind, "1175-1192", "consultation paid from specialist care or with new money"),
            "shift: consultation FTE leave specialist treatment; add: new money, treatment unchanged"
        ) {
            $0.consultation.funding = $1
        }
        add(
            "consultation.hoursPerFTEPerYear", .number, "hours", 0...2000, 1300, .assumption("productive hours of a full-time specialist"),
            "Consultation hours one FTE gives a year (and the treatment hours a shifted FTE takes out of the pools)"
        ) { $0.consultation.hoursPerFTEPerYear = $1 }
        add(
            "consultation.hoursPerConsultation", .number, "hours", 0.1...100, 3, .assumption("a case discussion with preparation"),
            "Hours one consultation takes"
        ) { $0.consultation.hoursPerConsultation = $1 }
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
            add("consultation.askRate.\(route.key)", .number, "probability", 0...1, rate, provenance, "Probability \(what)") {
                $0.consultation.askRate[route.rawValue] = $1
            }
        }
        add(
            "consultation.triageAccuracyEffect", .number, "share of errors removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476-478", "the front judges better when specialist help is needed; size assumed"),
            "(a) A consulted triage by the neighbourhood team avoids this share of triage errors"
        ) { $0.consultation.triageAccuracyEffect = $1 }
        add(
            "consultation.referralAccuracyEffect", .number, "share of errors removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476-478", "the front judges better when specialist help is needed; size assumed"),
            "(a) A consulted general practice avoids this share of referral errors"
        ) { $0.consultation.referralAccuracyEffect = $1 }
        add(
            "consultation.generalistSuccessEffect", .number, "share of failures removed", 0...1, 0.3,
            .source(.stimulerendeOmgeving, "476", "the front solves more problems itself; size assumed"),
            "(b) A consulted generalist episode avoids this share of failures (and the step up they bring)"
        ) { $0.consultation.generalistSuccessEffect = $1 }
        add(
            "consultation.settingResolution", .number, "probability", 0...1, 0.2,
            .source(
                .samenOmHetKind, "1277-1283",
                "one specialist in a school prevented six to eight referrals in two school years; the hours are not given, size assumed"),
            "(b) Probability a school or childcare that consulted resolves a need of levels 2-4 itself, without referral"
        ) { $0.consultation.settingResolution = $1 }
        add(
            "consultation.practiceResolution", .number, "probability", 0...1, 0.2,
            .source(.gedurfdeAmbitie, "466-470", "a referral can be avoided with a specialist's advice; size assumed"),
            "(b) Probability a general practice that consulted resolves a need of levels 2-4 itself, without referral"
        ) { $0.consultation.practiceResolution = $1 }
        add(
            "consultation.detectionEffect", .number, "share of delay removed", 0...1, 0.3, front,
            "(c) A consulted setting signals this much sooner"
        ) { $0.consultation.detectionEffect = $1 }
        add(
            "consultation.inducedNeedsPerConsultation", .number, "needs per consultation", 0...10, 0.025,
            .source(
                .dialoogpaperWijkteams, "824-828",
                "an open door draws demand (aanzuigende werking); size assumed: one light need per 40 consultations"),
            "(d) Extra light needs (levels 2-3) that arise per consultation given"
        ) { $0.consultation.inducedNeedsPerConsultation = $1 }
        add(
            "consultation.episodeShortening", .number, "share of the episode", 0...0.9, 0.2,
            .source(.stimulerendeOmgeving, "500-502", "the generalist can act quickly instead of arranging others' help; size assumed"),
            "A consulted generalist episode is this much shorter (the neighbourhood team's load falls)"
        ) { $0.consultation.episodeShortening = $1 }
        for effect in ConsultationEffect.allCases {
            flag(
                "consultation.effects.\(effect.rawValue)", true, .assumption("every effect on unless a scenario isolates one"),
                "Switch for consultation effect \(effect.rawValue)"
            ) { p, on in
                if on { p.consultation.effects.insert(effect) } else { p.consultation.effects.remove(effect) }
            }
        }
    }

    mutating func addAddOn() {
        choice(
            "addOn.mode", ModelParameters.AddOn.Mode.referral,
            .source(.vanDenkenNaarDoen, "806-808", "call in (erbij halen) instead of refer (doorverwijzen); baseline refers"),
            "M11: referral hands the case to the specialist; addOn keeps the generalist involved"
        ) { $0.addOn.mode = $1 }
        add(
            "addOn.slotShare", .number, "share of a slot", 0...1, 0.25, .assumption("a quarter of a generalist's time per case"),
            "Share of a generalist slot an add-on case keeps during specialist care"
        ) { $0.addOn.slotShare = $1 }
        add(
            "addOn.relapseFactor", .number, "multiplier", 0...1, 0.7,
            .source(.vanDenkenNaarDoen, "1053-1062", "the generalist stays and eases the way back; size assumed"),
            "Relapse multiplier for cases cared for in add-on mode"
        ) { $0.addOn.relapseFactor = $1 }
    }
}
