namespace NavLederprogram.Audit;

/// <summary>
/// One link of the append-only audit log. Its <see cref="Hash"/> covers every field and the previous entry's hash, so that a
/// row changed, removed or inserted in the database breaks the chain. Values that name a person are stored protected under the
/// subject's data key: erasing the subject makes them unreadable while the stored text, and so the chain, stays as it was.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The entry's place in the chain, from 1, without gaps.</summary>
    public long Sequence { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public AuditKind Kind { get; private set; }
    public string Action { get; private set; } = "";
    public Guid? ActorUserId { get; private set; }
    /// <summary>Set when the actor is an integration client rather than a person.</summary>
    public string? ActorClientId { get; private set; }
    public string? RemoteAddress { get; private set; }
    public Guid? SubjectPersonId { get; private set; }
    public Guid? SubjectUserId { get; private set; }
    public string? Target { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string? Detail { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    /// <summary>Links <paramref name="draft"/> into the chain after the entry with <paramref name="previousHash"/>.</summary>
    public AuditEntry(long sequence, string previousHash, AuditDraft draft)
    {
        Sequence = sequence;
        // Hashed as stored: PostgreSQL keeps microseconds, so finer ticks would not survive the round trip.
        OccurredAt = new DateTime(draft.OccurredAt.Ticks - draft.OccurredAt.Ticks % 10, DateTimeKind.Utc);
        Kind = draft.Kind;
        Action = draft.Action;
        ActorUserId = draft.ActorUserId;
        ActorClientId = draft.ActorClientId;
        RemoteAddress = draft.RemoteAddress;
        SubjectPersonId = draft.SubjectPersonId;
        SubjectUserId = draft.SubjectUserId;
        Target = draft.Target;
        Before = draft.Before;
        After = draft.After;
        Detail = draft.Detail;
        PreviousHash = previousHash;
        Hash = AuditChain.HashOf(this);
    }

    /// <summary>The key the entry's protected values are protected under: the subject person's, else the subject user's.</summary>
    public Guid? ProtectionOwner => SubjectPersonId ?? SubjectUserId;
}
