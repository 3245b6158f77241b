namespace NavLederprogram.Audit;

/// <summary>
/// Which entries a viewer asks for: about some people (as people or through their user accounts), by some actors, of a kind, in
/// a period. A null set does not filter; an empty one matches nothing.
/// </summary>
public sealed record AuditFilter(
    IReadOnlyCollection<Guid>? SubjectPersonIds = null,
    IReadOnlyCollection<Guid>? SubjectUserIds = null,
    IReadOnlyCollection<Guid>? ActorUserIds = null,
    AuditKind? Kind = null,
    string? ActionPrefix = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null);
