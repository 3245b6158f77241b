using NavLederprogram.Competence;
using NavLederprogram.Data;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The supervision settings: a supervisor holds supervision competence (VEILEDNINGSKOMP) at level 3, as the university-college
/// programme gives; taking part in a group grants level 1 for 36 months after four meetings within twelve months.
/// </summary>
public sealed class PeerSupervisionDataSeedContributor(
    ISupervisionSettingsRepository settings,
    ICompetenceCatalogueRepository catalogue,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string SupervisionAreaCode = "VEILEDNINGSKOMP";

    /// <summary>After the competence catalogue (40) it names.</summary>
    public int Order => 48;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await settings.FindAsync(ct) is not null) return;
        var area = (await catalogue.GetAreasAsync(ct)).FirstOrDefault(a => a.Code == SupervisionAreaCode);
        IReadOnlyList<CompetenceGrant> grants = area is null ? [] : [new CompetenceGrant(area.Id, 1, 36)];
        await settings.InsertAsync(new SupervisionSettings(Guid.CreateVersion7(), area?.Id, 3, grants, 4, 12), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
