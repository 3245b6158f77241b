namespace NavLederprogram.Audit;

/// <summary>An entry with its values before and after (JSON objects of the changed fields) and its hash link.</summary>
public sealed record AuditEntryDetailsDto
{
    public required AuditEntryDto Entry { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? Detail { get; init; }
    /// <summary>The values were protected under the subject's key, which erasure has deleted: they can no longer be read.</summary>
    public bool ValuesErased { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; init; } = "";
}
