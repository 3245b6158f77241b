namespace NavLederprogram.Audit;

/// <summary>One row of the audit log viewer. Names are read from the registers now; <see cref="SubjectErased"/> when they are gone.</summary>
public sealed record AuditEntryDto
{
    public long Sequence { get; init; }
    public DateTime OccurredAt { get; init; }
    public AuditKind Kind { get; init; }
    public string Action { get; init; } = "";
    public Guid? ActorUserId { get; init; }
    public string? ActorName { get; init; }
    public string? ActorClientId { get; init; }
    public string? RemoteAddress { get; init; }
    public Guid? SubjectPersonId { get; init; }
    public Guid? SubjectUserId { get; init; }
    public string? SubjectName { get; init; }
    /// <summary>The entry names a subject the registers no longer know (erased or removed).</summary>
    public bool SubjectErased { get; init; }
    public string? Target { get; init; }
}
