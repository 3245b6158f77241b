namespace NavLederprogram.Audit;

/// <summary>The outcome of the last walk over the chain, shown in the viewer.</summary>
public sealed class AuditChainVerification
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;
    public DateTime VerifiedAt { get; private set; }
    /// <summary>The last entry found intact and linked to the one before it.</summary>
    public long VerifiedThroughSequence { get; private set; }
    public long EntriesChecked { get; private set; }
    /// <summary>The first entry whose hash or link does not hold; null when the chain verified.</summary>
    public long? BrokenAtSequence { get; private set; }

    private AuditChainVerification() { }

    public AuditChainVerification(DateTime verifiedAt, long verifiedThroughSequence, long entriesChecked, long? brokenAtSequence)
    {
        VerifiedAt = verifiedAt;
        VerifiedThroughSequence = verifiedThroughSequence;
        EntriesChecked = entriesChecked;
        BrokenAtSequence = brokenAtSequence;
    }

    public bool IsBroken => BrokenAtSequence is not null;
}
