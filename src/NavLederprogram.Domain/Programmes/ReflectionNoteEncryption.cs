using NavLederprogram.Data;
using NavLederprogram.Privacy;

namespace NavLederprogram.Programmes;

/// <summary>
/// Encrypts the reflection notes written before notes were stored encrypted, each with its author's data key. It runs where
/// migrations run (the migrator, and the host when it migrates on start), in batches, and is idempotent: an encrypted note is
/// recognised by its form and left alone, so a run that stopped half-way is finished by the next.
/// </summary>
public sealed class ReflectionNoteEncryption(IReflectionNoteRepository notes, IPrivateTextProtector protector) : IDataSeedContributor
{
    private const int BatchSize = 200;

    // After the demo programme's seed, so that one run leaves no plain text behind whatever wrote it.
    public int Order => 55;

    public async Task SeedAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = await notes.GetUnprotectedAsync(BatchSize, ct);
            foreach (var note in batch)
                // A note its author rewrote meanwhile is encrypted already: nothing is lost when the replacement does not apply.
                await notes.ReplaceTextAsync(note.Id, note.ProtectedText, await protector.ProtectAsync(note.AuthorPersonId, note.ProtectedText, ct), ct);
            if (batch.Count < BatchSize) return;
        }
    }
}
