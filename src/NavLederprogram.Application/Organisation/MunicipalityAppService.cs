using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Organisation;

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
