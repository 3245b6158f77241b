using NavLederprogram.Entities;
using NavLederprogram.Privacy;

namespace NavLederprogram.Programmes;

/// <summary>
/// Refleksjonslogg for a reflection task: readable by its author alone, never by facilitators, admins or reports. The text is
/// stored encrypted with the author's data key (<see cref="IPrivateTextProtector"/>), so a copy of the database alone does
/// not reveal it.
/// </summary>
public class ReflectionNote : AuditedAggregateRoot
{
    public Guid AuthorPersonId { get; private set; }
    public Guid EnrolmentId { get; private set; }
    public Guid ModuleId { get; private set; }
    public Guid ReflectionTaskId { get; private set; }
    /// <summary>The text in <see cref="Privacy.ProtectedText"/>'s form; rows written before it was encrypted hold plain text until migrated.</summary>
    public string ProtectedText { get; private set; } = "";

    private ReflectionNote() { }

    public ReflectionNote(Guid id, Guid authorPersonId, Guid enrolmentId, Guid moduleId, Guid reflectionTaskId, string protectedText) : base(id)
    {
        AuthorPersonId = authorPersonId;
        EnrolmentId = enrolmentId;
        ModuleId = moduleId;
        ReflectionTaskId = reflectionTaskId;
        ProtectedText = Protected(protectedText);
    }

    public void Rewrite(string protectedText) => ProtectedText = Protected(protectedText);

    public bool IsProtected => Privacy.ProtectedText.IsProtected(ProtectedText);

    // The mechanism, not each caller, makes sure no plain text is ever written again.
    private static string Protected(string text) => Privacy.ProtectedText.IsProtected(text)
        ? text
        : throw new ArgumentException("A reflection note is stored encrypted: protect the text with IPrivateTextProtector first.", nameof(text));
}
