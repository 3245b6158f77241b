using NavLederprogram.Entities;
using NavLederprogram.Events;

namespace NavLederprogram.Competence;

/// <summary>
/// Kompetansebevis: proof that a person holds a competence at a level from a date, perhaps until a date.
/// Evidence from the system's own modules and from a manager's assessment counts at once; an uploaded
/// diploma or certificate counts only after an admin in scope has approved it.
/// </summary>
public class CompetenceEvidence : AuditedAggregateRoot
{
    public Guid PersonId { get; private set; }
    public Guid CompetenceAreaId { get; private set; }
    public int Level { get; private set; }
    public EvidenceSource Source { get; private set; }
    /// <summary>The course, module or group the evidence came from; makes evidence from events idempotent.</summary>
    public string? SourceReference { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly AchievedOn { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public EvidenceState State { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public bool HasDocument { get; private set; }

    private CompetenceEvidence() { }

    private CompetenceEvidence(Guid id, Guid personId, Guid competenceAreaId, int level, EvidenceSource source, string? sourceReference,
        string title, DateOnly achievedOn, DateOnly? validUntil, EvidenceState state) : base(id)
    {
        if (validUntil is not null && validUntil < achievedOn) throw new BusinessException(NavLederprogramErrorCodes.EvidenceValidBeforeAchieved);
        PersonId = personId;
        CompetenceAreaId = competenceAreaId;
        Level = level;
        Source = source;
        SourceReference = sourceReference;
        Title = title.Trim();
        AchievedOn = achievedOn;
        ValidUntil = validUntil;
        State = state;
        AddDomainEvent(new CompetenceEvidenceChanged(personId, competenceAreaId));
    }

    /// <summary>Evidence that needs no approval: completions in the system's own modules and manager assessments.</summary>
    public static CompetenceEvidence Record(Guid id, Guid personId, Guid competenceAreaId, int level, EvidenceSource source, string? sourceReference,
        string title, DateOnly achievedOn, DateOnly? validUntil)
    {
        if (source == EvidenceSource.Upload) throw new ArgumentException("Uploaded evidence must be approved.", nameof(source));
        return new CompetenceEvidence(id, personId, competenceAreaId, level, source, sourceReference, title, achievedOn, validUntil, EvidenceState.Approved);
    }

    /// <summary>
    /// A manager assessment the person asks for (from a 360° result, say): unlike one a manager records, it waits for an admin in
    /// scope to decide it, as an upload does.
    /// </summary>
    public static CompetenceEvidence RequestAssessment(Guid id, Guid personId, Guid competenceAreaId, int level, string sourceReference,
        string title, DateOnly achievedOn) =>
        new(id, personId, competenceAreaId, level, EvidenceSource.ManagerAssessment, sourceReference, title, achievedOn, null, EvidenceState.Pending);

    /// <summary>A diploma or certificate the person uploads; it waits for approval.</summary>
    public static CompetenceEvidence Upload(Guid id, Guid personId, Guid competenceAreaId, int level, string title, DateOnly achievedOn, DateOnly? validUntil) =>
        new(id, personId, competenceAreaId, level, EvidenceSource.Upload, null, title, achievedOn, validUntil, EvidenceState.Pending) { HasDocument = true };

    public void Approve(Guid? decidedBy, DateTime now)
    {
        EnsurePending();
        State = EvidenceState.Approved;
        DecidedBy = decidedBy;
        DecidedAt = now;
        AddDomainEvent(new CompetenceEvidenceChanged(PersonId, CompetenceAreaId));
    }

    public void Reject(Guid? decidedBy, DateTime now, string reason)
    {
        EnsurePending();
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(NavLederprogramErrorCodes.EvidenceRejectionNeedsReason);
        State = EvidenceState.Rejected;
        RejectionReason = reason.Trim();
        DecidedBy = decidedBy;
        DecidedAt = now;
        AddDomainEvent(new CompetenceEvidenceChanged(PersonId, CompetenceAreaId));
    }

    /// <summary>Withdrawn by its owner or removed by an admin: it no longer counts.</summary>
    public void Withdraw() => AddDomainEvent(new CompetenceEvidenceChanged(PersonId, CompetenceAreaId));

    private void EnsurePending()
    {
        if (State != EvidenceState.Pending) throw new BusinessException(NavLederprogramErrorCodes.EvidenceAlreadyDecided) { IsConflict = true };
    }
}
