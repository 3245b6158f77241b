using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class CompetenceCategoryAppService(ICompetenceCatalogueRepository catalogue, CompetenceCatalogueManager manager, IUnitOfWork unitOfWork)
    : ICompetenceCategoryAppService
{
    public async Task<PagedResult<CompetenceCategoryDto>> GetListAsync(PagedQuery query, CancellationToken ct) =>
        (await catalogue.GetCategoriesAsync(ct)).Select(ToDto).ToList().PageInMemory(query, c => c.Name);

    public async Task<CompetenceCategoryDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<CompetenceCategoryDto> CreateAsync(SaveCompetenceCategoryInput input, CancellationToken ct)
    {
        Validate(input);
        var category = new CompetenceCategory(Guid.CreateVersion7(), input.Name.ToText(), input.SortOrder!.Value);
        await catalogue.InsertCategoryAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(category);
    }

    public async Task<CompetenceCategoryDto> UpdateAsync(Guid id, SaveCompetenceCategoryInput input, CancellationToken ct)
    {
        var category = await FindAsync(id, ct);
        Validate(input);
        ConcurrencyCheck.Apply(category, input.ConcurrencyStamp);
        category.Update(input.Name.ToText(), input.SortOrder!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(category);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var category = await FindAsync(id, ct);
        await manager.EnsureCategoryCanBeDeletedAsync(category, ct);
        catalogue.DeleteCategory(category);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CompetenceCategory> FindAsync(Guid id, CancellationToken ct) =>
        await catalogue.FindCategoryAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CompetenceCategory), id);

    private static void Validate(SaveCompetenceCategoryInput input) =>
        new InputValidator().RequireTexts(nameof(input.Name), input.Name, CompetenceConsts.MaxNameLength)
            .InRange(nameof(input.SortOrder), input.SortOrder, 0, 1000).ThrowIfInvalid();

    private static CompetenceCategoryDto ToDto(CompetenceCategory c) => new(c.Id, c.Name.Local(), c.Name.ToDto(), c.SortOrder, c.ConcurrencyStamp);
}
