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
