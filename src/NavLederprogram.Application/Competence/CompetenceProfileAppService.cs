using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Competence;

public sealed class CompetenceProfileAppService(
    ICompetenceGapQueries statuses,
    ICompetenceEvidenceRepository evidence,
    ICompetenceCatalogueRepository catalogue,
    IOrganisationQueries organisation,
    CompetenceAccess access) : ICompetenceProfileAppService
{
    public async Task<CompetenceProfileDto> GetMineAsync(CancellationToken ct) =>
        await access.GetMeAsync(ct) is { } me ? await BuildAsync(me, ct)
            : new CompetenceProfileDto(null, "", null, "", GapAnalysisAppService.Count([]), [], [], [], NoPerson.Explain());

    public async Task<CompetenceProfileDto> GetAsync(Guid personId, CancellationToken ct) => await BuildAsync(await access.GetVisiblePersonAsync(personId, ct), ct);

    private async Task<CompetenceProfileDto> BuildAsync(PersonCard person, CancellationToken ct)
    {
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id);
        var categories = (await catalogue.GetCategoriesAsync(ct)).ToDictionary(c => c.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        var roles = (await organisation.GetJobRolesAsync(ct)).ToDictionary(r => r.Id);
        string? LevelName(CompetenceArea? area, int? level) => level is null ? null
            : area is not null && scales.TryGetValue(area.ScaleId, out var scale) ? scale.Levels.FirstOrDefault(l => l.Level == level)?.Name.Local() ?? level.ToString() : level.ToString();

        var requirements = (await statuses.GetForPersonAsync(person.Id, ct)).Select(s =>
        {
            var area = areas.GetValueOrDefault(s.CompetenceAreaId);
            return new RequirementStatusDto
            {
                RequirementId = s.RequirementId,
                CompetenceAreaId = s.CompetenceAreaId,
                CompetenceAreaCode = area?.Code ?? "",
                CompetenceAreaName = area?.Name.Local() ?? "",
                CategoryName = area is not null && categories.TryGetValue(area.CategoryId, out var category) ? category.Name.Local() : "",
                JobRoleId = s.JobRoleId,
                JobRoleName = roles.TryGetValue(s.JobRoleId, out var role) ? LocalizationTexts.Get(role.NameKey) : "",
                IsMandatory = s.IsMandatory,
                RequiredLevel = s.RequiredLevel,
                RequiredLevelName = LevelName(area, s.RequiredLevel)!,
                CurrentLevel = s.CurrentLevel,
                CurrentLevelName = LevelName(area, s.CurrentLevel),
                Status = s.Status,
                Deadline = s.Deadline,
                ValidUntil = s.ValidUntil,
            };
        }).OrderBy(r => r.CategoryName).ThenBy(r => r.CompetenceAreaName).ToList();

        var next = requirements.Where(r => r.Status != CompetenceStatus.Met)
            .OrderBy(r => r.Status switch
            {
                CompetenceStatus.Overdue => 0,
                CompetenceStatus.Expired => 1,
                CompetenceStatus.MissingWithinDeadline => 2,
                _ => 3,
            })
            .ThenBy(r => !r.IsMandatory)
            .ThenBy(r => r.Status == CompetenceStatus.ExpiringSoon ? r.ValidUntil : r.Deadline)
            .ToList();

        var officeNames = await organisation.GetOfficeNamesAsync([person.OfficeId], ct);
        return new CompetenceProfileDto(person.Id, person.FullName, person.OfficeId, officeNames.GetValueOrDefault(person.OfficeId) ?? "",
            GapAnalysisAppService.Count(requirements.Where(r => r.IsMandatory).Select(r => r.Status)),
            requirements, next, EvidenceMapping.ToDtos(await evidence.GetForPersonAsync(person.Id, ct), areas, scales));
    }
}
