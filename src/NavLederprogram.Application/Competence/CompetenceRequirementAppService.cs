using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class CompetenceRequirementAppService(
    ICompetenceRequirementRepository requirements,
    ICompetenceCatalogueRepository catalogue,
    CompetenceCatalogueManager manager,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ICompetenceRequirementAppService
{
    public async Task<PagedResult<CompetenceRequirementDto>> GetListAsync(RequirementQuery query, CancellationToken ct)
    {
        var page = await requirements.GetPageAsync(query.ToPageRequest(), query.JobRoleId, query.CompetenceAreaId, ct);
        return new PagedResult<CompetenceRequirementDto>(page.TotalCount, await ToDtosAsync(page.Items, ct));
    }

    public async Task<CompetenceRequirementDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<CompetenceRequirementDto> CreateAsync(CreateRequirementInput input, CancellationToken ct)
    {
        var validator = new InputValidator()
            .Require(nameof(input.JobRoleId), input.JobRoleId)
            .Require(nameof(input.CompetenceAreaId), input.CompetenceAreaId)
            .Require(nameof(input.ValidFrom), input.ValidFrom);
        if (input.JobRoleId is { } roleId && (await organisation.GetJobRolesAsync(ct)).All(r => r.Id != roleId)) validator.Add(nameof(input.JobRoleId), InputValidator.Unknown);
        var area = input.CompetenceAreaId is { } areaId ? await catalogue.FindAreaAsync(areaId, ct) : null;
        if (input.CompetenceAreaId is not null && area is null) validator.Add(nameof(input.CompetenceAreaId), InputValidator.Unknown);
        var scope = await accessScope.GetAsync(ct);
        if (input.RegionId is { } regionId && (await organisation.FindRegionNameAsync(regionId, ct) is null || !scope.CoversRegion(regionId))) validator.Add(nameof(input.RegionId), InputValidator.Unknown);
        if (input.OfficeId is { } officeId && (await organisation.FindOfficeAsync(officeId, ct) is null || !scope.CoversOffice(officeId))) validator.Add(nameof(input.OfficeId), InputValidator.Unknown);
        if (input.RegionId is not null && input.OfficeId is not null) validator.Add(nameof(input.OfficeId), NavLederprogramErrorCodes.RequirementOneScope);
        // Someone scoped to part of the country adds requirements for that part only.
        if (!scope.IsNational && input.RegionId is null && input.OfficeId is null) validator.Add(nameof(input.RegionId), InputValidator.Required);
        await ValidateTermsAsync(validator, input.MinimumLevel, input.DeadlineMonths, input.RenewalMonths, input.IsMandatory, area, ct);
        validator.ThrowIfInvalid();

        await manager.EnsureRequirementUniqueAsync(input.JobRoleId!.Value, area!.Id, input.RegionId, input.OfficeId, null, ct);
        var requirement = new CompetenceRequirement(Guid.CreateVersion7(), input.JobRoleId.Value, area.Id, input.RegionId, input.OfficeId,
            new RequirementTerms(input.MinimumLevel!.Value, input.DeadlineMonths!.Value, input.RenewalMonths, input.IsMandatory!.Value), input.ValidFrom!.Value);
        await requirements.InsertAsync(requirement, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([requirement], ct))[0];
    }

    public async Task<CompetenceRequirementDto> ChangeAsync(Guid id, ChangeRequirementInput input, CancellationToken ct)
    {
        var requirement = await FindAsync(id, ct);
        var validator = new InputValidator().Require(nameof(input.ValidFrom), input.ValidFrom);
        await ValidateTermsAsync(validator, input.MinimumLevel, input.DeadlineMonths, input.RenewalMonths, input.IsMandatory,
            await catalogue.FindAreaAsync(requirement.CompetenceAreaId, ct), ct);
        validator.ThrowIfInvalid();
        ConcurrencyCheck.Apply(requirement, input.ConcurrencyStamp);
        requirement.ChangeTerms(new RequirementTerms(input.MinimumLevel!.Value, input.DeadlineMonths!.Value, input.RenewalMonths, input.IsMandatory!.Value),
            input.ValidFrom!.Value, OsloTime.Today(clock));
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([requirement], ct))[0];
    }

    public async Task<CompetenceRequirementDto> RetireAsync(Guid id, RetireRequirementInput input, CancellationToken ct)
    {
        var requirement = await FindAsync(id, ct);
        new InputValidator().Require(nameof(input.ValidFrom), input.ValidFrom).ThrowIfInvalid();
        ConcurrencyCheck.Apply(requirement, input.ConcurrencyStamp);
        requirement.Retire(input.ValidFrom!.Value, OsloTime.Today(clock));
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([requirement], ct))[0];
    }

    private async Task ValidateTermsAsync(InputValidator validator, int? minimumLevel, int? deadlineMonths, int? renewalMonths, bool? isMandatory,
        CompetenceArea? area, CancellationToken ct)
    {
        var maxLevel = area is null ? CompetenceConsts.MaxScaleLevels : (await catalogue.FindScaleAsync(area.ScaleId, ct))?.MaxLevel ?? 1;
        if (minimumLevel is null) validator.Add("minimumLevel", InputValidator.Required);
        else if (minimumLevel < 1 || minimumLevel > maxLevel) validator.Add("minimumLevel", CompetenceValidation.Level, maxLevel);
        validator.InRange("deadlineMonths", deadlineMonths, 0, CompetenceConsts.MaxMonths);
        if (renewalMonths is not null) validator.InRange("renewalMonths", renewalMonths, 1, CompetenceConsts.MaxMonths);
        validator.Require("isMandatory", isMandatory);
    }

    private async Task<CompetenceRequirement> FindAsync(Guid id, CancellationToken ct)
    {
        var requirement = await requirements.FindAsync(id, ct);
        var scope = await accessScope.GetAsync(ct);
        if (requirement is null || !scope.IsNational && !(requirement.RegionId is { } r && scope.CoversRegion(r) || requirement.OfficeId is { } o && scope.CoversOffice(o)))
            throw new EntityNotFoundException(typeof(CompetenceRequirement), id);
        return requirement;
    }

    private async Task<IReadOnlyList<CompetenceRequirementDto>> ToDtosAsync(IReadOnlyList<CompetenceRequirement> list, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var roles = (await organisation.GetJobRolesAsync(ct)).ToDictionary(r => r.Id);
        var areas = (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        var regionNames = await organisation.GetRegionNamesAsync(ct);
        var officeNames = await organisation.GetOfficeNamesAsync(list.Where(r => r.OfficeId is not null).Select(r => r.OfficeId!.Value).Distinct().ToList(), ct);
        return list.Select(r =>
        {
            var area = areas.GetValueOrDefault(r.CompetenceAreaId);
            var scale = area is null ? null : scales.GetValueOrDefault(area.ScaleId);
            RequirementVersionDto ToDto(RequirementVersion v) => new(v.Id, v.ValidFrom, v.ValidTo, v.MinimumLevel,
                scale?.Levels.FirstOrDefault(l => l.Level == v.MinimumLevel)?.Name.Local() ?? v.MinimumLevel.ToString(),
                v.DeadlineMonths, v.RenewalMonths, v.IsMandatory);
            var current = r.VersionOn(today);
            return new CompetenceRequirementDto(r.Id, r.JobRoleId, roles.TryGetValue(r.JobRoleId, out var role) ? LocalizationTexts.Get(role.NameKey) : "",
                r.CompetenceAreaId, area?.Code ?? "", area?.Name.Local() ?? "", scale?.MaxLevel ?? 0,
                r.RegionId, r.RegionId is { } regionId ? regionNames.GetValueOrDefault(regionId) : null,
                r.OfficeId, r.OfficeId is { } officeId ? officeNames.GetValueOrDefault(officeId) : null,
                current is null ? null : ToDto(current),
                r.Versions.OrderByDescending(v => v.ValidFrom).Select(ToDto).ToList(), r.ConcurrencyStamp);
        }).ToList();
    }
}

internal static class CompetenceValidation
{
    public const string Level = "Validation:Level";
    public const string FileType = "Validation:FileType";
    public const string FileTooLarge = "Validation:FileTooLarge";
    public const string DateOrder = "Validation:DateOrder";
    public const string NotInFuture = "Validation:NotInFuture";
}
