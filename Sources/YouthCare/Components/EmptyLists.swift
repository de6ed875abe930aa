/// The open providers of a service with nobody waiting, kept as their lists fill and empty: the shortest
/// lists there are, found without looking at every provider. A national service has thousands of providers,
/// and a family's switch that looked at all of them made a national run with switching three times as slow.
struct EmptyLists {
    private var providers: [Int] = []
    /// Each provider's position in `providers`, or -1.
    private var position: [Int] = []

    init(waitingAt: [Int], open: Int) { rebuild(waitingAt: waitingAt, open: open) }

    /// After the open providers changed (a policy opened or closed some).
    mutating func rebuild(waitingAt: [Int], open: Int) {
        providers = (0..<open).filter { waitingAt[$0] == 0 }
        position = [Int](repeating: -1, count: waitingAt.count)
        for (index, provider) in providers.enumerated() { position[provider] = index }
    }

    /// One with nobody waiting: the one whose list emptied last, or nil if every list has a family on it.
    var last: Int? { providers.last }

    /// `provider`'s list went from `before` families to `after`.
    mutating func changed(_ provider: Int, from before: Int, to after: Int, open: Int) {
        if before == 0 && after > 0 && position[provider] >= 0 {
            let index = position[provider]
            let moved = providers.removeLast()
            if moved != provider {
                providers[index] = moved
                position[moved] = index
            }
            position[provider] = -1
        } else if before > 0 && after == 0 && provider < open {
            position[provider] = providers.count
            providers.append(provider)
        }
    }
}
