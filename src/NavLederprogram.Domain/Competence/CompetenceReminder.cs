namespace NavLederprogram.Competence;

/// <summary>A reminder that evidence runs out soon, queued once per person, requirement and end date.</summary>
public class CompetenceReminder
{
    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid RequirementId { get; private set; }
    public Guid CompetenceAreaId { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public DateTime QueuedAt { get; private set; }
    /// <summary>Set by the notification module once it has sent the reminder.</summary>
    public DateTime? SentAt { get; private set; }

    private CompetenceReminder() { }

    public CompetenceReminder(Guid id, Guid personId, Guid requirementId, Guid competenceAreaId, DateOnly validUntil, DateTime queuedAt)
    {
        Id = id;
        PersonId = personId;
        RequirementId = requirementId;
        CompetenceAreaId = competenceAreaId;
        ValidUntil = validUntil;
        QueuedAt = queuedAt;
    }
}
