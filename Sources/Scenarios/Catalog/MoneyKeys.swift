import SimKernel
import YouthCare

/// Keys of money: pricing, fixed costs, budgets and ceilings.
extension DefinitionList {
    mutating func addMoney() {
        let grid = Provenance.source(.vanDenkenNaarDoen, "1489-1676", "a price per intervention level (trajectory pricing); amount assumed")
        let model: [Level: ModelParameters.Money.Pricing] = [4: .trajectory, 5: .trajectory, 6: .trajectory, 7: .perDay]
        let price: [Level: Double] = [4: 3_500, 5: 7_000, 6: 21_000, 7: 220]
        // Prices in 2024 euros; a trajectory costs its hours (specialist.hoursPerPlacePerYear over the mean
        // duration) at about the specialist hour cost, so that money matches capacity.
        let priceWhy: [Level: String] = [
            4: "a completed level-4 trajectory, 2024 euros: its 26 hours at about the specialist hour cost",
            5: "a completed level-5 trajectory, 2024 euros (amount assumed; the specialist hour cost is taken from it)",
            6: "a completed level-6 trajectory, 2024 euros: its 154 hours (312 a place-year over 180 days) at the specialist hour cost",
            7: "a day of out-of-home care, averaged over the placement types (per day each type has its own), 2024 euros",
        ]
        let units: [Level: Double] = [4: 1.5, 5: 2, 6: 5, 7: 0]
        let cost: [Level: Double] = [4: 25, 5: 35, 6: 80, 7: 200]
        for level in 4...7 {
            choice(
                "money.level\(level).pricing", model[level]!,
                level == 7 ? .assumption("out-of-home care is paid per day (docs/model.md section 7)") : grid,
                "How level-\(level) providers are paid: trajectory, perContact, perHour, perDay or lumpSum"
            ) { $0.money.pricing[level] = $1 }
            add(
                "money.level\(level).price", .number, "euros", 0...10_000_000, price[level]!,
                .assumption(priceWhy[level]!),
                level == 7
                    ? "Price per trajectory, contact or hour at level 7 when not paid per day (per day: money.placement.*.pricePerDay)"
                    : "Price per trajectory, contact, hour or day (by the pricing) at level \(level), in the first reported year"
            ) { $0.money.price[level] = $1 }
            add(
                "money.level\(level).unitsPerWeek", .number, "contacts or hours per week", 0...100, units[level]!,
                .source(.vanDenkenNaarDoen, "1375-1456", "contact counts per level; per week assumed"),
                "Contacts or hours delivered per week at level \(level) (perContact, perHour)"
            ) { $0.money.unitsPerWeek[level] = $1 }
            add(
                "money.level\(level).lumpSum", .number, "euros per year", 0...10_000_000_000, 0,
                .assumption("no lump sums in the baseline"),
                "Yearly amount to level-\(level) providers under lumpSum pricing"
            ) { $0.money.lumpSum[level] = $1 }
            add(
                "money.level\(level).providerCostPerDay", .number, "euros per day", 0...100_000, cost[level]!,
                .assumption("delivered effort per day of a running episode times the provider's hourly cost"),
                "The provider's cost of a day of level-\(level) care (margins under trajectory pricing)"
            ) { $0.money.providerCostPerDay[level] = $1 }
            add(
                "money.level\(level).ceiling", .number, "euros per year", 0...10_000_000_000, 0, .assumption("no ceiling in the baseline"),
                "Yearly budget ceiling for level \(level) (0: none)"
            ) { $0.money.ceiling[level] = $1 }
        }
        for setting in Setting.allCases {
            add(
                "money.settingFactor.\(setting.key)", .number, "multiplier", 0...10, 1,
                .source(.vanDenkenNaarDoen, "1628-1636", "prices differ by setting; no difference assumed"),
                "Price multiplier for cases from \(setting.key) (the level x setting grid)"
            ) { $0.money.settingFactor[setting.rawValue] = $1 }
        }
        choice(
            "money.trajectoryPayment", ModelParameters.Money.Payment.atStart,
            .source(.vanDenkenNaarDoen, "1489-1676", "a fixed price per trajectory; paid at its start assumed"),
            "When a trajectory price is paid: atStart or atCompletion (it counts in that budget year)"
        ) { $0.money.trajectoryPayment = $1 }
        add(
            "money.indexation", .number, "fraction per year", -0.5...1, 0.03, .assumption("yearly price index of about 3 %"),
            "Yearly price indexation of every price, cost and lump sum (compounding)"
        ) { $0.money.indexation = $1 }
        add(
            "money.generalistCostPerFTE", .number, "euros per year", 0...1_000_000, 105_000,
            .assumption("a youth and family worker with employer's charges and overhead, 2024 euros"),
            "Yearly cost of a generalist FTE (pays levels 2-3 and generalist level 4)"
        ) { $0.money.generalistCostPerFTE = $1 }
        add(
            "money.specialistHourCost", .number, "euros per hour", 0...10_000, 136,
            .statistic(
                "the level-5 trajectory price (EUR 7,000) over the hours of a level-5 trajectory (104 hours a place-year, 180 days): "
                    + "about EUR 136; one price whether the specialist treats or consults"),
            "Cost of an hour of a specialist's time: consultation hours cost it, and a shift moves treatment hours at it"
        ) { $0.money.specialistHourCost = $1 }
        // A day of each placement type (2024 euros, as every price): the ladder's cost gradient.
        // Assumed in the range of Dutch municipalities' published youth-care tariff lists; no single public
        // tariff covers the country.
        let perDay: [Placement: (Double, String)] = [
            .dayTreatment: (135, "a day of day treatment: a few hours of group care"),
            .fosterCare: (90, "foster care: the foster allowance plus the foster-care organisation's guidance"),
            .familyHome: (250, "a family home: a professional foster parent and guidance, a few children"),
            .residential: (420, "residential care: a group with staff around the clock"),
            .secure: (850, "secure residential care (JeugdzorgPlus): closed setting, most staff per child"),
        ]
        for placement in Placement.allCases {
            let (price, why) = perDay[placement]!
            add(
                "money.placement.\(placement.key).pricePerDay", .number, "euros per day", 0...100_000, price, .assumption(why),
                "Price of a day of \(placement.key) when level 7 is paid per day"
            ) { $0.money.placementPricePerDay[placement.rawValue] = $1 }
        }
        add(
            "money.longTerm.pricePerMonth", .number, "euros per month", 0...100_000, 408,
            .statistic(
                "two contacts of 1.5 hours a month (longTerm.contactsPerMonth, longTerm.hoursPerContact) at the specialist hour cost"),
            "Price of a month of long low-intensity help (booked on the level-4 line)"
        ) { $0.money.longTermPricePerMonth = $1 }
        add(
            "money.caseworkerCostPerFTE", .number, "euros per year", 0...1_000_000, 110_000,
            .assumption("a certified-institution caseworker with employer's charges and overhead, 2024 euros"),
            "Yearly cost of a caseworker FTE"
        ) { $0.money.caseworkerCostPerFTE = $1 }
        add(
            "money.ordersPerCaseworker", .number, "orders per FTE", 1...100, 15,
            .assumption("a caseworker's caseload of supervision orders"),
            "Supervision orders one caseworker FTE carries (caseworker FTE = capacity / this)"
        ) { $0.money.ordersPerCaseworker = $1 }
        add(
            "money.performanceSubsidy", .number, "euros per year", 0...10_000_000_000, 400_000,
            .source(.vanDenkenNaarDoen, "1489-1676", "performance subsidies for prevention levels 1-2; amount assumed"),
            "Yearly performance subsidy for prevention (levels 1-2)"
        ) { $0.money.performanceSubsidy = $1 }
        add(
            "money.macroBudget", .number, "euros per year", 0...100_000_000_000, 0, .assumption("no budget set in the baseline"),
            "Macro budget for the first reported year (0: none); new-money consultation adds its cost to it"
        ) { $0.money.macroBudget = $1 }
        add(
            "money.budgetGrowth", .number, "fraction per year", -0.5...1, 0.03, .assumption("the budget follows the price index"),
            "Yearly growth of the macro budget and of level ceilings"
        ) { $0.money.budgetGrowth = $1 }
        choice(
            "money.ceilingBehaviour", ModelParameters.Money.CeilingBehaviour.overspend,
            .source(.dialoogpaperWijkteams, "654-658", "budget ceilings make access regulate inflow"),
            "When a level's ceiling is reached: waitlist (no new starts until January), overspend (go on, record it), stepDown "
                + "(assign the next lower level)"
        ) {
            $0.money.ceilingBehaviour = $1
        }
    }
}
