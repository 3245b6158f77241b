using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class CompetenceAreaAppService(ICompetenceCatalogueRepository catalogue, CompetenceCatalogueManager manager, IUnitOfWork unitOfWork)
    : ICompetenceAreaAppService
{
    public async Task<PagedResult<CompetenceAreaDto>> GetListAsync(CompetenceAreaQuery query, CancellationToken ct)
    {
        var page = await catalogue.GetAreaPageAsync(query.ToPageRequest(), query.CategoryId, ct);
        return new PagedResult<CompetenceAreaDto>(page.TotalCount, await ToDtosAsync(page.Items, ct));
    }

    public async Task<CompetenceAreaDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<CompetenceAreaDto> CreateAsync(SaveCompetenceAreaInput input, CancellationToken ct)
    {
        await ValidateAsync(input, ct);
        await manager.EnsureAreaCodeFreeAsync(input.Code!, null, ct);
        var area = new CompetenceArea(Guid.CreateVersion7(), input.Code!.ToUpperInvariant(), input.CategoryId!.Value, input.ScaleId!.Value,
            input.Name.ToText(), input.Description.ToText());
        await catalogue.InsertAreaAsync(area, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([area], ct))[0];
    }

    public async Task<CompetenceAreaDto> UpdateAsync(Guid id, SaveCompetenceAreaInput input, CancellationToken ct)
    {
        var area = await FindAsync(id, ct);
        await ValidateAsync(input, ct);
        ConcurrencyCheck.Apply(area, input.ConcurrencyStamp);
        await manager.EnsureAreaCodeFreeAsync(input.Code!, id, ct);
        if (input.ScaleId != area.ScaleId) await manager.EnsureScaleCanChangeAsync(area, ct);
        area.ChangeCode(input.Code!.ToUpperInvariant());
        area.Update(input.CategoryId!.Value, input.ScaleId!.Value, input.Name.ToText(), input.Description.ToText());
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([area], ct))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var area = await FindAsync(id, ct);
        await manager.EnsureAreaCanBeDeletedAsync(area, ct);
        catalogue.DeleteArea(area);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CompetenceArea> FindAsync(Guid id, CancellationToken ct) =>
        await catalogue.FindAreaAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceArea), id);

    private async Task ValidateAsync(SaveCompetenceAreaInput input, CancellationToken ct)
    {
        var validator = new InputValidator()
            .RequireText(nameof(input.Code), input.Code, CompetenceConsts.MaxCodeLength)
            .Require(nameof(input.CategoryId), input.CategoryId)
            .Require(nameof(input.ScaleId), input.ScaleId)
            .RequireTexts(nameof(input.Name), input.Name, CompetenceConsts.MaxNameLength)
            .RequireTexts(nameof(input.Description), input.Description, CompetenceConsts.MaxDescriptionLength, required: false);
        if (input.CategoryId is { } categoryId && await catalogue.FindCategoryAsync(categoryId, ct) is null) validator.Add(nameof(input.CategoryId), InputValidator.Unknown);
        if (input.ScaleId is { } scaleId && await catalogue.FindScaleAsync(scaleId, ct) is null) validator.Add(nameof(input.ScaleId), InputValidator.Unknown);
        validator.ThrowIfInvalid();
    }

    private async Task<IReadOnlyList<CompetenceAreaDto>> ToDtosAsync(IReadOnlyList<CompetenceArea> areas, CancellationToken ct)
    {
        var categories = (await catalogue.GetCategoriesAsync(ct)).ToDictionary(c => c.Id);
        var scales = (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id);
        return areas.Select(a => new CompetenceAreaDto(a.Id, a.Code, a.CategoryId, categories.GetValueOrDefault(a.CategoryId)?.Name.Local() ?? "",
            a.ScaleId, scales.GetValueOrDefault(a.ScaleId)?.Name.Local() ?? "", scales.GetValueOrDefault(a.ScaleId)?.MaxLevel ?? 0,
            a.Name.Local(), a.Description.Local(), a.Name.ToDto(), a.Description.ToDto(), a.ConcurrencyStamp)).ToList();
    }
}
