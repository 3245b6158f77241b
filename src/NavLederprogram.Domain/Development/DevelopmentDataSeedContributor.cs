using NavLederprogram.Data;
using NavLederprogram.Localization;

namespace NavLederprogram.Development;

/// <summary>
/// The national result indicators the directorate's statistics report per office, so that leaders can choose among them from the
/// start. Codes are what the statistics name them by in an import.
/// </summary>
public sealed class DevelopmentDataSeedContributor(IResultIndicatorRepository indicators, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string WorkShareCode = "ARBEID-ANDEL";
    public const string YouthActivityCode = "UNGE-AKTIVITET";
    public const string FollowedUpCode = "OPPFOLGING-ANTALL";

    public int Order => 49;

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await indicators.GetListAsync(ct)).Select(i => i.Code).ToHashSet();
        var seeded = new[]
        {
            new ResultIndicator(Guid.CreateVersion7(), WorkShareCode,
                new TranslatedText("Andel brukere som går over til arbeid", "Del brukarar som går over til arbeid", "Share of users who go into work"),
                IndicatorValueKind.Percent, IndicatorPeriodKind.Month, "%", true),
            new ResultIndicator(Guid.CreateVersion7(), YouthActivityCode,
                new TranslatedText("Andel unge brukere i aktivitet", "Del unge brukarar i aktivitet", "Share of young users in activity"),
                IndicatorValueKind.Percent, IndicatorPeriodKind.Month, "%", true),
            new ResultIndicator(Guid.CreateVersion7(), FollowedUpCode,
                new TranslatedText("Antall brukere fulgt opp", "Talet på brukarar følgde opp", "Number of users followed up"),
                IndicatorValueKind.Number, IndicatorPeriodKind.Quarter, null, true),
        };
        var added = false;
        foreach (var indicator in seeded.Where(i => !existing.Contains(i.Code)))
        {
            await indicators.InsertAsync(indicator, ct);
            added = true;
        }
        if (added) await unitOfWork.SaveChangesAsync(ct);
    }
}
