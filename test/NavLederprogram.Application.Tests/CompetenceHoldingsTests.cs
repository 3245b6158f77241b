using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class CompetenceHoldingsTests : SeededDatabaseTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public async Task Only_approved_evidence_valid_on_the_day_at_the_level_or_above_makes_a_holder_and_the_newest_evidence_counts()
    {
        var areaId = (await Call<ICompetenceQueries, IReadOnlyDictionary<Guid, CompetenceAreaCard>>(q => q.GetAreasAsync()))
            .Values.Single(a => a.Code == "VEILEDNINGSKOMP").Id;
        var otherAreaId = (await Call<ICompetenceQueries, IReadOnlyDictionary<Guid, CompetenceAreaCard>>(q => q.GetAreasAsync()))
            .Values.First(a => a.Code != "VEILEDNINGSKOMP").Id;
        var people = (await Call<IPersonDirectory, Page<PersonCard>>(d =>
            d.GetPageAsync(new PageRequest(null, null, 0, 40), AccessScope.National, null))).Items.Select(p => p.Id).ToList();
        people.Count.ShouldBeGreaterThanOrEqualTo(9);
        var (atLevel, above, below, expired, lowerLater, pending, future, otherArea, endsToday) =
            (people[0], people[1], people[2], people[3], people[4], people[5], people[6], people[7], people[8]);
        // Whatever the demo seed gave these people in the area is set aside, so that only this test's evidence counts.
        await Db.InScopeAsync(async sp =>
        {
            var repository = sp.GetRequiredService<ICompetenceEvidenceRepository>();
            foreach (var id in people.Take(9))
                foreach (var e in (await repository.GetForPersonAsync(id)).Where(e => e.CompetenceAreaId == areaId)) repository.Delete(e);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });
        await Db.InScopeAsync(async sp =>
        {
            var repository = sp.GetRequiredService<ICompetenceEvidenceRepository>();
            async Task Add(Guid person, Guid area, int level, DateOnly achieved, DateOnly? until) =>
                await repository.InsertAsync(CompetenceEvidence.Record(Guid.NewGuid(), person, area, level, EvidenceSource.ManagerAssessment, null,
                    "Vurdering", achieved, until), null);
            await Add(atLevel, areaId, 3, Today.AddYears(-2), null);
            await Add(above, areaId, 5, Today.AddDays(-1), Today.AddYears(1));
            await Add(below, areaId, 2, Today.AddDays(-10), null);
            await Add(expired, areaId, 4, Today.AddYears(-4), Today.AddDays(-1));
            await Add(lowerLater, areaId, 4, Today.AddYears(-2), null);
            await Add(lowerLater, areaId, 2, Today.AddMonths(-1), null);
            var uploadId = Guid.NewGuid();
            await repository.InsertAsync(CompetenceEvidence.Upload(uploadId, pending, areaId, 5, "Diplom", Today.AddDays(-5), null),
                new EvidenceDocument(uploadId, "diplom.pdf", "application/pdf", [1, 2, 3]));
            await Add(future, areaId, 5, Today.AddDays(1), null);
            await Add(otherArea, otherAreaId, 5, Today.AddDays(-1), null);
            await Add(endsToday, areaId, 3, Today.AddYears(-1), Today);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(default);
        });

        var holders = await Call<ICompetenceHoldings, IReadOnlySet<Guid>>(h => h.GetHoldersAsync(people.Take(9).ToList(), areaId, 3, Today, default));

        holders.OrderBy(id => id).ShouldBe(new[] { atLevel, above, endsToday }.OrderBy(id => id));
        (await Call<ICompetenceHoldings, IReadOnlySet<Guid>>(h => h.GetHoldersAsync([], areaId, 3, Today, default))).ShouldBeEmpty();
        (await Call<ICompetenceHoldings, IReadOnlySet<Guid>>(h => h.GetHoldersAsync([endsToday], areaId, 3, Today.AddDays(1), default)))
            .ShouldBeEmpty();
    }
}
