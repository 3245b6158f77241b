namespace NavLederprogram.Audit;

/// <summary>
/// How far the chain reaches and what its last verification found: <see cref="BrokenAtSequence"/> is the first entry that was
/// changed, removed or linked wrongly. Null <see cref="VerifiedAt"/> before the first verification.
/// </summary>
public sealed record AuditChainStatusDto(
    long LastSequence,
    long OldestKeptSequence,
    DateTime? VerifiedAt,
    long VerifiedThroughSequence,
    long EntriesChecked,
    long? BrokenAtSequence);
