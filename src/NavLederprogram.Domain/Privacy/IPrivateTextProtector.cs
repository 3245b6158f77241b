namespace NavLederprogram.Privacy;

/// <summary>
/// Encrypts texts that only their author may read (reflection notes), with a data key of the author's own. A copy of the
/// database alone reveals nothing: the data keys are stored wrapped by a key-encryption key that is kept outside it.
/// </summary>
public interface IPrivateTextProtector
{
    /// <summary>The text encrypted for its owner, in <see cref="ProtectedText"/>'s format.</summary>
    Task<string> ProtectAsync(Guid ownerPersonId, string plainText, CancellationToken ct);

    /// <summary>The plain text; fails when the text was protected for another person or was changed.</summary>
    Task<string> UnprotectAsync(Guid ownerPersonId, string protectedText, CancellationToken ct);
}
