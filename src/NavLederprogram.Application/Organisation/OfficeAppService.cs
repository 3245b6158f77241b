using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Organisation;

public sealed class OfficeAppService(
    IOfficeRepository offices,
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IOrganisationQueries organisation,
    OrganisationManager manager,
    CurrentAccessScope accessScope,
    Data.IUnitOfWork unitOfWork) : IOfficeAppService
{
    public async Task<PagedResult<OfficeDto>> GetListAsync(OfficeQuery query, CancellationToken ct)
    {
        var page = await offices.GetPageAsync(query.ToPageRequest(), query.RegionId, await accessScope.GetAsync(ct), ct);
        return new PagedResult<OfficeDto>(page.TotalCount, await ToDtosAsync(page.Items, ct));
    }

    public async Task<OfficeDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await GetVisibleAsync(id, ct)], ct))[0];

    public async Task<OfficeDto> CreateAsync(SaveOfficeInput input, CancellationToken ct)
    {
        await ValidateAsync(input, ct);
        await manager.EnsureOfficeNameFreeAsync(input.Name!, null, ct);
        var office = new Office(Guid.CreateVersion7(), input.Name!, input.RegionId!.Value, input.LeadershipModel!.Value, input.Size!.Value, input.MunicipalityIds!);
        await offices.InsertAsync(office, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([office], ct))[0];
    }

    public async Task<OfficeDto> UpdateAsync(Guid id, SaveOfficeInput input, CancellationToken ct)
    {
        var office = await GetVisibleAsync(id, ct);
        await ValidateAsync(input, ct);
        ConcurrencyCheck.Apply(office, input.ConcurrencyStamp);
        await manager.EnsureOfficeNameFreeAsync(input.Name!, id, ct);
        office.Rename(input.Name!);
        office.MoveToRegion(input.RegionId!.Value);
        office.SetPartnership(input.LeadershipModel!.Value, input.Size!.Value, input.MunicipalityIds!);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([office], ct))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var office = await GetVisibleAsync(id, ct);
        await manager.EnsureOfficeCanBeDeletedAsync(office, ct);
        offices.Delete(office);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<Office> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var office = await offices.FindAsync(id, ct);
        if (office is null || !(await accessScope.GetAsync(ct)).CoversOffice(id)) throw new EntityNotFoundException(typeof(Office), id);
        return office;
    }

    private async Task ValidateAsync(SaveOfficeInput input, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var validator = new InputValidator()
            .RequireText(nameof(input.Name), input.Name, OrganisationConsts.MaxNameLength)
            .Require(nameof(input.RegionId), input.RegionId)
            .RequireEnum(nameof(input.LeadershipModel), input.LeadershipModel)
            .InRange(nameof(input.Size), input.Size, 1, OrganisationConsts.MaxOfficeSize);
        if (input.RegionId is { } regionId && (await regions.FindAsync(regionId, ct) is null || !scope.CoversRegion(regionId)))
            validator.Add(nameof(input.RegionId), InputValidator.Unknown);

        var ids = input.MunicipalityIds ?? [];
        if (ids.Count == 0) validator.Add(nameof(input.MunicipalityIds), InputValidator.Required);
        else if (ids.Count > OrganisationConsts.MaxMunicipalitiesPerOffice) validator.Add(nameof(input.MunicipalityIds), InputValidator.TooMany, OrganisationConsts.MaxMunicipalitiesPerOffice);
        else if (ids.Distinct().Count() != ids.Count) validator.Add(nameof(input.MunicipalityIds), InputValidator.Duplicate);
        else
        {
            var found = await municipalities.GetListAsync(ids, ct);
            if (found.Count != ids.Count || found.Any(m => !scope.CoversMunicipality(m.Id)))
                validator.Add(nameof(input.MunicipalityIds), InputValidator.Unknown);
        }
        validator.ThrowIfInvalid();
    }

    private async Task<IReadOnlyList<OfficeDto>> ToDtosAsync(IReadOnlyList<Office> list, CancellationToken ct)
    {
        var regionNames = await organisation.GetRegionNamesAsync(ct);
        var municipalityNames = await organisation.GetMunicipalityNamesAsync(ct);
        return list.Select(o =>
        {
            var served = o.Municipalities.Select(m => new NamedReference(m.MunicipalityId, municipalityNames.GetValueOrDefault(m.MunicipalityId, "")))
                .OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb-NO"), false)).ToList();
            return new OfficeDto(o.Id, o.Name, o.RegionId, regionNames.GetValueOrDefault(o.RegionId, ""), o.LeadershipModel, o.Size,
                served.Select(m => m.Id).ToList(), served, o.ConcurrencyStamp);
        }).ToList();
    }
}
