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

    private CacheChange() { }

    public CacheChange(string kind, DateTime changedAt)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        ChangedAt = changedAt;
    }
}
