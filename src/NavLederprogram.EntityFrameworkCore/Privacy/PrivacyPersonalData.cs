using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Privacy;

/// <summary>
/// The person's data key. Deleting it makes every text still protected under it unreadable for good — in a backup, and in audit
/// entries that must keep their place in the hash chain (crypto-shredding).
/// </summary>
public sealed class PrivacyPersonalData(NavLederprogramDbContext db) : NavLederprogram.Privacy.IPersonalDataSource
{
    public const string DataKey = "PrivateTextKey";

    public string Module => "Privacy";

    public IReadOnlyList<NavLederprogram.Privacy.PersonalDataKind> Kinds { get; } =
        [new(DataKey, NavLederprogram.Privacy.PersonalDataBasis.PublicTask)];

    public async Task<NavLederprogram.Privacy.PersonalDataSection> ExportAsync(NavLederprogram.Privacy.PersonalDataSubject subject,
        bool includePrivateTexts, CancellationToken ct)
    {
        var keys = await Keys(subject).AsNoTracking().Select(k => k.CreatedAt).ToListAsync(ct);
        return new(Module, keys.Select(at => NavLederprogram.Privacy.PersonalDataEntry.Of(DataKey, ("createdAt", at))).ToList());
    }

    public async Task<IReadOnlyList<NavLederprogram.Privacy.ErasureStep>> PlanErasureAsync(NavLederprogram.Privacy.PersonalDataSubject subject,
        NavLederprogram.Privacy.PersonalDataRetention retention, CancellationToken ct) =>
        [new(Module, DataKey, NavLederprogram.Privacy.ErasureAction.Delete, await Keys(subject).CountAsync(ct))];

    public async Task EraseAsync(NavLederprogram.Privacy.PersonalDataSubject subject, NavLederprogram.Privacy.PersonalDataRetention retention,
        CancellationToken ct)
    {
        // Through the change tracker, so that the cached key leaves every node with the commit.
        db.RemoveRange(await Keys(subject).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A person's texts are protected under the person id; a user without a person has theirs under the user id.</summary>
    private IQueryable<NavLederprogram.Privacy.PrivateTextKey> Keys(NavLederprogram.Privacy.PersonalDataSubject subject)
    {
        var ids = new[] { subject.PersonId, subject.UserId }.OfType<Guid>().ToList();
        return db.Set<NavLederprogram.Privacy.PrivateTextKey>().Where(k => ids.Contains(k.PersonId));
    }
}
