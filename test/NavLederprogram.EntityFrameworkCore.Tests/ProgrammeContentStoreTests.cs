using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Translated programme content on the real SQLite schema, including content written before it could be translated.</summary>
public class ProgrammeContentStoreTests
{
    [Fact]
    public async Task Modules_written_before_translations_existed_read_as_bokmal_and_keep_their_translations_once_edited()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var versionId = await db.InScopeAsync(async sp => (await sp.GetRequiredService<IProgrammeRepository>().GetVersionsAsync()).Single().Id);
        var moduleId = Guid.CreateVersion7();
        // The document as the earlier mapping wrote it: every text a plain string, formats as numbers.
        var legacy = $$"""
            [{"CourseReference":null,"Description":"Gammel beskrivelse","Id":"{{moduleId}}","LearningOutcomes":["Et mål"],"Order":1,"Title":"Gammel tittel",
              "Assignments":[{"DueDaysAfterUnlock":14,"Id":"{{Guid.CreateVersion7()}}","Instructions":"Gjør slik","Title":"Oppgave"}],
              "Gatherings":[{"DurationMinutes":360,"Format":2,"Id":"{{Guid.CreateVersion7()}}","Title":"Samling"}],
              "Grants":[],"ReflectionTasks":[{"Id":"{{Guid.CreateVersion7()}}","Prompt":"Tenk etter"}]}]
            """;
        await db.InScopeAsync(async sp => await sp.GetRequiredService<NavLederprogramDbContext>().Database
            .ExecuteSqlInterpolatedAsync($"UPDATE ProgVersions SET Modules = {legacy}, Status = {(int)ProgrammeVersionStatus.Draft}, Approvals = '[]' WHERE Id = {versionId}"));

        await db.InScopeAsync(async sp =>
        {
            var version = (await sp.GetRequiredService<IProgrammeRepository>().FindVersionAsync(versionId))!;
            var module = version.Modules.Single();
            module.Title.ShouldBe(new TranslatedText("Gammel tittel"));
            module.Title.Resolve("nn").ShouldBe(new ResolvedText("Gammel tittel", "nb", true));
            module.LearningOutcomes.Single().Nb.ShouldBe("Et mål");
            module.Gatherings.Single().Format.ShouldBe(GatheringFormat.Online);
            (module.Assignments.Single().Instructions.Nb, module.ReflectionTasks.Single().Prompt.Nb).ShouldBe(("Gjør slik", "Tenk etter"));

            version.ChangeModule(moduleId, module.Content with { Title = new TranslatedText("Gammel tittel", "Gamal tittel", "Old title") },
                new Actor(Guid.NewGuid(), "Kari"), DateTime.UtcNow);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await db.InScopeAsync(async sp =>
        {
            var module = (await sp.GetRequiredService<IProgrammeRepository>().FindVersionAsync(versionId))!.Modules.Single();
            module.Title.ShouldBe(new TranslatedText("Gammel tittel", "Gamal tittel", "Old title"));
            module.Gatherings.Single().Title.Nb.ShouldBe("Samling");
        });
    }
}
