namespace NavLederprogram.Audit;

/// <summary>The viewer's filters; dates are calendar days in Oslo, both ends included.</summary>
public sealed class AuditEntryQuery
{
    /// <summary>Entries about this person, as a person or through their user account.</summary>
    public Guid? PersonId { get; init; }
    /// <summary>Entries about the people whose name, e-mail or employee number contains this text.</summary>
    public string? Person { get; init; }
    /// <summary>Entries made by the people whose name, e-mail or employee number contains this text.</summary>
    public string? Actor { get; init; }
    public AuditKind? Kind { get; init; }
    /// <summary>The start of an action code, e.g. <c>Person.</c> or <c>PermissionGrant.Created</c>.</summary>
    public string? Action { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int SkipCount { get; init; }
    public int MaxResultCount { get; init; } = 25;
}
