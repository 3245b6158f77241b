using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Organisation;

public sealed class RegionAppService(
    IRegionRepository regions,
    OrganisationManager manager,
    CurrentAccessScope accessScope,
    Data.IUnitOfWork unitOfWork) : IRegionAppService
{
    public async Task<PagedResult<RegionDto>> GetListAsync(PagedQuery query, CancellationToken ct)
    {
        var page = await regions.GetPageAsync(query.ToPageRequest(), await accessScope.GetAsync(ct), ct);
        return new PagedResult<RegionDto>(page.TotalCount, page.Items.Select(ToDto).ToList());
    }

    public async Task<RegionDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await GetVisibleAsync(id, ct));

    public async Task<RegionDto> CreateAsync(SaveRegionInput input, CancellationToken ct)
    {
        Validate(input);
        await manager.EnsureRegionNameFreeAsync(input.Name!, null, ct);
        var region = new Region(Guid.CreateVersion7(), input.Name!, input.Code!);
        await regions.InsertAsync(region, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(region);
    }

    public async Task<RegionDto> UpdateAsync(Guid id, SaveRegionInput input, CancellationToken ct)
    {
        var region = await GetVisibleAsync(id, ct);
        Validate(input);
        ConcurrencyCheck.Apply(region, input.ConcurrencyStamp);
        await manager.EnsureRegionNameFreeAsync(input.Name!, id, ct);
        region.Update(input.Name!, input.Code!);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(region);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var region = await GetVisibleAsync(id, ct);
        await manager.EnsureRegionCanBeDeletedAsync(region, ct);
        regions.Delete(region);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<Region> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var region = await regions.FindAsync(id, ct);
        if (region is null || !(await accessScope.GetAsync(ct)).CoversRegion(id)) throw new EntityNotFoundException(typeof(Region), id);
        return region;
    }

    private static void Validate(SaveRegionInput input) => new InputValidator()
        .RequireText(nameof(input.Name), input.Name, OrganisationConsts.MaxNameLength)
        .RequireText(nameof(input.Code), input.Code, OrganisationConsts.MaxCodeLength)
        .ThrowIfInvalid();

    private static RegionDto ToDto(Region r) => new(r.Id, r.Name, r.Code, r.ConcurrencyStamp);
}

public sealed class MunicipalityAppService(
    IMunicipalityRepository municipalities,
    IRegionRepository regions,
    OrganisationManager manager,
    CurrentAccessScope accessScope,
    Data.IUnitOfWork unitOfWork) : IMunicipalityAppService
{
    public async Task<PagedResult<MunicipalityDto>> GetListAsync(MunicipalityQuery query, CancellationToken ct)
    {
        var page = await municipalities.GetPageAsync(query.ToPageRequest(), query.RegionId, await accessScope.GetAsync(ct), ct);
        var regionNames = (await regions.GetAllAsync(ct)).ToDictionary(r => r.Id, r => r.Name);
        return new PagedResult<MunicipalityDto>(page.TotalCount, page.Items.Select(m => ToDto(m, regionNames)).ToList());
    }

    public async Task<MunicipalityDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await GetVisibleAsync(id, ct), ct);

    public async Task<MunicipalityDto> CreateAsync(SaveMunicipalityInput input, CancellationToken ct)
    {
        await ValidateAsync(input, ct);
        await manager.EnsureMunicipalityNumberFreeAsync(input.Number!, null, ct);
        var municipality = new Municipality(Guid.CreateVersion7(), input.Name!, input.Number!, input.RegionId!.Value);
        await municipalities.InsertAsync(municipality, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(municipality, ct);
    }

    public async Task<MunicipalityDto> UpdateAsync(Guid id, SaveMunicipalityInput input, CancellationToken ct)
    {
        var municipality = await GetVisibleAsync(id, ct);
        await ValidateAsync(input, ct);
        ConcurrencyCheck.Apply(municipality, input.ConcurrencyStamp);
        await manager.EnsureMunicipalityNumberFreeAsync(input.Number!, id, ct);
        municipality.Update(input.Name!, input.Number!, input.RegionId!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(municipality, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var municipality = await GetVisibleAsync(id, ct);
        await manager.EnsureMunicipalityCanBeDeletedAsync(municipality, ct);
        municipalities.Delete(municipality);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<Municipality> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var municipality = await municipalities.FindAsync(id, ct);
        if (municipality is null || !(await accessScope.GetAsync(ct)).CoversMunicipality(id))
            throw new EntityNotFoundException(typeof(Municipality), id);
        return municipality;
    }

    private async Task ValidateAsync(SaveMunicipalityInput input, CancellationToken ct)
    {
        var validator = new InputValidator()
            .RequireText(nameof(input.Name), input.Name, OrganisationConsts.MaxNameLength)
            .RequireDigits(nameof(input.Number), input.Number, OrganisationConsts.MunicipalityNumberLength)
            .Require(nameof(input.RegionId), input.RegionId);
        if (input.RegionId is { } regionId && (await regions.FindAsync(regionId, ct) is null || !(await accessScope.GetAsync(ct)).CoversRegion(regionId)))
            validator.Add(nameof(input.RegionId), InputValidator.Unknown);
        validator.ThrowIfInvalid();
    }

    private async Task<MunicipalityDto> ToDtoAsync(Municipality m, CancellationToken ct) =>
        ToDto(m, (await regions.FindAsync(m.RegionId, ct))?.Name);

    private static MunicipalityDto ToDto(Municipality m, Dictionary<Guid, string> regionNames) => ToDto(m, regionNames.GetValueOrDefault(m.RegionId));

    private static MunicipalityDto ToDto(Municipality m, string? regionName) =>
        new(m.Id, m.Name, m.Number, m.RegionId, regionName ?? "", m.ConcurrencyStamp);
}
