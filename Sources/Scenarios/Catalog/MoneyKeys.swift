import SimKernel
import YouthCare

/// Keys of money: pricing, fixed costs, budgets and ceilings.
extension DefinitionList {
    mutating func addMoney() {
        let grid = Provenance.source(.vanDenkenNaarDoen, "1489-1676", "a price per intervention level (trajectory pricing); amount assumed")
        let model: [Level: ModelParameters.Money.Pricing] = [4: .trajectory, 5: .trajectory, 6: .trajectory, 7: .perDay]
        let price: [Level: Double] = [4: 3_500, 5: 7_000, 6: 21_000, 7: 220]
        // Prices in 2024 euros; a trajectory costs its hours (specialist.hoursPerPlacePerYear over the mean
        // duration) at one specialist hour of about EUR 137, so that money matches capacity: the consultation
        // hour is derived from these prices (ModelParameters.consultationHourCost), not set beside them.
        let hour =
            "about EUR 137 an hour, near the Bollenstreek 2024 maximum for highly specialised youth mental-health treatment "
            + "by an academic (EUR 131.40; Maximale tarieven PGB Jeugdhulp 2024 Bollenstreek)"
        let priceWhy: [Level: String] = [
            4: "a completed level-4 trajectory, 2024 euros: its 26 hours (78 a place-year over 120 days) at " + hour,
            5: "a completed level-5 trajectory, 2024 euros: its 51 hours (104 a place-year over 180 days) at " + hour,
            6: "a completed level-6 trajectory, 2024 euros: its 154 hours (312 a place-year over 180 days) at " + hour,
            7: "a day of out-of-home care, averaged over the placement types (per day each type has its own), 2024 euros",
        ]
        let units: [Level: Double] = [4: 1.5, 5: 2, 6: 5, 7: 0]
        let cost: [Level: Double] = [4: 25, 5: 35, 6: 80, 7: 200]
        for level in 4...7 {
            choice(
                "money.level\(level).pricing", model[level]!,
                level == 7 ? .assumption("out-of-home care is paid per day (docs/model.md section 7)") : grid,
                "How level-\(level) providers are paid: trajectory, perContact, perHour, perDay or lumpSum", \.money.pricing[level]
            )
            add(
                "money.level\(level).price", .number, "euros", 0...10_000_000, price[level]!,
                .assumption(priceWhy[level]!),
                level == 7
                    ? "Price per trajectory, contact or hour at level 7 when not paid per day (per day: money.placement.*.pricePerDay)"
                    : "Price per trajectory, contact, hour or day (by the pricing) at level \(level), in the first reported year",
                \.money.price[level]
            )
            add(
                "money.level\(level).unitsPerWeek", .number, "contacts or hours per week", 0...100, units[level]!,
                .source(.vanDenkenNaarDoen, "1375-1456", "contact counts per level; per week assumed"),
                "Contacts or hours delivered per week at level \(level) (perContact, perHour)", \.money.unitsPerWeek[level]
            )
            add(
                "money.level\(level).lumpSum", .number, "euros per year", 0...10_000_000_000, 0,
                .assumption("no lump sums in the baseline"),
                "Yearly amount to level-\(level) providers under lumpSum pricing", \.money.lumpSum[level]
            )
            add(
                "money.level\(level).providerCostPerDay", .number, "euros per day", 0...100_000, cost[level]!,
                .assumption("2024 euros: delivered effort per day of a running episode times the provider's hourly cost"),
                "The provider's cost of a day of level-\(level) care (margins under trajectory pricing)", \.money.providerCostPerDay[level]
            )
            add(
                "money.level\(level).ceiling", .number, "euros per year", 0...10_000_000_000, 0, .assumption("no ceiling in the baseline"),
                "Yearly budget ceiling for level \(level) (0: none)", \.money.ceiling[level]
            )
        }
        for setting in Setting.allCases {
            add(
                "money.settingFactor.\(setting.key)", .number, "multiplier", 0...10, 1,
                .source(.vanDenkenNaarDoen, "1628-1636", "prices differ by setting; no difference assumed"),
                "Price multiplier for cases from \(setting.key) (the level x setting grid)", \.money.settingFactor[setting.rawValue]
            )
        }
        choice(
            "money.trajectoryPayment", ModelParameters.Money.Payment.atStart,
            .source(.vanDenkenNaarDoen, "1489-1676", "a fixed price per trajectory; paid at its start assumed"),
            "When a trajectory price is paid: atStart or atCompletion (it counts in that budget year)", \.money.trajectoryPayment
        )
        add(
            "money.indexation", .number, "fraction per year", -0.5...1, 0.03, .assumption("yearly price index of about 3 %"),
            "Yearly price indexation of every price, cost and lump sum (compounding)", \.money.indexation
        )
        add(
            "money.generalistCostPerFTE", .number, "euros per year", 0...1_000_000, 105_000,
            .assumption("2024 euros: a youth and family worker with employer's charges and overhead"),
            "Yearly cost of a generalist FTE (pays levels 2-3 and generalist level 4)", \.money.generalistCostPerFTE
        )
        // A day of each placement type (2024 euros, as every price): the ladder's cost gradient. Public
        // tariffs anchor day treatment and, from below, the family home; no public tariff covers the country
        // for the rest (regional contracts differ by a fifth, after Handreiking Tarifering en Inkoop Pleegzorg).
        let perDay: [Placement: (Double, Provenance)] = [
            .dayTreatment: (
                138,
                .statistic(
                    "2024 euros: two day parts of day treatment A at EUR 68.82 (Maximale tarieven PGB Jeugdhulp 2024 Bollenstreek, "
                        + "set from the in-kind tariffs)")
            ),
            .fosterCare: (
                90,
                .assumption(
                    "2024 euros: the foster allowance of about EUR 23-28 a day (VWS pleegvergoeding, EUR 18.43-22.69 in 2019, "
                        + "consumer prices to 2024) plus the foster-care organisation's guidance")
            ),
            .familyHome: (
                250,
                .assumption(
                    "2024 euros: above the Bollenstreek 2024 PGB maximum for a family home (EUR 163.59 a day; in-kind tariffs "
                        + "sit above PGB maxima) with treatment and the building blocks of Handreiking tariefstelling gezinshuiszorg "
                        + "(VNG, VGN, Jeugdzorg Nederland 2021)")
            ),
            .residential: (420, .assumption("2024 euros: residential care, a treatment group with staff around the clock")),
            .secure: (
                850,
                .assumption(
                    "2024 euros: secure residential care (JeugdzorgPlus): closed setting, most staff per child; its tariffs cover "
                        + "cost at about 90 % occupancy (Jeugdautoriteit, Monitor JeugdzorgPlus 2024)")
            ),
        ]
        for placement in Placement.allCases {
            let (price, why) = perDay[placement]!
            add(
                "money.placement.\(placement.key).pricePerDay", .number, "euros per day", 0...100_000, price, why,
                "Price of a day of \(placement.key) when level 7 is paid per day", \.money.placementPricePerDay[placement.rawValue]
            )
        }
        add(
            "money.longTerm.pricePerMonth", .number, "euros per month", 0...100_000, 408,
            .statistic(
                "2024 euros: two contacts of 1.5 hours a month (longTerm.contactsPerMonth, longTerm.hoursPerContact) at about "
                    + "EUR 136 an hour, the treatment hour of levels 4-6"),
            "Price of a month of long low-intensity help (booked on the level-4 line)", \.money.longTermPricePerMonth
        )
        add(
            "money.caseworkerCostPerFTE", .number, "euros per year", 0...1_000_000, 110_000,
            .assumption("2024 euros: a certified-institution caseworker with employer's charges and overhead"),
            "Yearly cost of a caseworker FTE", \.money.caseworkerCostPerFTE
        )
        add(
            "money.ordersPerCaseworker", .number, "orders per FTE", 1...100, 15,
            .assumption("a caseworker's caseload of supervision orders"),
            "Supervision orders one caseworker FTE carries (caseworker FTE = capacity / this)", \.money.ordersPerCaseworker
        )
        add(
            "money.performanceSubsidy", .number, "euros per year", 0...10_000_000_000, 400_000,
            .source(.vanDenkenNaarDoen, "1489-1676", "performance subsidies for prevention levels 1-2; amount assumed, 2024 euros"),
            "Yearly performance subsidy for prevention (levels 1-2)", \.money.performanceSubsidy
        )
        add(
            "money.macroBudget", .number, "euros per year", 0...100_000_000_000, 0, .assumption("no budget set in the baseline"),
            "Macro budget for the first reported year (0: none); new-money consultation adds its cost to it", \.money.macroBudget
        )
        add(
            "money.budgetGrowth", .number, "fraction per year", -0.5...1, 0.03, .assumption("the budget follows the price index"),
            "Yearly growth of the macro budget and of level ceilings", \.money.budgetGrowth
        )
        choice(
            "money.ceilingBehaviour", ModelParameters.Money.CeilingBehaviour.overspend,
            .source(.dialoogpaperWijkteams, "654-658", "budget ceilings make access regulate inflow"),
            "When a level's ceiling is reached: waitlist (no new starts until January), overspend (go on, record it), stepDown "
                + "(assign the next lower level)", \.money.ceilingBehaviour
        )
    }
}
