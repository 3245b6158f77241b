namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// One saved change of a cached kind, written in the transaction of the change itself, so that every node sees it exactly
/// when the change commits. Append-only: a change never conflicts with another, and a node notices new rows by count.
/// </summary>
public sealed class CacheChange
{
    public Guid Id { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }
    /// <summary>The node (host process) that saved the change: it has dropped the kind already, and does not again when it polls.</summary>
    public Guid Node { get; private set; }

    private CacheChange() { }

    public CacheChange(string kind, DateTime changedAt, Guid node)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        ChangedAt = changedAt;
        Node = node;
    }
}
