using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

/// <summary>Refleksjonslogg for a reflection task: readable by its author alone, never by facilitators, admins or reports.</summary>
public class ReflectionNote : AuditedAggregateRoot
{
    public Guid AuthorPersonId { get; private set; }
    public Guid EnrolmentId { get; private set; }
    public Guid ModuleId { get; private set; }
    public Guid ReflectionTaskId { get; private set; }
    public string Text { get; private set; } = "";

    private ReflectionNote() { }

    public ReflectionNote(Guid id, Guid authorPersonId, Guid enrolmentId, Guid moduleId, Guid reflectionTaskId, string text) : base(id)
    {
        AuthorPersonId = authorPersonId;
        EnrolmentId = enrolmentId;
        ModuleId = moduleId;
        ReflectionTaskId = reflectionTaskId;
        Text = text.Trim();
    }

    public void Rewrite(string text) => Text = text.Trim();
}
