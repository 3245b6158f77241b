namespace NavLederprogram.Audit;

/// <summary>An audit entry before it is linked into the chain: who, when, from where, what; values already in their stored form.</summary>
public sealed record AuditDraft(
    DateTime OccurredAt,
    AuditKind Kind,
    string Action,
    Guid? ActorUserId,
    string? ActorClientId,
    string? RemoteAddress,
    Guid? SubjectPersonId,
    Guid? SubjectUserId,
    string? Target,
    string? Before,
    string? After,
    string? Detail);
