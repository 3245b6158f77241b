namespace NavLederprogram.Audit;

/// <summary>
/// The one row that says where the chain ends. Every append locks it in its transaction first, so that appenders on any number
/// of nodes queue up behind each other instead of linking two entries to the same predecessor.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = AuditChain.Genesis;
    /// <summary>The last entry removed by retention (0 when none): the chain is verified from the one after it.</summary>
    public long PurgedThroughSequence { get; private set; }
    /// <summary>The hash of the last removed entry, which the oldest kept entry must name as its previous hash.</summary>
    public string PurgedAnchorHash { get; private set; } = AuditChain.Genesis;
}
