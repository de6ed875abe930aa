import CMemory

/// Starts loading the cache line at `address`, for a model whose state is larger than the cache: a national
/// run keeps hundreds of thousands of case records, and an event that reads one it has not touched for
/// months waits for memory longer than it computes (`DiscreteEventModel.prepare`). Changes nothing.
@inlinable @inline(__always)
public func prefetch(_ address: UnsafeRawPointer) { jeugdsim_prefetch(address) }
