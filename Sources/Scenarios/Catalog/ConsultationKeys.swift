import SimKernel
import YouthCare

/// Keys of the consultation function (M10) and of calling in a specialist beside the generalist (M11).
extension DefinitionList {
    mutating func addConsultation() {
        let front = Provenance.source(.stimulerendeOmgeving, "467-510", "specialist expertise to the front; size assumed")
        add(
            "consultation.fte", .number, "FTE", 0...10_000, 0, .assumption("the baseline has no consultation function"),
            "M10: specialist FTE giving consultation to generalists and settings"
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
            "Consultation hours one FTE gives a year"
        ) { $0.consultation.hoursPerFTEPerYear = $1 }
        add(
            "consultation.hoursPerConsultation", .number, "hours", 0.1...100, 3, .assumption("a case discussion with preparation"),
            "Hours one consultation takes"
        ) { $0.consultation.hoursPerConsultation = $1 }
        add(
            "consultation.specialistSlotsPerFTE", .number, "concurrent cases", 0...200, 12,
            .assumption("a specialist's open treatment caseload"),
            "Treatment places one shifted FTE takes out of the specialist pools"
        ) { $0.consultation.specialistSlotsPerFTE = $1 }
        add(
            "consultation.askRateAtTriage", .number, "probability", 0...1, 0.5, front,
            "Probability the neighbourhood team asks a consultation for a case at triage"
        ) { $0.consultation.askRateAtTriage = $1 }
        add(
            "consultation.askRateInSettings", .number, "probability", 0...1, 0.3,
            .source(.samenOmHetKind, "1277-1283", "a specialist in school (De Ronde Venen); rate assumed"),
            "Probability a school or childcare asks a consultation for a child at onset"
        ) { $0.consultation.askRateInSettings = $1 }
        add(
            "consultation.triageAccuracyEffect", .number, "share of errors removed", 0...1, 0.3, front,
            "(a) A consulted triage removes this share of triage errors"
        ) { $0.consultation.triageAccuracyEffect = $1 }
        add(
            "consultation.generalistSuccessEffect", .number, "share of failures removed", 0...1, 0.3,
            .source(.samenOmHetKind, "1277-1283", "six to eight referrals prevented in two school years; size assumed"),
            "(b) A consulted generalist episode avoids this share of failures"
        ) { $0.consultation.generalistSuccessEffect = $1 }
        add(
            "consultation.detectionEffect", .number, "share of delay removed", 0...1, 0.3, front,
            "(c) A consulted setting signals this much sooner"
        ) { $0.consultation.detectionEffect = $1 }
        add(
            "consultation.inducedDemandPerFTE", .number, "fraction per FTE", 0...1, 0.01,
            .source(.dialoogpaperWijkteams, "824-828", "an open door draws demand (aanzuigende werking); size assumed"),
            "(d) Relative rise in level 2-3 incidence per consultation FTE"
        ) { $0.consultation.inducedDemandPerFTE = $1 }
        for effect in ConsultationEffect.allCases {
            flag(
                "consultation.effects.\(effect.rawValue)", true, .assumption("all four effects on unless a scenario isolates one"),
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
