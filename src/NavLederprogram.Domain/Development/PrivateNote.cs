using NavLederprogram.Entities;

namespace NavLederprogram.Development;

/// <summary>A leader's private note on their development. <see cref="ProtectedText"/> is ciphertext under the author's key: the author alone reads it.</summary>
public class PrivateNote : AuditedAggregateRoot
{
    public Guid PersonId { get; private set; }
    public Guid? PlanId { get; private set; }
    public string ProtectedText { get; private set; } = "";

    private PrivateNote() { }

    public PrivateNote(Guid id, Guid personId, Guid? planId, string protectedText) : base(id)
    {
        PersonId = personId;
        PlanId = planId;
        ProtectedText = Protected(protectedText);
    }

    public void Rewrite(string protectedText) => ProtectedText = Protected(protectedText);

    // No path may store a note in plain text: only the protector's form is taken.
    private static string Protected(string text) => Privacy.ProtectedText.IsProtected(text)
        ? text
        : throw new ArgumentException("A private note is stored encrypted: protect the text with IPrivateTextProtector first.", nameof(text));
}
